/**
 * An import as it runs: how many files, each file's outcome as it arrives, and whether the
 * user stopped it. Pure, so the counts and the advice are tested without a browser; the hook
 * (useLibrary) sends the files one at a time and folds each answer in here.
 */
import type { ImportReport, ImportResult } from '../../../shared/api'

export interface ImportProgress {
  /** Files in the batch (for the examples, known once the first answer arrives). */
  total: number
  results: ImportResult[]
  running: boolean
  cancelled: boolean
}

export const startProgress = (total: number): ImportProgress => ({ total, results: [], running: true, cancelled: false })

export function addResults(progress: ImportProgress, results: readonly ImportResult[]): ImportProgress {
  return { ...progress, results: [...progress.results, ...results] }
}

export const finishProgress = (progress: ImportProgress, cancelled: boolean): ImportProgress => ({ ...progress, running: false, cancelled })

export const asReport = (progress: ImportProgress): ImportReport => ({ results: progress.results })

export interface ImportCounts {
  imported: number
  /** The same bytes were in the library already: not counted as imported. */
  already: number
  failed: number
  /** Left when the user cancelled. */
  skipped: number
}

export function countResults(progress: ImportProgress): ImportCounts {
  const imported = progress.results.filter((r) => r.ok && !r.duplicate).length
  const already = progress.results.filter((r) => r.ok && r.duplicate).length
  const failed = progress.results.filter((r) => !r.ok).length
  return { imported, already, failed, skipped: progress.running ? 0 : Math.max(0, progress.total - progress.results.length) }
}

/** Old Word and rich-text files: the importers cannot read them, and Word can turn them into .docx. */
const SAVE_AS_DOCX = /\.(doc|rtf)$/i

/** What the user can do about a failed file, beyond the importer's own words (null when nothing to add). */
export function adviceFor(result: ImportResult): string | null {
  if (result.ok) return null
  if (SAVE_AS_DOCX.test(result.file)) return 'Open it in Word and save it as .docx in Word first, then import that.'
  return null
}

/** One line for the status bar. */
export function describeCounts(c: ImportCounts): string {
  const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`
  const parts = [`Imported ${files(c.imported)}`]
  if (c.already) parts.push(`${files(c.already)} already in the library`)
  if (c.failed) parts.push(`${files(c.failed)} could not be imported (see the import report)`)
  if (c.skipped) parts.push(`${c.skipped} not imported: cancelled`)
  return `${parts.join('; ')}.`
}

/**
 * The status bar's line while an import runs, so progress shows even with the library (and its
 * progress bar) collapsed, as it starts at 1024 pixels: "Importing: 5 of 14 files done…".
 */
export function runningLine(progress: ImportProgress): string {
  const done = progress.results.length
  return progress.total > 0 ? `Importing: ${done} of ${progress.total} files done…` : `Importing: ${done} files done…`
}

/**
 * What the author picks in the Export dialog, and how those picks become the API's export
 * options. Pure, so the rules (a pack needs a base, tracked changes are Word only, a custom
 * marking is its own text) are tested without a browser.
 */
import type { ExportDraftOptions, ExportFormat, ExportedFile } from '../../../shared/api'

export type MarkingChoice = 'none' | 'OFFICIAL' | 'OFFICIAL-SENSITIVE' | 'custom'
export type BaseChoice = 'none' | 'version' | 'source'

export interface ExportChoices {
  format: ExportFormat
  numbering: NonNullable<ExportDraftOptions['numbering']>
  provenance: NonNullable<ExportDraftOptions['provenance']>
  notesAsComments: boolean
  tableOfContents: boolean
  marking: MarkingChoice
  customMarking: string
  base: BaseChoice
  /** A named version's id, when base is 'version'. */
  versionId: string
  /** A library source's id, when base is 'source'. */
  sourceId: string
  pack: boolean
  /** The organisation's template, read as base64, with its file name. */
  template: { name: string; base64: string } | null
}

export const DEFAULT_CHOICES: ExportChoices = {
  format: 'docx',
  numbering: 'decimal',
  provenance: 'none',
  notesAsComments: false,
  tableOfContents: false,
  marking: 'none',
  customMarking: '',
  base: 'none',
  versionId: '',
  sourceId: '',
  pack: false,
  template: null,
}

export const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word document', md: 'Markdown', html: 'Web page' }

export function markingOf(choices: ExportChoices): string {
  if (choices.marking === 'none') return ''
  return choices.marking === 'custom' ? choices.customMarking.trim() : choices.marking
}

/** True when the picks name a base to track changes against. */
export function hasBase(choices: ExportChoices): boolean {
  return (choices.base === 'version' && choices.versionId !== '') || (choices.base === 'source' && choices.sourceId !== '')
}

/** Why the export cannot go yet, in words, or null when it can. */
export function whyNotReady(choices: ExportChoices): string | null {
  if (choices.base === 'version' && !choices.versionId) return 'Choose the version to show changes against.'
  if (choices.base === 'source' && !choices.sourceId) return 'Choose the library source to show changes against.'
  if (choices.pack && !hasBase(choices)) return 'A committee pack shows the changes since a base: choose one under “Tracked changes against”.'
  if (choices.marking === 'custom' && !choices.customMarking.trim()) return 'Write the protective marking, or choose “None”.'
  return null
}

/**
 * The API's options. Word-only choices (tracked changes, pack, template, comments) are left
 * out of Markdown and web pages, which cannot carry them.
 */
export function exportOptions(choices: ExportChoices): ExportDraftOptions {
  const options: ExportDraftOptions = { format: choices.format, numbering: choices.numbering, tableOfContents: choices.tableOfContents }
  const marking = markingOf(choices)
  if (marking) options.protectiveMarking = marking
  if (choices.format !== 'docx') return { ...options, provenance: choices.provenance === 'comments' ? 'appendix' : choices.provenance }
  options.provenance = choices.provenance
  options.notesAsComments = choices.notesAsComments
  if (choices.base === 'version' && choices.versionId) options.against = { version: choices.versionId }
  if (choices.base === 'source' && choices.sourceId) options.against = { sourceId: choices.sourceId }
  if (choices.pack && options.against) options.pack = true
  if (choices.template) options.referenceBase64 = choices.template.base64
  return options
}

/** The status bar's words once the file is on its way: "Saved X.docx (Word document, 12 clauses)." */
export function savedMessage(file: Pick<ExportedFile, 'fileName' | 'summary'>): string {
  const summary = file.summary.trim().replace(/\.$/, '')
  return summary ? `Saved ${file.fileName} (${summary}).` : `Saved ${file.fileName}.`
}

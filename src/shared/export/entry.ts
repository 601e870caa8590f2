/**
 * The one entry point every host calls to export: a draft (with its versions and, for tracked
 * changes, a base) and the author's choices in, the file's bytes, a suggested name, its media
 * type and a line saying what it holds out. Pure and async (the docx writer is async); the
 * service loads what it needs and the CLI writes the file.
 */
import { clauseCount } from '../draft/reducer'
import { WorkbenchError } from '../errors'
import type { Comparison, Draft, DraftVersion, SourceDocument } from '../model'
import { buildExport } from './build'
import { renderDocx } from './docx/render'
import type { ZipCodec } from './docx/zip-write'
import { exportFileName, MEDIA_TYPES } from './file-name'
import type { VersionEntry } from './front-matter'
import { draftToHtml } from './html'
import { draftToMarkdown } from './markdown'
import type { ExportOptionsInput } from './options'
import { checkExportOptions } from './options-check'
import { exportSummaryLine } from './summary-line'

export type ExportBaseInput = { name: string; draft: Draft } | { name: string; source: SourceDocument }

export interface DraftExportInput {
  draft: Draft
  versions: readonly DraftVersion[]
  options: ExportOptionsInput
  format: 'docx' | 'md' | 'html'
  /** Tracked changes against this base: a named version of the draft, or a library source. */
  base?: ExportBaseInput
  /** A committee pack: cover report, the clean policy, the tracked policy against `base` if any. */
  pack?: boolean
  /** The host's deflate and CRC-32 for the .docx zip (docx/zip-write.ts); fflate's when absent. */
  zip?: ZipCodec
}

export interface ExportResult {
  bytes: Uint8Array
  fileName: string
  mediaType: string
  summary: string
}

/** Word-only choices, each with the words that name it in an error. */
const WORD_ONLY: [keyof ExportOptionsInput, string][] = [
  ['notesAsComments', 'notes as comments'],
  ['tableOfContents', 'a table of contents'],
  ['protectiveMarking', 'a protective marking'],
  ['reference', 'a Word template'],
]

export async function exportDraftDocument(input: DraftExportInput): Promise<ExportResult> {
  const { draft, format } = input
  const zip = { zip: input.zip }
  // Note: zod (the schema) loads only to word what is wrong with options the hand check refused.
  const options = checkExportOptions(input.options) ?? (await import('./options')).parseOptions(input.options)
  const clauses = clauseCount(draft)
  if (format !== 'docx') {
    const wordOnly = [
      ...(input.base ? ['tracked changes'] : []),
      ...(input.pack ? ['a committee pack'] : []),
      ...(options.provenance === 'comments' ? ['sources as comments'] : []),
      ...WORD_ONLY.filter(([key]) => Boolean(options[key])).map(([, words]) => words),
    ]
    if (wordOnly.length > 0) {
      throw new WorkbenchError('invalid-request', `${wordOnly.join(', ').replace(/^./, (c) => c.toUpperCase())} can only go in a Word document: choose Word (.docx), or leave ${wordOnly.length === 1 ? 'it' : 'them'} out.`)
    }
    const provenance = options.provenance === 'appendix' ? 'appendix' : 'none'
    const text = format === 'md' ? draftToMarkdown(draft, { provenance }) : draftToHtml(draft, { provenance })
    return { bytes: new TextEncoder().encode(text), fileName: exportFileName(draft.metadata.title, format), mediaType: MEDIA_TYPES[format], summary: exportSummaryLine(format, clauses) }
  }

  const context = { versions: input.versions.map(versionEntry), referenceName: 'The Word template' }
  if (input.pack) {
    const [{ buildCommitteePack }, { summariseChanges, trackedChanges }, { buildTrackedExport }] = await Promise.all([import('./pack'), import('./tracked'), import('./tracked-blocks')])
    // Without a base the cover report says there is no earlier version, and there is no Appendix B.
    const clean = buildExport(draft, input.options, context)
    const base = input.base ? ('draft' in input.base ? input.base.draft : input.base.source) : null
    const tracked = base ? trackedChanges(draft, base) : null
    const baseName = input.base ? ('draft' in input.base ? `version ${input.base.name}` : input.base.name) : null
    const changes = tracked ? summariseChanges(tracked) : null
    const doc = buildCommitteePack({
      draft,
      clean,
      tracked: tracked ? buildTrackedExport(draft, tracked, input.options, context) : null,
      changes,
      baseName,
      options,
    })
    return {
      bytes: await renderDocx(doc, zip),
      fileName: exportFileName(draft.metadata.title, 'docx', 'committee-pack'),
      mediaType: MEDIA_TYPES.docx,
      summary: `Committee pack: ${exportSummaryLine('docx', clauses, baseName && changes ? { against: baseName, changes } : undefined)}`,
    }
  }
  if (input.base) {
    // Note: tracked changes load only when asked for: they bring the clause aligner and word diff.
    const [{ summariseChanges, trackedChanges }, { buildTrackedExport }] = await Promise.all([import('./tracked'), import('./tracked-blocks')])
    const base = 'draft' in input.base ? input.base.draft : input.base.source
    const tracked = trackedChanges(draft, base)
    const doc = buildTrackedExport(draft, tracked, input.options, context)
    const against = 'draft' in input.base ? `version ${input.base.name}` : input.base.name
    return {
      bytes: await renderDocx(doc, zip),
      fileName: exportFileName(draft.metadata.title, 'docx', 'tracked'),
      mediaType: MEDIA_TYPES.docx,
      summary: exportSummaryLine('docx', clauses, { against, changes: summariseChanges(tracked) }),
    }
  }
  const doc = buildExport(draft, input.options, context)
  return { bytes: await renderDocx(doc, zip), fileName: exportFileName(draft.metadata.title, 'docx'), mediaType: MEDIA_TYPES.docx, summary: exportSummaryLine('docx', clauses) }
}

export interface ComparisonReportOptions {
  /** YYYY-MM-DD; the report never reads the clock. */
  date?: string
  author?: string
  /** The host's deflate and CRC-32 for the .docx zip (docx/zip-write.ts); fflate's when absent. */
  zip?: ZipCodec
}

/** Two sources side by side as a Word report (clause of A | clause of B | status), counts at the top. */
export async function exportComparisonReport(a: SourceDocument, b: SourceDocument, comparison: Comparison, opts: ComparisonReportOptions = {}): Promise<ExportResult> {
  // Note: without a date the report takes the day the later of the two was imported, never the clock.
  const date = opts.date ?? [a.importedAt, b.importedAt].sort().at(-1)!.slice(0, 10)
  const { buildComparisonReport } = await import('./comparison-report')
  const doc = buildComparisonReport(a, b, comparison, { date, ...(opts.author ? { author: opts.author } : {}) })
  const k = comparison.counts
  const differences = k.changed + k.moved + k.movedChanged + k.split + k.merged + k.onlyA + k.onlyB
  return {
    bytes: await renderDocx(doc, { zip: opts.zip }),
    fileName: exportFileName(`Comparison ${a.title} and ${b.title}`, 'docx'),
    mediaType: MEDIA_TYPES.docx,
    summary: `Comparison report, ${comparison.rows.length} rows, ${differences} with differences`,
  }
}

function versionEntry(v: DraftVersion): VersionEntry {
  return { name: v.name, note: v.note, createdAt: v.createdAt, owner: v.draft.metadata.owner }
}

/**
 * Exports as the service answers them: load the draft, its named versions and the base the
 * author picked (a version by id or name, or a library source), decode the template, and hand
 * everything to the pure entry point (shared/export/entry.ts), with Node's zlib to zip the .docx
 * (node-zip-codec.ts). Bytes travel as base64.
 */
import type { ExportBase, ExportComparisonRequest, ExportDraftRequest, ExportedFile } from '../../shared/api'
import { WorkbenchError } from '../../shared/errors'
import { type ExportBaseInput, exportComparisonReport, exportDraftDocument, type ExportResult } from '../../shared/export/entry'
import type { ExportOptionsInput } from '../../shared/export/options'
import type { Comparison, Draft, DraftId, DraftVersion, SourceDocument, SourceId } from '../../shared/model'
import { nodeZipCodec } from './node-zip-codec'

/** What an export reads from the workspace (the Drafts and Library services provide it). */
export interface ExportSources {
  draft(id: DraftId): Draft
  /** The draft's named versions, with their snapshots. */
  versions(id: DraftId): DraftVersion[]
  source(id: SourceId): SourceDocument
  compare(a: SourceId, b: SourceId): Comparison
}

export async function exportDraft(req: ExportDraftRequest, sources: ExportSources): Promise<ExportedFile> {
  const o = req.options ?? {}
  const draft = sources.draft(req.draftId)
  const versions = sources.versions(req.draftId)
  const options: ExportOptionsInput = {
    numbering: o.numbering,
    provenance: o.provenance,
    notesAsComments: o.notesAsComments,
    tableOfContents: o.tableOfContents,
    protectiveMarking: o.protectiveMarking,
    author: o.author,
    date: o.date,
    reference: o.referenceBase64 === undefined ? undefined : new Uint8Array(Buffer.from(o.referenceBase64, 'base64')),
  }
  const base = o.against ? findBase(o.against, versions, sources) : undefined
  const result = await exportDraftDocument({ draft, versions, options, format: o.format ?? 'docx', base, pack: o.pack, zip: nodeZipCodec })
  return asFile(result)
}

export async function exportComparison(req: ExportComparisonRequest, sources: ExportSources): Promise<ExportedFile> {
  const a = sources.source(req.a)
  const b = sources.source(req.b)
  return asFile(await exportComparisonReport(a, b, sources.compare(req.a, req.b), { zip: nodeZipCodec }))
}

/**
 * A version by its id, else by its name (the latest of that name: names are the author's and
 * may repeat); a library source by id.
 */
export function findBase(against: ExportBase, versions: readonly DraftVersion[], sources: ExportSources): ExportBaseInput {
  if ('sourceId' in against) {
    const source = sources.source(against.sourceId)
    return { name: source.title || source.origin, source }
  }
  const wanted = against.version.trim()
  const byId = versions.find((v) => v.id === wanted)
  const byName = [...versions].sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1)).find((v) => v.name.trim() === wanted)
  const version = byId ?? byName
  if (!version) {
    const names = versions.map((v) => v.name)
    throw new WorkbenchError('not-found', `The draft has no version called "${wanted}"${names.length ? ` (its versions: ${names.join(', ')})` : ' (it has no named versions yet)'}.`)
  }
  return { name: version.name, draft: version.draft }
}

function asFile(result: ExportResult): ExportedFile {
  return { fileName: result.fileName, mediaType: result.mediaType, summary: result.summary, dataBase64: Buffer.from(result.bytes).toString('base64') }
}

/**
 * Inputs for the committee pack and comparison report proofs: the corpus pair (Riverside's
 * policy v0.3, imported from its Word file, and v1.0, the approved version), v1.0 as a draft,
 * and a small adapter from a TrackedDocument to export blocks.
 *
 * Note: the adapter is for these tests only; the export's own (tracked-blocks.ts) is built on
 * another branch. It numbers clauses as the draft does (deleted and moved-from ones take no number).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compareSources } from '../../../src/shared/compare/align'
import { buildCommitteePack, buildComparisonReport, buildExport, parseExportOptions, renderDocx } from '../../../src/shared/export'
import type { ClauseBlock, ExportBlock, ExportDocument } from '../../../src/shared/export'
import { summariseChanges, trackedChanges, type TrackedDocument } from '../../../src/shared/export/tracked'
import { headingText } from '../../../src/shared/export/tracked/sides'
import { importFile } from '../../../src/shared/import/import-file'
import type { Comparison, Draft, SourceDocument } from '../../../src/shared/model'
import { repoRoot } from '../../support/paths'
import { draftOf, type Outline } from '../tracked/support'
import { policyDraft } from './drafts'
import { FIXED } from './exports'

/** The pair as the corpus holds it (manifest.json), and v1.0's text as an author's draft would hold it. */
export const RIVERSIDE = {
  base: 'riverside-social-media-policy-v0.3.docx',
  approved: 'riverside-social-media-policy-v1.0.pdf',
  approvedText: 'src/riverside-social-media-policy-v1.0.md',
} as const

type ManifestEntry = { file: string; title: string; organisation: string; date: string }

/** A corpus file as the library holds it: imported, with the title, organisation and date its manifest gives. */
export async function loadCorpus(name: string): Promise<SourceDocument> {
  const source = await importFile({ name: path.basename(name), bytes: new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', name))), importedAt: '2026-01-01T00:00:00Z' })
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'corpus', 'manifest.json'), 'utf8')) as ManifestEntry[]
  const entry = manifest.find((m) => m.file === name)
  return entry ? { ...source, title: entry.title, organisation: entry.organisation, date: entry.date } : source
}

const FRONT_MATTER = /^(document control|version history)$/i

/** A source without the document control block the importer reads as clauses, as the base of a pack. */
export function withoutFrontMatter(source: SourceDocument): SourceDocument {
  return { ...source, clauses: source.clauses.filter((c) => !FRONT_MATTER.test(headingText(c.section.at(-1) ?? ''))) }
}

/** A source as a draft: one section per heading trail, the committee and owner filled in. */
export function sourceAsDraft(source: SourceDocument): Draft {
  const outline: Outline = []
  let key: string | undefined
  source.clauses.forEach((c, i) => {
    // Note: the importer still reads the document control block as clauses (issue 11 fixes
    // that); an author's draft has it as front matter, not as policy clauses.
    if (FRONT_MATTER.test(headingText(c.section.at(-1) ?? ''))) return
    if (JSON.stringify(c.section) !== key) {
      key = JSON.stringify(c.section)
      outline.push({ id: `s${outline.length}`, heading: headingText(c.section.at(-1) ?? ''), clauses: [] })
    }
    outline.at(-1)!.clauses.push({ id: `c${i}`, text: c.text })
  })
  const draft = draftOf(outline, 'Social Media Policy')
  return {
    ...draft,
    metadata: { ...draft.metadata, organisation: 'Riverside Borough Council', owner: 'Sam Patel, Head of Communications', committee: 'Corporate Resources Committee', approver: 'Corporate Resources Committee' },
  }
}

/** Tracked changes as numbered export blocks with their revisions, under the clean document's meta. */
export function trackedExport(tracked: TrackedDocument, clean: ExportDocument): ExportDocument {
  const blocks: ExportBlock[] = []
  let section = 0
  for (const s of tracked.sections) {
    const numbered = s.change !== 'deleted'
    if (numbered) section++
    blocks.push({ kind: 'heading', text: s.heading, number: numbered ? String(section) : '', ...(s.change ? { change: s.change } : {}), ...(s.headingSegments ? { segments: s.headingSegments } : {}) })
    let clause = 0
    s.clauses.forEach((c, i) => {
      const takesNumber = c.change !== 'deleted' && c.change !== 'moved-from'
      if (takesNumber) clause++
      const text = c.segments.filter((g) => g.op !== 'insert').map((g) => g.text).join('') || c.segments.map((g) => g.text).join('')
      const block: ClauseBlock = { kind: 'clause', id: c.clauseId ?? `t${section}.${i}`, level: 1, number: takesNumber ? `${section}.${clause}` : '', runs: [{ text }], comments: [] }
      if (c.change) block.change = c.change
      if (c.moveName) block.moveName = c.moveName
      const changedWords = c.segments.some((g) => g.op !== 'equal')
      if (changedWords && c.change !== 'inserted' && c.change !== 'deleted') block.segments = c.segments
      blocks.push(block)
    })
  }
  return { meta: clean.meta, blocks, comments: [] }
}

export interface PackCases {
  /** Riverside v1.0 as the draft against v0.3: the cover, Appendix A clean, Appendix B tracked. */
  pack: { doc: ExportDocument; clean: ExportDocument; tracked: ExportDocument; bytes: Uint8Array }
  /** The small Eastbrook draft with no base, provenance as comments, legal numbering. */
  packNew: { doc: ExportDocument; bytes: Uint8Array }
  /** Riverside v0.3 (Word) against v1.0 (PDF). */
  report: { doc: ExportDocument; comparison: Comparison; bytes: Uint8Array }
}

export async function packCases(): Promise<PackCases> {
  const source = await loadCorpus(RIVERSIDE.base)
  const base = withoutFrontMatter(source)
  const draft = sourceAsDraft(await loadCorpus(RIVERSIDE.approvedText))
  const options = parseExportOptions({ ...FIXED, protectiveMarking: 'OFFICIAL' })
  const clean = buildExport(draft, options)
  const changed = trackedChanges(draft, base)
  const tracked = trackedExport(changed, clean)
  const pack = buildCommitteePack({ draft, clean, tracked, changes: summariseChanges(changed), baseName: 'version 0.3', options })

  const small = policyDraft()
  const smallOptions = parseExportOptions({ ...FIXED, numbering: 'legal', provenance: 'comments' })
  const packNew = buildCommitteePack({ draft: small, clean: buildExport(small, smallOptions), tracked: null, changes: null, baseName: null, options: smallOptions })

  const approved = await loadCorpus(RIVERSIDE.approved)
  const comparison = compareSources(source, approved)
  const report = buildComparisonReport(source, approved, comparison, { date: FIXED.date, author: FIXED.author })

  const [packBytes, packNewBytes, reportBytes] = await Promise.all([renderDocx(pack), renderDocx(packNew), renderDocx(report)])
  return {
    pack: { doc: pack, clean, tracked, bytes: packBytes },
    packNew: { doc: packNew, bytes: packNewBytes },
    report: { doc: report, comparison, bytes: reportBytes },
  }
}

/**
 * The exported files the proofs run on, built once per test file: plain, each numbering
 * scheme, each provenance option, notes as comments, tracked blocks (hand-made revisions),
 * with an organisation's template, and one zipped by Node's zlib as every Node host zips.
 */
import { Document, Packer, Paragraph } from 'docx'
import { nodeZipCodec } from '../../../src/main/service/node-zip-codec'
import { buildExport, type ExportDocument, type ExportOptionsInput, renderDocx } from '../../../src/shared/export'
import type { ClauseBlock, ExportBlock } from '../../../src/shared/export'
import { policyDraft } from './drafts'

export const FIXED = { date: '2026-03-12', author: 'Jo Brown' } as const

export interface ExportCase {
  name: string
  doc: ExportDocument
  bytes: Uint8Array
  /** Clause texts are the draft's (false for the tracked case, whose texts are mixed). */
  plain: boolean
}

/** A council's template: its own fonts and heading colour, and none of our clause styles. */
export async function councilTemplate(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 24 } },
        heading1: { run: { font: 'Georgia', size: 32, color: '7B2C83', bold: true } },
      },
    },
    sections: [{ children: [new Paragraph('Template')] }],
  })
  return Packer.pack(doc, 'uint8array')
}

/** Revisions of every kind on the policy's blocks, as the tracked-changes model will hand them over. */
export function withRevisions(doc: ExportDocument): ExportDocument {
  const blocks = doc.blocks.flatMap((b): ExportBlock[] => {
    if (b.kind !== 'clause') return [b]
    const clause = b as ClauseBlock
    if (clause.id === 'c1') {
      return [{ ...clause, segments: [
        { text: 'Do not share anything you have ', op: 'equal' as const },
        { text: 'learned', op: 'delete' as const },
        { text: 'learnt', op: 'insert' as const },
        { text: ' at work that has not been made public.', op: 'equal' as const },
      ] }]
    }
    if (clause.id === 'c2') return [{ ...clause, change: 'inserted' as const }]
    if (clause.id === 'c4') return [{ ...clause, change: 'deleted' as const }]
    if (clause.id === 'c5') return [{ ...clause, id: 'c7-was', change: 'moved-from' as const, moveName: 'move1', runs: [{ text: 'Ask the elections team if unsure.' }] }, clause]
    if (clause.id === 'c7') return [{ ...clause, change: 'moved-to' as const, moveName: 'move1' }]
    return [b]
  })
  return { ...doc, blocks }
}

/** Hand-made blocks with every kind of revision, a comment, and a move that also changed. */
export function revisionSample(): ExportDocument {
  return {
    meta: { title: 'T', organisation: '', version: '1', status: 'draft', author: 'Reviewer', date: '2026-04-01', protectiveMarking: '', numbering: 'decimal' },
    comments: [{ id: 0, author: 'Reviewer', date: '2026-04-01T00:00:00Z', paragraphs: ['Why?'] }],
    blocks: [
      { kind: 'heading', text: 'One', number: '1' },
      { kind: 'clause', id: 'a', level: 1, number: '1.1', comments: [0], runs: [{ text: 'Old and new.' }], segments: [{ text: 'Old', op: 'delete' }, { text: 'New', op: 'insert' }, { text: ' and new.', op: 'equal' }] },
      { kind: 'clause', id: 'b', level: 1, number: '1.2', comments: [], runs: [{ text: 'Added.' }], change: 'inserted' },
      { kind: 'clause', id: 'c', level: 2, number: '1.2.1', comments: [], runs: [{ text: 'Removed.' }], change: 'deleted' },
      { kind: 'clause', id: 'd', level: 1, number: '1.3', comments: [], runs: [{ text: 'Moving.' }], change: 'moved-from', moveName: 'm1' },
      { kind: 'heading', text: 'Two', number: '2', change: 'inserted' },
      { kind: 'clause', id: 'd', level: 1, number: '2.1', comments: [], runs: [{ text: 'Moving on.' }], change: 'moved-to', moveName: 'm1', segments: [{ text: 'Moving', op: 'equal' }, { text: ' on', op: 'insert' }, { text: '.', op: 'equal' }] },
    ],
  }
}

export async function exportCases(): Promise<ExportCase[]> {
  const draft = policyDraft()
  const versions = [{ name: '0.1', note: 'First draft for HR', createdAt: '2026-01-10T10:00:00Z', owner: 'Jo Brown' }, { name: '0.2', note: 'After union comments', createdAt: '2026-02-02T10:00:00Z' }]
  const make = async (name: string, options: ExportOptionsInput, plain = true, change?: (d: ExportDocument) => ExportDocument, zip?: typeof nodeZipCodec): Promise<ExportCase> => {
    let doc = buildExport(draft, { ...FIXED, ...options }, { versions })
    if (change) doc = change(doc)
    return { name, doc, bytes: await renderDocx(doc, { zip }), plain }
  }
  return Promise.all([
    make('decimal', { numbering: 'decimal', protectiveMarking: 'OFFICIAL', tableOfContents: true }),
    make('legal', { numbering: 'legal' }),
    make('alpha', { numbering: 'alpha' }),
    make('appendix', { provenance: 'appendix' }),
    make('comments', { provenance: 'comments', notesAsComments: true }),
    make('tracked', { numbering: 'alpha' }, false, withRevisions),
    make('template', { reference: await councilTemplate(), protectiveMarking: 'OFFICIAL SENSITIVE' }),
    make('zipped by Node', { numbering: 'legal', provenance: 'appendix', protectiveMarking: 'OFFICIAL' }, true, undefined, nodeZipCodec),
    renderDocx(revisionSample()).then((bytes) => ({ name: 'revisions', doc: revisionSample(), bytes, plain: false })),
  ])
}

/**
 * The text writer (docx/text-package.ts) against docx: every document it takes gives the same
 * parts, text for text, and the same bytes as the docx writer. The documents cover each block
 * it writes (title block, tables with signature columns and formatted cells, unnumbered
 * headings, page breaks, body paragraphs, numbered headings and clauses at every level, list
 * restarts), each numbering scheme, markings, a template, landscape, empty values and the
 * characters XML escapes or cannot hold. And the chooser: what the text writer cannot write
 * goes to docx.
 */
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { buildCommitteePack, buildComparisonReport, buildExport, type ExportBlock, type ExportDocument, parseExportOptions, renderDocx } from '../../src/shared/export'
import { chooseWriter } from '../../src/shared/export/docx/render'
import { applyDraftAction, createDraft } from '../../src/shared/draft'
import { trackedChanges } from '../../src/shared/export/tracked'
import { buildTrackedExport } from '../../src/shared/export/tracked-blocks'
import { edited } from '../../bench/edited-draft'
import type { Clause } from '../../src/shared/model'
import { testSource } from '../support/sources'
import { fixedContext, largeDraft, policyDraft } from './support/drafts'
import { councilTemplate, FIXED } from './support/exports'

const awkward = 'Tom & Jerry\'s "quoted" <tag> > 5 \u0001bell\u0008 tab\there\nnew line  two spaces, £ – “curly” 🙂'

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]))
}

async function expectSameAsDocx(doc: ExportDocument, chosen: 'text' | 'docx' = 'text'): Promise<void> {
  expect(chooseWriter(doc)).toBe(chosen)
  const text = await renderDocx(doc)
  const docx = await renderDocx(doc, { writer: 'docx' })
  expect(partsOf(text)).toEqual(partsOf(docx))
  expect(Buffer.from(text).equals(Buffer.from(docx))).toBe(true)
}

/** Every block the text writer takes, with awkward text and empty values. */
function everyBlock(): ExportDocument {
  const doc = buildExport(largeDraft(12), { ...FIXED, numbering: 'legal', provenance: 'appendix', protectiveMarking: awkward })
  const clause = (level: 1 | 2 | 3, runs: { text: string; bold?: boolean; italic?: boolean }[]): ExportBlock => ({ kind: 'clause', id: `x${level}`, level, number: '', runs, comments: [] })
  const blocks: ExportBlock[] = [
    { kind: 'title', title: awkward, subtitle: [awkward, ''] },
    { kind: 'title', title: '', subtitle: [] },
    { kind: 'table', role: 'approval', caption: awkward, header: ['A', awkward, 'Signature'], rows: [['1', '', ''], ['2', awkward, 'x']], blankColumns: [2] },
    { kind: 'table', role: 'approval', caption: '', header: ['Only header', 'Signature'], rows: [], blankColumns: [1] },
    { kind: 'table', role: 'comparison', caption: 'Formatted', header: ['A', 'B'], rows: [['a', 'b']], cells: [[[[{ text: 'lost', strike: true }, { text: ' kept', bold: false, italic: false }], []], [[{ text: 'gained', underline: true, bold: true, italic: true }]]]] },
    { kind: 'plain-heading', text: awkward },
    { kind: 'plain-heading', text: '' },
    { kind: 'page-break' },
    { kind: 'paragraph', runs: [{ text: awkward, bold: true }, { text: 'x', italic: false }] },
    { kind: 'paragraph', runs: [] },
    { kind: 'heading', text: awkward, number: '9' },
    clause(1, [{ text: awkward }]),
    clause(2, [{ text: 'bold', bold: true }, { text: ' both', bold: true, italic: true }, { text: ' off', bold: false }]),
    clause(3, [{ text: '' }]),
    clause(1, []),
    { kind: 'restart-numbering' },
    { kind: 'heading', text: 'Appendix', number: '1' },
    clause(1, [{ text: 'in the second list instance' }]),
    { kind: 'restart-numbering' },
    { kind: 'paragraph', runs: [{ text: 'a restart with nothing numbered after it' }] },
  ]
  // Awkward metadata too: core properties, header and footer escape it as docx does.
  return { ...doc, meta: { ...doc.meta, title: awkward, author: awkward, version: awkward }, blocks: [...doc.blocks, ...blocks] }
}

describe('the text writer gives the bytes docx gives', () => {
  it('for every block it writes, with awkward text', async () => {
    await expectSameAsDocx(everyBlock())
  })

  it('for a large draft in each numbering scheme, with and without the provenance appendix and a marking', async () => {
    for (const numbering of ['decimal', 'legal', 'alpha'] as const) {
      for (const provenance of ['none', 'appendix'] as const) {
        await expectSameAsDocx(buildExport(largeDraft(45), { ...FIXED, numbering, provenance, protectiveMarking: numbering === 'legal' ? 'OFFICIAL' : '' }))
      }
    }
  })

  it('with links: in clauses, body paragraphs and table cells, the same address twice, one needing escapes', async () => {
    await expectSameAsDocx(buildExport(policyDraft(), { ...FIXED, provenance: 'appendix' }))
    const doc = buildExport(largeDraft(6), FIXED)
    const link = (text: string, address: string, extra = {}) => ({ text, link: address, ...extra })
    const blocks: ExportBlock[] = [
      { kind: 'paragraph', runs: [{ text: 'See ' }, link('the guidance', 'https://www.gov.uk/guidance?a=1&b="2"'), { text: '.' }] },
      { kind: 'clause', id: 'l', level: 2, number: '', comments: [], runs: [link('bold link', 'https://example.org/', { bold: true, italic: false }), link('again', 'https://example.org/')] },
      { kind: 'table', role: 'comparison', caption: 'Links', header: ['A'], rows: [['x']], cells: [[[[link('mail', 'mailto:hr@example.org', { underline: true, strike: true })]]]] },
    ]
    await expectSameAsDocx({ ...doc, blocks: [...doc.blocks.slice(0, 3), ...blocks, ...doc.blocks.slice(3)] })
  })

  it('with comments: sources and notes as comments, one clause with several, one comment of no text', async () => {
    for (const numbering of ['decimal', 'alpha'] as const) await expectSameAsDocx(buildExport(policyDraft(), { ...FIXED, numbering, provenance: 'comments', notesAsComments: true }))
    const doc = buildExport(largeDraft(6), FIXED)
    const blocks: ExportBlock[] = [{ kind: 'clause', id: 'm', level: 1, number: '', comments: [3, 4], runs: [{ text: 'Two comments' }] }, { kind: 'clause', id: 'n', level: 2, number: '', comments: [5], runs: [] }]
    const comments = [
      { id: 3, author: awkward, date: '2026-03-12', paragraphs: [awkward, ''] },
      { id: 4, author: '', date: '2026-03-12T10:11:12Z', paragraphs: [] },
      { id: 5, author: 'Jo', date: '2026-03-12', paragraphs: ['Unanchored below'] },
      { id: 6, author: 'Jo', date: '2026-03-12', paragraphs: ['Anchored nowhere'] },
    ]
    await expectSameAsDocx({ ...doc, blocks: [...doc.blocks, ...blocks], comments })
  })

  it('with a table of contents: its entries, bookmarks on every section heading, fields updated on opening', async () => {
    for (const numbering of ['decimal', 'legal'] as const) await expectSameAsDocx(buildExport(largeDraft(45), { ...FIXED, numbering, tableOfContents: true, provenance: 'appendix' }))
    await expectSameAsDocx(buildExport(policyDraft(), { ...FIXED, tableOfContents: true, provenance: 'comments', protectiveMarking: 'OFFICIAL' }))
    const empty = createDraft(fixedContext(), { title: '' })
    await expectSameAsDocx(buildExport(empty, { tableOfContents: true }))
  })

  it('with tracked changes against a version: word revisions, paragraphs inserted, deleted and moved, with comments, and contents listing a tracked heading', async () => {
    const version = largeDraft(120)
    const draft = edited(version)
    const tracked = trackedChanges(draft, version)
    for (const options of [{ ...FIXED }, { ...FIXED, numbering: 'alpha' as const, tableOfContents: true, provenance: 'appendix' as const }]) await expectSameAsDocx(buildTrackedExport(draft, tracked, options))
    const small = policyDraft()
    const changed = applyDraftAction(small, { type: 'batch', actions: [{ type: 'edit-clause', clauseId: 'c1', text: 'Do **not** share what you learn at work.' }, { type: 'move-clause', clauseId: 'c4', to: { sectionId: 's2', index: 0 } }, { type: 'remove-clause', clauseId: 'c6' }, { type: 'rename-section', sectionId: 's2', heading: 'Elections and referendums' }] }, fixedContext())
    const trackedSmall = buildTrackedExport(changed, trackedChanges(changed, small), { ...FIXED, provenance: 'comments', notesAsComments: true, tableOfContents: true })
    // The renamed section is a tracked heading the contents list by its written text.
    expect(trackedSmall.blocks.some((b) => b.kind === 'heading' && b.segments !== undefined)).toBe(true)
    await expectSameAsDocx(trackedSmall)
  })

  it('with no author, title, version or date given, and for an empty draft', async () => {
    await expectSameAsDocx(buildExport(largeDraft(8), {}))
    const empty = createDraft(fixedContext(), { title: '' })
    await expectSameAsDocx(buildExport(empty, {}))
  })

  it("with the organisation's template", async () => {
    await expectSameAsDocx(buildExport(largeDraft(10), { ...FIXED, reference: await councilTemplate() }))
  })

  it('for a committee pack without a base (cover report, Appendix A numbered from 1)', async () => {
    const draft = largeDraft(30)
    const options = parseExportOptions({ ...FIXED })
    const pack = buildCommitteePack({ draft, clean: buildExport(draft, FIXED), tracked: null, changes: null, baseName: null, options })
    await expectSameAsDocx(pack)
  })

  it('for a comparison report (landscape, struck and underlined runs)', async () => {
    const clause = (id: string, label: string, text: string): Clause => ({ id, sourceId: id.split('.')[0]!, section: ['Policy'], label, level: 0, text, inline: text, topics: [] })
    const a = testSource('a', [clause('a.1', '1', 'Staff must not post offensive remarks.'), clause('a.2', '2', 'Ask your manager first.'), clause('a.3', '3', 'Gone in B.')])
    const b = testSource('b', [clause('b.1', '1', 'Staff must not post offensive or abusive remarks.'), clause('b.2', '2', 'Ask your manager first.'), clause('b.3', '3', 'New in B.')])
    const report = buildComparisonReport(a, b, compareSources(a, b), { ...FIXED })
    expect(report.landscape).toBe(true)
    await expectSameAsDocx(report)
  })
})

/** Arbitrary documents of the blocks the text writer takes: any text, any run formatting, any table shape. */
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', awkward, '&<>"\'', '\u0000\u001f\r'))
const run = fc.record({ text, bold: fc.option(fc.boolean(), { nil: undefined }), italic: fc.option(fc.boolean(), { nil: undefined }), strike: fc.option(fc.boolean(), { nil: undefined }), underline: fc.option(fc.boolean(), { nil: undefined }), link: fc.option(fc.constantFrom('https://example.org/', 'mailto:a@b.org', 'https://x.org/?a=1&b=2'), { nil: undefined }) }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as { text: string })
const level = fc.constantFrom(1 as const, 2 as const, 3 as const)
/** Tracked changes on a heading or clause: none, a whole-paragraph change, word segments, a move's name. */
const revisable = fc.record(
  {
    change: fc.constantFrom('inserted' as const, 'deleted' as const, 'moved-from' as const, 'moved-to' as const),
    segments: fc.array(fc.record({ text, op: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const) }), { maxLength: 4 }),
    moveName: fc.constantFrom('move1', 'a&b'),
  },
  { requiredKeys: [] },
)
const block: fc.Arbitrary<ExportBlock> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), title: text, subtitle: fc.array(text, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('plain-heading' as const), text }),
  fc.constant({ kind: 'page-break' as const }),
  fc.constant({ kind: 'restart-numbering' as const }),
  fc.record({ kind: fc.constant('contents' as const), title: text }),
  fc.record({ kind: fc.constant('paragraph' as const), runs: fc.array(run, { maxLength: 3 }) }),
  fc.tuple(fc.record({ kind: fc.constant('heading' as const), text, number: fc.constant('1') }), revisable).map(([b, r]) => ({ ...b, ...r })),
  fc.tuple(fc.record({ kind: fc.constant('clause' as const), id: fc.constant('c'), level, number: fc.constant('1.1'), runs: fc.array(run, { maxLength: 3 }), comments: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }) }), revisable).map(([b, r]) => ({ ...b, ...r })),
  fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.record({
      kind: fc.constant('table' as const),
      role: fc.constant('approval' as const),
      caption: text,
      header: fc.array(text, { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(text, { minLength: 1, maxLength: columns }), { maxLength: 3 }),
      blankColumns: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: columns }), { maxLength: 2 }), { nil: undefined }),
    }),
  ),
)

describe('the text writer, on arbitrary documents', () => {
  it('gives the bytes docx gives', async () => {
    const base = buildExport(largeDraft(2), { ...FIXED })
    await fc.assert(
      fc.asyncProperty(fc.array(block, { maxLength: 12 }), fc.boolean(), text, fc.array(fc.array(text, { maxLength: 2 }), { maxLength: 4 }), async (blocks, landscape, marking, notes) => {
        // Comments 1..n, as the export numbers them; clauses may point at any of 1..4.
        const comments = notes.map((paragraphs, i) => ({ id: i + 1, author: 'Jo Brown', date: '2026-03-12', paragraphs }))
        const doc: ExportDocument = { ...base, meta: { ...base.meta, protectiveMarking: marking }, blocks: blocks.map((b) => (b.kind === 'table' && b.blankColumns === undefined ? (({ blankColumns: _, ...rest }) => rest)(b) : b)) as ExportBlock[], landscape, comments }
        await expectSameAsDocx(doc)
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})

describe('the choice of writer', () => {
  it('takes every kind of block the model has to the text writer, and docx only when asked for or for a kind it does not know', () => {
    const large = largeDraft(10)
    expect(chooseWriter(buildExport(large, FIXED))).toBe('text')
    expect(chooseWriter(buildExport(large, { ...FIXED, tableOfContents: true }))).toBe('text')
    expect(chooseWriter(buildExport(policyDraft(), { ...FIXED, provenance: 'comments', notesAsComments: true }))).toBe('text')
    const doc = buildExport(large, FIXED)
    const inserted = doc.blocks.map((b) => (b.kind === 'clause' ? { ...b, change: 'inserted' as const } : b))
    expect(chooseWriter({ ...doc, blocks: inserted })).toBe('text')
    // A kind of block the text writer does not know goes to docx.
    expect(chooseWriter({ ...doc, blocks: [...doc.blocks, { kind: 'equation' } as unknown as ExportBlock] })).toBe('docx')
    expect(chooseWriter(doc, { writer: 'docx' })).toBe('docx')
    expect(chooseWriter(doc, { fastParagraphs: false })).toBe('docx')
  })
})

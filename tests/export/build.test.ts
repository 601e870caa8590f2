/** The export model as JSON: front matter, numbered headings and clauses, provenance, options. */
import { describe, expect, it } from 'vitest'
import { draftLabels } from '../../src/shared/draft'
import { WorkbenchError } from '../../src/shared/errors'
import { buildExport, type ClauseBlock, type ExportDocument, inlineRuns, parseExportOptions, type TableBlock } from '../../src/shared/export'
import { exportDraftDocument } from '../../src/shared/export/entry'
import { policyDraft } from './support/drafts'
import { councilTemplate } from './support/exports'

const draft = policyDraft()
const versions = [
  { name: '0.2', note: 'After union comments', createdAt: '2026-02-02T10:00:00Z' },
  { name: '0.1', note: 'First draft for HR', createdAt: '2026-01-10T10:00:00Z', owner: 'Sam Green' },
]
const build = (options = {}) => buildExport(draft, { date: '2026-03-12', ...options }, { versions })
const clauses = (doc: ExportDocument) => doc.blocks.filter((b): b is ClauseBlock => b.kind === 'clause')
const table = (doc: ExportDocument, role: TableBlock['role']) => doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.role === role)

describe('buildExport', () => {
  it('is plain JSON: front matter, then each section as a numbered heading and its clauses', () => {
    const doc = build({ tableOfContents: true })
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title', 'table', 'table', 'contents', 'page-break',
      'heading', 'clause', 'clause', 'clause', 'clause',
      'heading', 'clause', 'clause', 'clause',
    ])
    expect(doc.blocks[0]).toEqual({ kind: 'title', title: 'Staff social media policy', subtitle: ['Eastbrook Borough Council', 'Version 0.3 · Consultation draft · 12 March 2026'] })
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', text: 'Your own accounts', number: '1' },
      { kind: 'heading', text: 'Elections', number: '2' },
    ])
    expect(doc.meta).toEqual({
      title: 'Staff social media policy', organisation: 'Eastbrook Borough Council', version: '0.3', status: 'consultation',
      author: 'Jo Brown, Digital Officer', date: '2026-03-12', protectiveMarking: '', numbering: 'decimal',
    })
  })

  it('numbers clauses as the draft pane does, with their levels, in each scheme', () => {
    for (const numbering of ['decimal', 'legal', 'alpha'] as const) {
      const labels = draftLabels(draft, numbering)
      const doc = build({ numbering })
      expect(clauses(doc).map((c) => [c.id, c.level, c.number])).toEqual(
        draft.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.level, labels.clauses[c.id]])),
      )
    }
    expect(clauses(build({ numbering: 'alpha' })).map((c) => c.number)).toEqual(['1.1', '(a)', '(i)', '1.2', '2.1', '(a)', '(b)'])
  })

  it('keeps emphasis and links as runs', () => {
    const doc = build()
    expect(clauses(doc).find((c) => c.id === 'c3')!.runs).toEqual([{ text: 'This includes remarks made in ' }, { text: 'private', bold: true }, { text: ' groups.' }])
    expect(clauses(doc).find((c) => c.id === 'c5')!.runs).toEqual([
      { text: 'Follow the ' }, { text: 'national guidance', link: 'https://www.gov.uk/guidance' }, { text: ' during an election period.' },
    ])
  })

  it('lists named versions oldest first in document control, then the version exported', () => {
    expect(table(build(), 'document-control')).toEqual({
      kind: 'table', role: 'document-control', caption: 'Document control',
      header: ['Version', 'Date', 'Author / owner', 'Summary of changes'],
      rows: [
        ['0.1', '10 January 2026', 'Sam Green', 'First draft for HR'],
        ['0.2', '2 February 2026', 'Jo Brown, Digital Officer', 'After union comments'],
        ['0.3', '12 March 2026', 'Jo Brown, Digital Officer', 'Consultation draft for approval'],
      ],
    })
  })

  it('has an approval table with a blank signature cell', () => {
    expect(table(build(), 'approval')).toMatchObject({
      header: ['Committee', 'Approver', 'Date approved', 'Review due', 'Signature'],
      rows: [['Staffing Committee', 'Head of HR', '', '31 March 2027', '']],
      blankColumns: [4],
    })
  })

  it('says where each clause came from: nowhere, in an appendix table, or in comments', () => {
    const none = build()
    expect(none.comments).toEqual([])
    expect(table(none, 'provenance')).toBeUndefined()

    const appendix = build({ provenance: 'appendix' })
    expect(appendix.blocks.at(-2)).toEqual({ kind: 'plain-heading', text: 'Appendix: where each clause came from' })
    expect(table(appendix, 'provenance')!.rows.slice(0, 4)).toEqual([
      ['1.1', 'Northmoor District Council: Social Media Policy', '4.2', 'Verbatim'],
      ['1.1.1', 'Northmoor District Council: Social Media Policy', '4.3', 'Adapted'],
      ['1.1.1.1', '', '', 'New'],
      ['1.2', '', '', 'New'],
    ])

    const commented = build({ provenance: 'comments', notesAsComments: true, author: 'Policy Team' })
    expect(commented.comments).toEqual([
      { id: 0, author: 'Policy Team', date: '2026-03-12T00:00:00Z', paragraphs: ['As in Northmoor District Council: Social Media Policy, clause 4.2.'] },
      {
        id: 1, author: 'Policy Team', date: '2026-03-12T00:00:00Z',
        paragraphs: ['Adapted from Northmoor District Council: Social Media Policy, clause 4.3. The original wording:', 'Do not make offensive remarks about colleagues.'],
      },
      { id: 2, author: 'Policy Team', date: '2026-03-12T00:00:00Z', paragraphs: ['Note: HR to confirm the route.'] },
    ])
    expect(clauses(commented).map((c) => c.comments)).toEqual([[0], [1], [], [2], [], [], []])
  })

  it('takes its date from the options or the draft, never the clock', () => {
    const doc = buildExport(draft)
    expect(doc.meta.date).toBe(draft.metadata.updatedAt.slice(0, 10))
    expect(buildExport(draft)).toEqual(doc)
  })

  it('refuses options it cannot use, in words at the entry every host calls', async () => {
    const options = { numbering: 'roman' as 'alpha', date: '12/03/2026' }
    // Note: the builder checks by hand and refuses; the entry words each problem (the schema's words).
    expect(() => buildExport(draft, options)).toThrow(WorkbenchError)
    const exporting = exportDraftDocument({ draft, versions: [], options, format: 'docx' })
    await expect(exporting).rejects.toThrow(WorkbenchError)
    await expect(exporting).rejects.toThrow(/numbering: .*; date: should be a date written YYYY-MM-DD/)
    expect(parseExportOptions({})).toEqual({ numbering: 'decimal', provenance: 'none', notesAsComments: false, tableOfContents: false, protectiveMarking: '' })
  })

  it("takes the styles of the organisation's template, and names a file that is not one", async () => {
    const doc = buildExport(draft, { reference: await councilTemplate() })
    expect(doc.referenceStyles).toMatch(/^<\?xml[\s\S]*Georgia/)
    expect(() => buildExport(draft, { reference: new Uint8Array([1, 2, 3]) }, { referenceName: 'council.dotx' })).toThrow(/council\.dotx is not a Word document/)
  })
})

describe('inlineRuns', () => {
  it('reads only complete marks; a lone asterisk or underscore stays text', () => {
    expect(inlineRuns('Plain text.')).toEqual([{ text: 'Plain text.' }])
    expect(inlineRuns('')).toEqual([{ text: '' }])
    expect(inlineRuns('You *must* not, ever.')).toEqual([{ text: 'You ' }, { text: 'must', italic: true }, { text: ' not, ever.' }])
    expect(inlineRuns('5 * 3 and snake_case_name')).toEqual([{ text: '5 * 3 and snake_case_name' }])
    expect(inlineRuns('[a](javascript:alert(1))')).toEqual([{ text: '[a](javascript:alert(1))' }])
  })
})

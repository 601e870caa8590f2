/**
 * The comparison report as data: the two sources named, the counts at the top, one table row
 * per comparison row, and in changed rows what A lost struck through and what B gained
 * underlined (formatting, never revisions). The rendered file's proofs: pack-docx-proof.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { buildComparisonReport, type ExportDocument, type InlineRun, type TableBlock } from '../../src/shared/export'
import { COUNT_COLUMNS } from '../../src/shared/export/comparison-report'
import type { Clause, Comparison, ComparisonRow, SourceDocument } from '../../src/shared/model'
import { testSource } from '../support/sources'
import { loadCorpus, RIVERSIDE } from './support/pack-inputs'

const table = (doc: ExportDocument, role: TableBlock['role']): TableBlock => doc.blocks.find((b): b is TableBlock => b.kind === 'table' && b.role === role)!
const clause = (id: string, label: string, text: string): Clause => ({ id, sourceId: id.split('.')[0]!, section: ['Policy'], label, level: 0, text, inline: text, topics: [] })
const ref = (c: Clause) => ({ id: c.id, label: c.label, text: c.text, section: c.section })

describe('the comparison report on the corpus pair (Riverside v0.3 from Word, v1.0 from PDF)', () => {
  let a: SourceDocument
  let b: SourceDocument
  let comparison: Comparison
  let report: ExportDocument
  beforeAll(async () => {
    a = await loadCorpus(RIVERSIDE.base)
    b = await loadCorpus(RIVERSIDE.approved)
    comparison = compareSources(a, b)
    report = buildComparisonReport(a, b, comparison, { date: '2026-03-12', author: 'Jo Brown' })
  }, 60_000)

  it('names both sources and puts the counts at the top', () => {
    expect(report.blocks[0]).toEqual({ kind: 'title', title: `Comparison: ${a.title} and ${b.title}`, subtitle: ['12 March 2026 · Jo Brown'] })
    expect(a.date).not.toBe(b.date)
    expect(table(report, 'sources').rows).toEqual([
      ['A', a.title, 'Riverside Borough Council', expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/)],
      ['B', b.title, 'Riverside Borough Council', '20 February 2012'],
    ])
    const k = comparison.counts
    expect(table(report, 'counts')).toMatchObject({ header: [...COUNT_COLUMNS], rows: [[k.same, k.changed, k.moved, k.movedChanged, k.split, k.merged, k.onlyA, k.onlyB].map(String)] })
    expect(report.blocks.findIndex((x) => x.kind === 'table' && x.role === 'counts')).toBeLessThan(report.blocks.findIndex((x) => x.kind === 'table' && x.role === 'comparison'))
    expect(report.landscape).toBe(true)
  })

  it('has a header row and one row per comparison row, each cell with its labels and texts', () => {
    const t = table(report, 'comparison')
    expect(t.header).toEqual(['Clause of A', 'Clause of B', 'Status'])
    expect(t.rows).toHaveLength(comparison.rows.length)
    expect(t.cells).toHaveLength(comparison.rows.length)
    comparison.rows.forEach((row, i) => {
      const [cellA, cellB] = t.cells![i]!
      // A cell keeps A's words (equal and struck), B's cell B's (equal and underlined): the texts come back whole.
      const said = (paragraphs: InlineRun[][]) => paragraphs.map((p) => p.map((r) => r.text).join(''))
      expect(said(cellA!)).toEqual(row.a.map((c) => `${c.label ? `${c.label} ` : ''}${c.text}`))
      expect(said(cellB!)).toEqual(row.b.map((c) => `${c.label ? `${c.label} ` : ''}${c.text}`))
      expect(cellA!.flat().some((r) => r.underline)).toBe(false)
      expect(cellB!.flat().some((r) => r.strike)).toBe(false)
    })
    const marked = t.cells!.filter((cells) => cells.flat(2).some((r) => r.strike || r.underline))
    expect(marked.length).toBeGreaterThan(0)
    // Formatting, not revisions: nothing in the report is a tracked change.
    expect(report.blocks.some((x) => 'change' in x || 'segments' in x)).toBe(false)
  })
})

describe('differences marked inside a row', () => {
  const A = [clause('a.1', '2.1', 'Staff must not post confidential information.'), clause('a.2', '2.2', 'Report abuse to your manager.'), clause('a.3', '2.3', 'Be polite.')]
  const B = [clause('b.1', '3.1', 'Staff must never post confidential information.'), clause('b.2', '3.2', 'Report abuse to your manager. Be polite online.')]
  const row = (r: ComparisonRow): ComparisonRow => r
  const comparison: Comparison = {
    a: { ...testSource('a', A), clauseCount: 3, warningCount: 0 },
    b: { ...testSource('b', B), clauseCount: 2, warningCount: 0 },
    counts: { same: 0, changed: 1, moved: 0, movedChanged: 0, onlyA: 0, onlyB: 0, split: 0, merged: 1 },
    rows: [
      row({ status: 'changed', similarity: 0.8, a: [ref(A[0]!)], b: [ref(B[0]!)], diff: [{ op: 'equal', text: 'Staff must ' }, { op: 'delete', text: 'not' }, { op: 'insert', text: 'never' }, { op: 'equal', text: ' post confidential information.' }] }),
      row({ status: 'merged', similarity: 0.9, a: [ref(A[1]!), ref(A[2]!)], b: [ref(B[1]!)], diff: [{ op: 'equal', text: 'Report abuse to your manager. Be polite' }, { op: 'delete', text: '.' }, { op: 'insert', text: ' online.' }] }),
    ],
  }
  const cells = table(buildComparisonReport(testSource('a', A), testSource('b', B), comparison, { date: '2026-03-12' }), 'comparison').cells!

  it('strikes what A lost in A’s cell and underlines what B gained in B’s, after the bold label', () => {
    expect(cells[0]).toEqual([
      [[{ text: '2.1 ', bold: true }, { text: 'Staff must ' }, { text: 'not', strike: true }, { text: ' post confidential information.' }]],
      [[{ text: '3.1 ', bold: true }, { text: 'Staff must ' }, { text: 'never', underline: true }, { text: ' post confidential information.' }]],
      [[{ text: 'Changed' }]],
    ])
  })

  it('cuts a merged row’s diff back into each of A’s clauses', () => {
    expect(cells[1]![0]).toEqual([
      [{ text: '2.2 ', bold: true }, { text: 'Report abuse to your manager.' }],
      [{ text: '2.3 ', bold: true }, { text: 'Be polite' }, { text: '.', strike: true }],
    ])
    expect(cells[1]![1]).toEqual([[{ text: '3.2 ', bold: true }, { text: 'Report abuse to your manager. Be polite' }, { text: ' online.', underline: true }]])
    expect(cells[1]![2]).toEqual([[{ text: 'Merged in B' }]])
  })

  it('leaves a rewritten pair unmarked rather than strike every word', () => {
    const rewritten: Comparison = { ...comparison, rows: [{ ...comparison.rows[0]!, rewritten: true, diff: [{ op: 'delete', text: A[0]!.text }, { op: 'insert', text: B[0]!.text }] }] }
    const [cellA, cellB] = table(buildComparisonReport(testSource('a', A), testSource('b', B), rewritten, { date: '2026-03-12' }), 'comparison').cells![0]!
    expect(cellA).toEqual([[{ text: '2.1 ', bold: true }, { text: A[0]!.text }]])
    expect(cellB).toEqual([[{ text: '3.1 ', bold: true }, { text: B[0]!.text }]])
  })
})

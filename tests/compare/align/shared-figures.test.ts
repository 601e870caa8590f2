/**
 * Figures a rewrite keeps ("before 9.30am" / "by 9.30am", "after 24 weeks" / "after 24 weeks"):
 * a figure that one clause of each document holds, and no other clause, ties them together where
 * their words share almost nothing, as a pair of leftovers or as the part of a split or merge
 * that states it. A figure two clauses of a side hold, a version number or a year, and a table
 * row tie nothing.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareSources, comparisonRows } from '../../../src/shared/compare/align'
import { importFile } from '../../../src/shared/import/import-file'
import { figureLinks, figuresIn, heldFigures } from '../../../src/shared/compare/align/figures'
import { prepareClauses, readyForComparisons } from '../../../src/shared/compare/align/features'
import type { Clause, ComparisonRow, SourceDocument } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section = 'Reporting'): Clause => {
  n++
  return { id: `f${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('figures of a clause', () => {
  it('keeps amounts, times and counts with their unit, and leaves version numbers and years out', () => {
    expect(figuresIn('A fee of £10 is payable before 9.30am, within 24 hours and after 24 weeks.')).toEqual(['£10', '9.30am', '24hour', '24week'])
    expect(figuresIn('Version 2.0, September 2026, revised 1.3')).toEqual([])
    expect(figuresIn('up to 10 amendments')).toEqual(['10'])
  })

  it('reads a count written in words as digits when a unit follows, and leaves other number words alone', () => {
    expect(figuresIn('do not use it for four consecutive weeks')).toEqual(['4week'])
    expect(figuresIn('Not used your space for four weeks in a row?')).toEqual(['4week'])
    expect(figuresIn('within five working days')).toEqual(['5day'])
    expect(figuresIn('one of the hardest things anyone goes through')).toEqual([])
  })

  it('are read once per text, when a source is readied for comparisons, and are what figuresIn reads', () => {
    const texts = ['Ring your manager by 9.30am on the first day.', 'Take four consecutive weeks of leave.', 'Version 2.0, approved in 2026.', 'Tell your manager at once.', 'A replacement costs £10 after 24 weeks.']
    // Note: the texts as the aligner reads them (identity text), kept before any comparison.
    const prepared = prepareClauses(texts.map((text) => ({ text, label: null })))
    readyForComparisons(prepared)
    const kept = prepared.map((p) => heldFigures(p.identity))
    prepared.forEach((p, k) => {
      expect(heldFigures(p.identity)).toBe(kept[k])
      expect([...kept[k]!]).toEqual(figuresIn(p.identity))
    })
    expect(kept.map((f) => f.length)).toEqual([1, 1, 0, 0, 2])
  })

  it('links only a figure one clause of each side holds', () => {
    const a = ['Call before 9.30am.', 'Claims within 30 days.', 'Appeals within 30 days.']
    const b = ['Ring by 9.30am.', 'Claim in 30 days.']
    expect(figureLinks(a, b, { a: () => true, b: () => true })).toEqual([{ figure: '9.30am', a: 0, b: 0 }])
  })
})

describe('leftovers holding the same figure', () => {
  // A revision: most clauses kept, so the leftover rules apply.
  const kept = [
    ['If the line manager is unavailable, the employee should contact the duty manager.', 'If you cannot reach your manager, ring the duty manager instead.'],
    ['Text messages and emails are not acceptable ways of reporting absence.', 'Text messages and emails are not acceptable ways to report that you are off.'],
    ['The employee should keep in touch with their manager at agreed intervals.', 'Keep in touch with your manager at the intervals you agreed.'],
    ['A fit note from a doctor is required for any absence of more than seven days.', 'A fit note from your doctor is needed for any absence of more than seven days.'],
  ]
  const build = (oldText: string, newText: string): { a: Clause[]; b: Clause[]; old: Clause; reworded: Clause } => {
    const old = clause(oldText)
    const reworded = clause(newText, 'Step 1: your first morning')
    // Note: the rewording moved to the top of a new section, out of any gap between its neighbours.
    const a = [clause(kept[0]![0]!), clause(kept[1]![0]!), old, clause(kept[2]![0]!, 'Keeping in touch'), clause(kept[3]![0]!, 'Keeping in touch')]
    const b = [reworded, clause(kept[2]![1]!, 'Step 2'), clause(kept[0]![1]!, 'Step 2'), clause(kept[1]![1]!, 'Step 2'), clause(kept[3]![1]!, 'Step 2')]
    return { a, b, old, reworded }
  }

  it('pair when they alone hold it and share an idea, wherever they stand', () => {
    const { a, b, old, reworded } = build('Employees must telephone their line manager before 9.30am on the first day of absence.', 'Ring your manager by 9.30am.')
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).b.map((c) => c.id)).toEqual([reworded.id])
  })

  it('stay apart when they share nothing but the figure', () => {
    const { a, b, old, reworded } = build('Employees must telephone their line manager before 9.30am on the first day of absence.', 'The car park gates open at 9.30am.')
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).status).toBe('only-a')
    expect(rowWith(rows, reworded).status).toBe('only-b')
  })
})

describe('the part of a split or merge that states a figure of the whole', () => {
  it('is taken though it shares next to no word with the whole (a new tune pair)', async () => {
    const pair = await comparedPair('bereavement-leave-guide')
    expect(pair.partnersOf('a', 'employees who lose a child under the age of 18')).toEqual([
      'If your child dies before their 18th birthday, you can have two more weeks on full pay.',
      'The same applies if your baby is stillborn after 24 weeks of pregnancy.',
    ])
  })

  it('is taken into a merge whose whole repeats its date (annual-leave-questions)', async () => {
    const pair = await comparedPair('annual-leave-questions')
    expect(pair.partnersOf('a', 'leave carried forward must be taken by 30 june')).toHaveLength(1)
    expect(pair.rowOf('a', 'leave carried forward must be taken by 30 june').status).toBe('merged')
  })
})

describe('a candidate pair tied by a figure', () => {
  it('wins over a partner of about the same score that does not hold the figure (parking-guide-byline)', async () => {
    const pair = await comparedPair('parking-guide-byline')
    expect(pair.partnersOf('a', 'do not use it for four consecutive weeks')).toEqual(['Not used your space for four weeks in a row? We may give it to someone else.'])
    expect(pair.partnersOf('b', 'only you can use it.')).not.toContain(expect.stringContaining('four consecutive weeks'))
  })
})

describe('two different policies holding the same figure', () => {
  const root = path.join(import.meta.dirname, '..', '..', '..', 'corpus')
  const load = (file: string): Promise<SourceDocument> => importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(root, file))), importedAt: '2026-01-01T00:00:00Z' })

  it('leave a loose pair that nothing else wants below the threshold (the bonus only chooses between rivals)', async () => {
    const a = await load('src/eastbrook-social-media-policy.md')
    const b = await load('harrowfield-libraries-social-media-guidance.html')
    const rows = compareSources(a, b).rows
    const row = rows.find((r) => r.a.some((c) => c.text.includes('not been updated for three months')))!
    expect(row.b.map((c) => c.text).join(' ')).not.toContain('export an archive of each account every three months')
  })
})

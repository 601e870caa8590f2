/**
 * Terse checklist items (list-items.ts), which read like titles written as list items ("ID
 * badge returned"), are clauses when they are bulleted and their next clause is a sibling item:
 * they pair with the sentences they became. A numbered title stays a title.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { listItemsNotTitles } from '../../../src/shared/compare/align/list-items'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, section: string, label: string | null = null, level = 0): Clause => {
  n++
  return { id: `m${n}`, sourceId: 's', section: ['Policy', section], label, level, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}

describe('terse checklist items, which read like titles', () => {
  it('are clauses when the next clause is a sibling item, titles when clauses are nested under them', () => {
    const items = [
      clause('ID badge returned', 'On the last day', '•', 1),
      clause('Purchasing card cancelled with Finance', 'On the last day', '•', 1),
      clause('Parking permit returned', 'On the last day', '•', 1),
    ]
    expect(listItemsNotTitles(items, [true, true, true])).toEqual([0, 1])
    const title = [clause('Personal use', 'Rules', '5.', 1), clause('Staff may use social media in their own time.', 'Rules', null, 0)]
    expect(listItemsNotTitles(title, [true, false])).toEqual([])
  })

  it('pair with the sentences they became', () => {
    const kept = ['Tell payroll the leaving date as soon as it is confirmed.', 'Arrange an exit interview with the employee.', 'Agree how the remaining annual leave will be taken.']
    const items = [
      clause('Purchasing card cancelled with Finance', 'Before the last day', '•', 1),
      clause('Confidential papers returned or shredded', 'Before the last day', '•', 1),
      clause('Leaving collection arranged if employee wishes', 'Before the last day', '•', 1),
    ]
    const sentences = [
      clause('Ask Finance to cancel their purchasing card.', 'Before they go'),
      clause('Any confidential papers they hold should be handed back to you or shredded.', 'Before they go'),
    ]
    const a = [...kept.map((t) => clause(t, 'Before the last day', '•', 1)), ...items]
    const b = [...kept.map((t) => clause(t, 'Before they go')), ...sentences]
    const rows = check(a, b)
    expect(rowWith(rows, items[0]!).b.map((c) => c.id)).toEqual([sentences[0]!.id])
    expect(rowWith(rows, items[1]!).b.map((c) => c.id)).toEqual([sentences[1]!.id])
  })
})

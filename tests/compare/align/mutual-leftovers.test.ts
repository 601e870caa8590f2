/**
 * Leftovers each the other's best partner of the whole other document pair in a revision
 * wherever they stand (mutual-leftovers.ts): a section whose boundaries moved leaves them in a
 * gap the place rules cannot read. One shared idea, a loose score, or a partner that scores
 * better with a clause already aligned are not enough.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { mutualLeftoverPairs } from '../../../src/shared/compare/align/mutual-leftovers'
import { PairScores } from '../../../src/shared/compare/align/scores'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `m${n}`, sourceId: 's', section: ['Sickness', section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('left-over clauses that choose each other', () => {
  it('pair in a section whose boundaries moved (sickness-steps-reordered)', async () => {
    const pair = await comparedPair('sickness-steps-reordered')
    expect(pair.partnersOf('a', 'if the line manager is unavailable')).toEqual(['If you can\'t reach them, ring the duty manager instead.'])
    expect(pair.partnersOf('a', 'text messages and emails are not acceptable')).toEqual([expect.stringContaining('Only text or email if you can')])
  })

  // A revision: the kept clauses align, in sections renamed and cut at other places.
  const kept = (side: 0 | 1, section: string): Clause[] =>
    [
      ['Fit notes must be sent to HR Services within three days of issue.', 'Send your fit note to HR Services within three days of getting it.'],
      ['Failure to provide certification may result in sick pay being withheld.', 'Failure to provide a certificate may mean your sick pay is withheld.'],
      ['HR Services will provide managers with monthly absence reports.', 'HR Services gives managers an absence report every month.'],
      ['Four or more periods of absence in twelve months will trigger a review meeting.', 'Four or more periods of absence in twelve months lead to a review meeting.'],
    ].map((t) => clause(t[side]!, section))

  it('pair when each scores best with the other of all and they share two ideas', () => {
    const old = clause('If the line manager is unavailable, the employee should contact the duty manager.', 'Reporting absence')
    const now = clause("If you can't reach them, ring the duty manager instead.", 'Step 1')
    const a = [clause('Employees must telephone their line manager before 9.30am.', 'Reporting absence'), old, ...kept(0, 'Certification')]
    const b = [now, clause('Tell them why you are off.', 'Step 1'), ...kept(1, 'Step 2')]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).b.map((c) => c.id)).toEqual([now.id])
  })

  // The rule alone, on scores set by hand: A0 and B0 choose each other; A1's best is B1, whose
  // best is A2 (aligned, so not free, in all but the last call).
  const scores = new PairScores(3, 2)
  scores.set(0, 0, 0.2)
  scores.set(1, 1, 0.2)
  scores.set(2, 1, 0.5)
  const free = (k: number): boolean => k !== 2
  const pairs = (bar: number, ideas: number): [number, number][] => mutualLeftoverPairs(3, scores, free, () => true, bar, () => true, () => ideas)

  it('pair only leftovers that are each the other\'s best of all, at the bar, sharing two ideas', () => {
    expect(pairs(0.1, 2)).toEqual([[0, 0]])
    expect(pairs(0.1, 1)).toEqual([])
    expect(pairs(0.25, 2)).toEqual([])
    expect(mutualLeftoverPairs(3, scores, () => true, () => true, 0.1, () => true, () => 2)).toEqual([[0, 0], [2, 1]])
  })
})

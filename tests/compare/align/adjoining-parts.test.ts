/**
 * A split part right beside another part, in its section, restating a sentence of the whole at
 * length in other words (grow-groups.ts, the adjoining route): it adds a new part's share of
 * the whole, holds under 0.4 of its words in the whole, and lowers the group's similarity a
 * little more than a part taken by place may. A new clause beside a part that shares a word
 * or two with the whole stays new.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `j${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('a split part beside a part, restating a sentence of the whole in other words', () => {
  it('is taken though it lowers the similarity to under 0.9 of what it was (sickness-steps-reordered)', async () => {
    const pair = await comparedPair('sickness-steps-reordered')
    expect(pair.partnersOf('a', 'where a fit note recommends adjustments')).toEqual([
      expect.stringContaining('If your fit note suggests changes to your work'),
      'Your manager may ask Occupational Health for advice.',
    ])
  })

  it('is taken though only a third of its words are the whole\'s (bereavement-leave-guide, whistleblowing-regrouped)', async () => {
    const bereavement = await comparedPair('bereavement-leave-guide')
    expect(bereavement.partnersOf('a', 'employee assistance programme')).toEqual([
      'You can talk to a counsellor for free, in confidence, at any hour.',
      expect.stringContaining('Call the Employee Assistance Programme'),
    ])
    const whistleblowing = await comparedPair('whistleblowing-regrouped')
    expect(whistleblowing.partnersOf('b', 'speak up about anything that puts staff or the public')).toEqual([expect.stringContaining('This policy covers concerns about conduct')])
  })

  it('leaves a new clause beside a part apart when it shares only a word or two with the whole', () => {
    const whole = clause('Where a permit holder changes vehicle, the new registration must be given to Facilities within five working days, and the old permit returned.', 'Permits')
    const part = clause('Tell Facilities your new registration within five working days if you change car, and hand back the old permit.', 'Your permit')
    const added = clause('Electric vehicle charging points are in the north car park and are free to use.', 'Your permit')
    const a = [
      clause('Permits are issued by Facilities to employees who meet the criteria.', 'Permits'),
      whole,
      clause('Permits must be displayed on the windscreen at all times.', 'Permits'),
    ]
    const b = [
      clause('Facilities issues permits to employees who meet the criteria.', 'Your permit'),
      part,
      added,
      clause('Display your permit on the windscreen at all times.', 'Your permit'),
    ]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, whole).b.map((c) => c.id)).toEqual([part.id])
    expect(rowWith(rows, added).status).toBe('only-b')
  })
})

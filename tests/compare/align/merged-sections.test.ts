/**
 * A merge whose parts came from two old sections that the revision made one (grow-groups.ts
 * besidePartOfMergedSection): a reworded part near the group's part, in the old section next
 * to it, is taken by place when another group already joins its section to the whole's.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `s${n}`, sourceId: 's', section: ['Loans', section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('a merge drawn from two old sections made one', () => {
  const context = (side: 0 | 1): Clause[] =>
    [
      ['Loans shall be booked through the online loans system two working days in advance.', 'Book loans on the online loans system two working days in advance.', 'Booking', 'Booking'],
      ['Equipment shall be collected in person from the store counter.', 'Collect equipment in person from the store counter.', 'Booking', 'Booking'],
      ['Equipment shall be returned clean to the store counter within opening hours.', 'Return equipment clean to the store counter within opening hours.', 'Return', 'Return'],
      ['Late returns on three occasions will result in suspension of borrowing for three months.', 'Three late returns will mean no borrowing for three months.', 'Return', 'Return'],
    ].map((t) => clause(t[side]!, t[side + 2]!))

  // Note: a guard, not the rule's own test: in a case this small the sentence route takes the part too.
  it('takes the part from the other old section when another group joins that section to the whole\'s', () => {
    const list = clause('Equipment available for loan comprises cameras, projectors, speakers and display stands.', 'Introduction')
    const eligible = clause('Loans are available to employees holding a permanent or fixed-term contract of employment.', 'Eligibility')
    const privateUse = clause('Equipment shall not be loaned for private or personal purposes under any circumstances.', 'Eligibility')
    const merged = clause('We lend cameras, projectors, speakers and display stands to staff who need them for work, and we never lend anything out for your own private use.', 'What we lend')
    const staff = clause('Staff on a permanent or fixed-term contract of employment can borrow.', 'What we lend')
    const a = [list, eligible, privateUse, ...context(0)]
    const b = [merged, staff, ...context(1)]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    const row = rowWith(rows, merged)
    expect(row.status).toBe('merged')
    expect(row.a.map((c) => c.id)).toEqual([list.id, privateUse.id])
  })

  it('takes "shall not be loaned for private ... purposes" into the opening line of equipment-loans-scattered', async () => {
    const loans = await comparedPair('equipment-loans-scattered')
    expect(loans.partnersOf('a', 'shall not be loaned for private')).toEqual([expect.stringContaining('We keep cameras, projectors')])
  })
})

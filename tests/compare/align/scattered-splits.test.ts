/**
 * Splits and merges whose parts are scattered: each part of a 1->4 split with a kept clause
 * between it and the next (the last parts are more than two clauses from the first, so the
 * group reaches them only once it holds the nearer ones), and a 2->1 merge whose parts have
 * two clauses between them, the second reworded (taken by its place in the section).
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `s${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id)
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}

describe('scattered splits and merges', () => {
  it('splits one clause into four parts with a kept clause between each part and the next', () => {
    const s = 'Bookings'
    const whole = clause('Room bookings must be made through the facilities portal at least two days ahead, must name the person responsible for the room, must be cancelled as soon as the room is no longer needed, and will be charged to the booking department.', s)
    const late = clause('Bookings made on the day are accepted only when a room is free.', s)
    const external = clause('External visitors may not book rooms directly.', s)
    const long = clause('Rooms booked for more than a week need the approval of the facilities manager.', s)
    const a = [clause('Meeting rooms are available to all staff during opening hours.', s), whole, late, external, long, clause('Rooms must be left tidy after use.', 'Use of rooms')]
    const parts = [
      clause('Book rooms through the facilities portal at least two days ahead.', s),
      clause('Each booking must name the person responsible for the room.', s),
      clause('Cancel your booking as soon as the room is no longer needed.', s),
      clause('Rooms are charged to the booking department.', s),
    ]
    const b = [
      clause('Meeting rooms are available to all staff during opening hours.', s),
      parts[0]!,
      clause('Bookings made on the day are accepted only when a room is free.', s),
      parts[1]!,
      clause('External visitors may not book rooms directly.', s),
      parts[2]!,
      clause('Rooms booked for more than a week need the approval of the facilities manager.', s),
      parts[3]!,
      clause('Rooms must be left tidy after use.', 'Use of rooms'),
    ]
    const rows = check(a, b)
    const row = rowWith(rows, whole)
    expect(row.status).toBe('split')
    expect(ids(row.b)).toEqual(ids(parts))
    expect(rowWith(rows, late).status).toBe('same')
    expect(rowWith(rows, external).status).toBe('same')
    expect(rowWith(rows, long).status).toBe('same')
  })

  it('merges two clauses with two others between them, the second reworded, into one sentence', () => {
    const s = 'Overnight stays'
    const booked = clause('Overnight stays must be booked through the travel desk.', s)
    const limit = clause('Hotel costs are limited to £140 per night outside London.', s)
    const a = [
      clause('Train tickets are reimbursed at standard class.', 'Travel'),
      booked,
      clause('Breakfast is included in the room rate and is not claimed separately.', s),
      clause('Receipts for hotel meals must be itemised.', s),
      limit,
      clause('Misuse of the expenses scheme is a disciplinary matter.', 'Misuse'),
    ]
    const merged = clause('Overnight stays must be booked through the travel desk, at no more than £140 per night outside London.', s)
    const b = [
      clause('Train tickets are reimbursed at standard class.', 'Travel'),
      merged,
      clause('Breakfast comes with the room, so do not claim it separately.', s),
      clause('Receipts for hotel meals must be itemised.', s),
      clause('Misuse of the expenses scheme is a disciplinary matter.', 'Misuse'),
    ]
    const rows = check(a, b)
    const row = rowWith(rows, merged)
    expect(row.status).toBe('merged')
    expect(ids(row.a)).toEqual([booked.id, limit.id])
  })

  it('splits an exception joined on with ", unless" into a clause of its own, after the next rule', () => {
    const s = 'While you are here'
    const whole = clause('Contractors working on site during the school day are subject to the same requirement, unless their work area has been separated from pupils.', s)
    const alone = clause('Visitors must not be left alone with pupils in any circumstances.', s)
    const a = [clause('Visitors without a current DBS check must be accompanied by a member of staff at all times.', s), whole, alone, clause('Use of staff toilets by visitors is permitted; pupil toilets must not be used.', s)]
    const rule = clause('Contractors are treated in the same way during the school day.', s)
    const exception = clause('This does not apply where the area they work in has been fenced off from children.', s)
    const b = [
      clause('Unless you hold a current DBS check, a member of staff will stay with you throughout your visit.', s),
      rule,
      clause('Please never be on your own with a child.', s),
      exception,
      clause("You are welcome to use the staff toilets, but not the children's toilets.", s),
    ]
    // Note: the words weigh by how rare they are in both documents, so the case keeps a policy's worth of context.
    const context = (texts: string[]): Clause[] => texts.map((t) => clause(t, 'Arrival'))
    a.unshift(...context(['All visitors are required to report to the main reception on arrival.', "Visitors shall sign the visitors' book and provide photographic identification.", 'A visitor lanyard will be issued and must be worn visibly at all times while on site.']))
    b.unshift(...context(['Please come to the main reception first.', "Sign our visitors' book and show us a photo ID.", 'We will give you a lanyard: wear it where people can see it for the whole of your visit.']))
    a.push(...['The taking of photographs or video recordings of pupils by visitors is prohibited.', 'Mobile phones should be kept out of sight in areas where pupils are present.', 'Visitors must sign out and return their lanyard before leaving.'].map((t) => clause(t, 'Departure')))
    b.push(...['Do not take photos or videos of our pupils.', 'Keep your phone out of sight wherever children are.', 'Sign out and hand your lanyard back at reception.'].map((t) => clause(t, 'Departure')))
    const rows = check(a, b)
    const row = rowWith(rows, whole)
    expect(row.status).toBe('split')
    expect(ids(row.b)).toEqual([rule.id, exception.id])
    expect(rowWith(rows, alone).b).toHaveLength(1)
  })
})

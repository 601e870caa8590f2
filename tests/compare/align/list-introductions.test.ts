/**
 * List introductions ("Please steer clear of:"): placed by the lists they introduce when their
 * words are all new, and never taking an item's old wording when they are new themselves.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
/** A clause; `item` makes it a bullet of a list (level 1). */
const clause = (text: string, item = false): Clause => {
  n++
  return { id: `l${n}`, sourceId: 's', section: ['Personal use'], label: item ? '•' : null, level: item ? 1 : 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}

describe('list introductions', () => {
  it('pairs two introductions with no word in common when the items after them pair', () => {
    const introA = clause('Employees should not do any of the following:')
    const introB = clause('Please steer clear of:')
    const a = [
      clause('Employees must not post material that is discriminatory, abusive or threatening.'),
      introA,
      clause("criticise the organisation's decisions publicly in a way likely to damage its reputation;", true),
      clause('comment on complaints or disputes involving Eastgate Homes;', true),
    ]
    const b = [
      clause('Discriminatory, abusive or threatening posts are never acceptable.'),
      introB,
      clause('publicly criticising our decisions in a way likely to damage our reputation;', true),
      clause('commenting on complaints or disputes involving us;', true),
    ]
    const rows = check(a, b)
    expect(rowWith(rows, introA).b.map((c) => c.id)).toEqual([introB.id])
  })

  it('leaves two introductions apart when what follows them is not aligned', () => {
    const introA = clause('Employees should not do any of the following:')
    const introB = clause('Please steer clear of:')
    const a = [introA, clause('use the council logo on a personal profile;', true)]
    const b = [introB, clause('Report repeated abuse to the platform.', true)]
    const rows = check(a, b)
    expect(rowWith(rows, introA).b).toEqual([])
  })

  it('does not let a new introduction take the old wording of one of its items', () => {
    // "Staff must never post:" shares its duty words with the old clause (post ~ share,
    // never ~ not), but the old clause became the first item of the new list.
    const old = clause('Staff must not share details of library users or what they borrow.')
    const intro = clause('Staff must never post:')
    const item = clause('anything that identifies a library user or the items they borrow;', true)
    const a = [clause('Staff should check their privacy settings regularly.'), old, clause('Posts must follow the house style of the library service.')]
    const b = [
      clause('Check your privacy settings regularly.'),
      intro,
      item,
      clause("a child's name next to their photograph.", true),
      clause('Follow the house style of the library service in every post.'),
    ]
    const rows = check(a, b)
    expect(rowWith(rows, intro).a).toEqual([])
    expect(rowWith(rows, old).b.map((c) => c.id)).toEqual([item.id])
  })

  it('still pairs an introduction with itself turned into a sentence that keeps its words', () => {
    const introA = clause('Conduct outside work may be treated as a disciplinary matter where it:')
    const sentenceB = clause('Conduct outside work may be treated as a disciplinary matter where it harms the council.')
    const rows = check([introA, clause('brings the council into disrepute;', true)], [sentenceB])
    expect(rowWith(rows, introA).b.map((c) => c.id)).toEqual([sentenceB.id])
  })
})

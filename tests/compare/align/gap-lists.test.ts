/**
 * Lists that fill a gap (gap-lists.ts): a terse list rewritten item by item as defined terms,
 * where no item pairs on its words, pairs by position when the list and its introduction are all
 * that is left over between two in-order anchors on each side, and the words of half the
 * positions still touch. A list replaced by an unrelated one, or a gap holding more than the
 * list, is not read so.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { featuresOf, prepareClauses } from '../../../src/shared/compare/align/features'
import { gapListPairs } from '../../../src/shared/compare/align/gap-lists'
import { itemLists } from '../../../src/shared/compare/align/list-positions'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { comparedPair } from './revision-pair'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, label: string | null, level: number, section: string): Clause => {
  n++
  return { id: `gl${n}`, sourceId: 's', section: [section], label, level, text, inline: text, topics: [] }
}

const OLD_ITEMS = ['wear the badge at all times;', 'not lend the badge;', 'report a lost badge at once;', 'return the badge when leaving.']
const NEW_ITEMS = [
  'Wearing it. Keep it visible on a lanyard whenever you are inside.',
  'Keeping it to yourself. Never hand it to a colleague, even for a moment.',
  'Losing it. Tell reception straight away if it goes missing so it can be cancelled.',
  'Leaving. Hand it in on your final day.',
]

function documents(newItems: readonly string[], extraB?: string): { a: Clause[]; b: Clause[] } {
  const a = [
    clause('Security badges are issued by reception on the first day of employment.', '1.1', 2, '1. Issue'),
    clause('Keys are issued only where a badge reader is not fitted.', '1.2', 2, '1. Issue'),
    clause('Badge holders must:', null, 0, '2. Duties'),
    ...OLD_ITEMS.map((t) => clause(t, '•', 1, '2. Duties')),
    clause('A replacement badge costs £5, deducted from salary.', '3.1', 2, '3. Replacement'),
    clause('The alarm must be set by the last person to leave the building.', '3.2', 2, '3. Replacement'),
  ]
  const b = [
    clause('Reception will give you your security badge on the first day of employment.', null, 0, 'Getting a badge'),
    clause('Keys are issued only where a badge reader is not fitted.', null, 0, 'Getting a badge'),
    clause('You are responsible for your pass. In particular:', null, 0, 'Looking after it'),
    ...newItems.map((t) => clause(t, '•', 1, 'Looking after it')),
    ...(extraB ? [clause(extraB, null, 0, 'Looking after it')] : []),
    clause('A replacement badge costs £5, which we take from your salary.', null, 0, 'Looking after it'),
    clause('The alarm must be set by the last person to leave the building.', null, 0, 'Looking after it'),
  ]
  return { a, b }
}

const rowOf = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const check = (a: Clause[], b: Clause[]): ComparisonRow[] => {
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return rows
}

describe('lists that fill a gap', () => {
  it('pairs each item of a list reworded as defined terms with the item at its position, and the introductions', () => {
    const { a, b } = documents(NEW_ITEMS)
    const rows = check(a, b)
    for (let k = 0; k < OLD_ITEMS.length; k++) expect(rowOf(rows, a[3 + k]!).b.map((c) => c.id), OLD_ITEMS[k]).toEqual([b[3 + k]!.id])
    expect(rowOf(rows, a[2]!).b.map((c) => c.id)).toEqual([b[2]!.id])
  })

  it('leaves a list replaced by an unrelated list of the same length apart', () => {
    const unrelated = ['Cycle racks are behind the library.', 'Showers are on the second floor.', 'Lockers can be booked online.', 'Bicycle repair kits sit beside the racks.']
    const { a, b } = documents(unrelated)
    const rows = check(a, b)
    for (let k = 0; k < OLD_ITEMS.length; k++) expect(rowOf(rows, a[3 + k]!).status).toBe('only-a')
  })

  it('does not read a gap that holds a clause besides the list', () => {
    const { a, b } = documents(NEW_ITEMS, 'Visitors get a paper pass from the front desk.')
    const set = featuresOf(prepareClauses(a), prepareClauses(b))
    const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
    const anchors = [{ a: [1], b: [1] }, { a: [7], b: [8] }]
    const all = () => true
    expect(gapListPairs(anchors, lists, all, all, set, () => true)).toEqual([])
    const { a: a2, b: b2 } = documents(NEW_ITEMS)
    const set2 = featuresOf(prepareClauses(a2), prepareClauses(b2))
    const lists2 = { a: itemLists(a2, set2.a.map((f) => f.identity)), b: itemLists(b2, set2.b.map((f) => f.identity)) }
    expect(gapListPairs([{ a: [1], b: [1] }, { a: [7], b: [7] }], lists2, all, all, set2, () => true)).toEqual([[3, 3], [4, 4], [5, 5], [6, 6]])
    // Words touching at one position of four are not enough.
    expect(gapListPairs([{ a: [1], b: [1] }, { a: [7], b: [7] }], lists2, all, all, set2, (i) => i === 3)).toEqual([])
  })
})

describe('a merge part traced by its words and its place may lower the similarity as a placed part does', () => {
  it('merges two list items into one sentence that holds most of the second ("tell security which floor")', async () => {
    const pair = await comparedPair('building-access-merged')
    const row = pair.rowOf('a', 'tell security which floor they are on;')
    expect(row.status).toBe('merged')
    expect(row.a.map((c) => c.text)).toEqual(['sign in at the security desk;', 'tell security which floor they are on;'])
  })
})

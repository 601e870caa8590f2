/**
 * Leftovers taken in order (ordered-leftovers.ts): a section rewritten whole in another voice
 * leaves more leftovers than the gap rules trust, most sharing too few words to pass even the
 * gap threshold; in order, where the leftovers of both sides stand alike, they pair on soft
 * evidence (synonyms, derivations, shared stems) with two shared ideas at least. A removed
 * clause beside an unrelated new one stays apart, and so does a lone clause replaced in place.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { GapPart } from '../../../src/shared/compare/align/gaps'
import { ORDERED_FLOOR, orderedPairs, readableGap, sharedIdeas } from '../../../src/shared/compare/align/ordered-leftovers'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `o${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!
const pairedWith = (rows: ComparisonRow[], c: Clause): string[] => rowWith(rows, c).b.map((x) => x.id)

/** A devices section and its rewrite in plain English: four clauses reworded, one removed, one new. */
const DEVICES_OLD = [
  'Portable devices must be encrypted prior to issue.',
  'Unattended devices must be secured by means of a screen lock.',
  'The installation of unapproved software is forbidden.',
  'Loss or theft of a device must be reported to the Service Desk without delay.',
  'Access to websites is subject to filtering and monitoring.',
]
const DEVICES_REWRITTEN = [
  'We set up encryption on every laptop and phone before we hand it to you.',
  'Lock your screen whenever you walk away from it.',
  'Only put programs on your laptop that IT has approved.',
  'If your laptop or phone goes missing or is stolen, tell the Service Desk straight away.',
  'We may ask you to complete a short online safety course each year.',
]
describe('orderedPairs: the best monotone path over the evidence', () => {
  const table: Record<string, number> = { '0,1': 0.5, '1,0': 0.3, '1,1': 0.2, '2,2': 0.14, '2,1': 0.9 }
  const evidence = (i: number, j: number): number => table[`${i},${j}`] ?? 0

  it('takes the path of most summed excess without crossing, each pair at the floor or above', () => {
    // (0,1) and (1,0) cross: (1,0) then (2,1) sums more above the floor than (0,1) with anything after it.
    const path = orderedPairs([0, 1, 2], [0, 1, 2], evidence, 0.15)
    for (let k = 1; k < path.length; k++) {
      expect(path[k]![0]).toBeGreaterThan(path[k - 1]![0])
      expect(path[k]![1]).toBeGreaterThan(path[k - 1]![1])
    }
    expect(path).toEqual([[1, 0], [2, 1]])
    expect(path.every(([i, j]) => evidence(i, j) >= 0.15)).toBe(true)
  })

  it('takes no pair below the floor, whatever is left over', () => {
    expect(orderedPairs([2], [2], evidence, ORDERED_FLOOR)).toEqual([])
    expect(orderedPairs([], [0, 1], evidence, ORDERED_FLOOR)).toEqual([])
  })

  it('counts shared ideas from the side that finds fewer', () => {
    expect(sharedIdeas(['servic', 'desk', 'report'], ['servic', 'desk'])).toBe(2)
    expect(sharedIdeas(['applic', 'late'], ['applic', 'data', 'person'])).toBe(1)
  })
})

describe('a section rewritten whole in another voice, between kept sections', () => {
  const kept = (section: string, texts: string[]): [Clause[], Clause[]] => [texts.map((t) => clause(t, section)), texts.map((t) => clause(t, section))]
  const build = () => {
    const [pa, pb] = kept('Passwords', [
      'Passwords must contain a minimum of twelve characters.',
      'The reuse of council passwords on external services is not permitted.',
    ])
    const [ia, ib] = kept('Incidents', [
      'All information security incidents must be reported within one working day.',
      'Breaches of this policy may result in disciplinary action.',
    ])
    // Note: five leftovers a side, more than the gap rules take on (gaps.ts MAX_GAP).
    const old = DEVICES_OLD.map((t) => clause(t, '2. Devices'))
    const rewritten = DEVICES_REWRITTEN.map((t) => clause(t, 'Laptops and phones'))
    return { a: [...pa, ...old, ...ia], b: [...pb, ...rewritten, ...ib], old, rewritten }
  }

  it('pairs the reworded clauses in order, and leaves the removed and the new clause apart', () => {
    const { a, b, old, rewritten } = build()
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(pairedWith(rows, old[1]!)).toEqual([rewritten[1]!.id])
    expect(pairedWith(rows, old[3]!)).toEqual([rewritten[3]!.id])
    // Note: the path cuts the gap, and the gap rules then pair the encrypted laptop (one idea, 0.10).
    expect(pairedWith(rows, old[0]!)).toEqual([rewritten[0]!.id])
    // Note: "unapproved" reads as "not approved" (text-features.ts expandNegations), so the
    // software clause now shares "approved" with its rewording and pairs in order.
    expect(pairedWith(rows, old[2]!)).toEqual([rewritten[2]!.id])
    expect(pairedWith(comparisonRows(a, b, { semantic: false }), old[2]!)).toEqual([rewritten[2]!.id])
    // Nothing shared at all: no evidence, no pair, whatever its place.
    expect(rowWith(rows, old[4]!).status).toBe('only-a')
    expect(rowWith(rows, rewritten[4]!).status).toBe('only-b')
  })

  it('finds the same pairs with the documents swapped', () => {
    const { a, b, old, rewritten } = build()
    const rows = comparisonRows(b, a)
    expect(pairedWith(rows, rewritten[1]!)).toEqual([old[1]!.id])
    expect(pairedWith(rows, rewritten[3]!)).toEqual([old[3]!.id])
  })
})

describe('two sections merged into one and reworded, in a revision', () => {
  const kept = (section: string, texts: string[]): [Clause[], Clause[]] => [texts.map((t) => clause(t, section)), texts.map((t) => clause(t, section))]
  const build = (keptClauses: boolean) => {
    const [pa, pb] = kept('Passwords', [
      'Passwords must contain a minimum of twelve characters.',
      ...(keptClauses ? ['The reuse of council passwords on external services is not permitted.', 'Passwords must never be written down or stored in a browser.'] : []),
    ])
    const [ia, ib] = kept('Incidents', [
      'All information security incidents must be reported within one working day.',
      ...(keptClauses ? ['Breaches of this policy may result in disciplinary action.', 'The Information Governance Board reviews every reported incident each quarter.'] : []),
    ])
    // Note: A's two sections became one in B, so the gap is cut at no section boundary and its
    // leftovers stand beside neither anchor: they stand alike only clause by clause.
    const old = [
      clause('Portable devices must be encrypted prior to issue.', 'Devices'),
      clause('Unattended devices must be secured by means of a screen lock.', 'Devices'),
      clause('The installation of unapproved software is forbidden.', 'Devices'),
      clause('Loss or theft of a device must be reported to the Service Desk without delay.', 'Loss and theft'),
      clause('Access to websites is subject to filtering and monitoring.', 'Loss and theft'),
    ]
    const rewritten = [
      'We set up encryption on every laptop and phone before we hand it to you.',
      'Lock your screen whenever you walk away from it.',
      'Only put programs on your laptop that IT has approved.',
      'If your laptop or phone goes missing or is stolen, tell the Service Desk straight away.',
      'We may ask you to complete a short online safety course each year.',
    ].map((t) => clause(t, 'Laptops and phones'))
    return { a: [...pa, ...old, ...ia], b: [...pb, ...rewritten, ...ib], old, rewritten }
  }

  it('pairs the reworded clauses in order where most of the documents align', () => {
    const { a, b, old, rewritten } = build(true)
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(pairedWith(rows, old[1]!)).toEqual([rewritten[1]!.id])
    expect(pairedWith(rows, old[3]!)).toEqual([rewritten[3]!.id])
    expect(rowWith(rows, old[4]!).status).toBe('only-a')
    expect(rowWith(rows, rewritten[4]!).status).toBe('only-b')
  })

  it('leaves them apart where less than a third of the documents align (two different policies)', () => {
    const { a, b, old } = build(false)
    const rows = comparisonRows(a, b)
    expect(rowWith(rows, old[1]!).status).toBe('only-a')
    expect(rowWith(rows, old[3]!).status).toBe('only-a')
  })
})

describe('the closing section rewritten whole, after the last anchor', () => {
  const kept = (section: string, texts: string[]): [Clause[], Clause[]] => [texts.map((t) => clause(t, section)), texts.map((t) => clause(t, section))]
  const build = () => {
    const [pa, pb] = kept('Passwords', [
      'Passwords must contain a minimum of twelve characters.',
      'The reuse of council passwords on external services is not permitted.',
      'Passwords must never be written down or stored in a browser.',
    ])
    // Note: nothing follows, so these leftovers stand in the open gap after the last anchor,
    // where a revision also appends new clauses beside removed ones.
    const old = DEVICES_OLD.map((t) => clause(t, '2. Devices'))
    const rewritten = DEVICES_REWRITTEN.map((t) => clause(t, 'Laptops and phones'))
    return { a: [...pa, ...old], b: [...pb, ...rewritten], old, rewritten }
  }

  it('pairs the reworded clauses in order there too, and leaves the removed and the new clause apart', () => {
    const { a, b, old, rewritten } = build()
    const rows = comparisonRows(a, b, { semantic: false })
    expect(invariantProblems(a, b, rows)).toEqual([])
    for (const k of [0, 1, 2, 3]) expect(pairedWith(rows, old[k]!)).toEqual([rewritten[k]!.id])
    expect(rowWith(rows, old[4]!).status).toBe('only-a')
    expect(rowWith(rows, rewritten[4]!).status).toBe('only-b')
  })

  it('reads the open end only in a revision with two leftovers a side, and takes no lone pair there', () => {
    const gap = (as: number[], bs: number[], last: boolean): GapPart => ({ part: { as, bs, cut: false }, before: undefined, after: undefined, last })
    expect(readableGap(gap([4], [4], false), false)).toEqual({ read: true, lone: true })
    expect(readableGap(gap([4, 5], [4, 5], true), true)).toEqual({ read: true, lone: false })
    // A removed closing clause and a new one appended: no order to show.
    expect(readableGap(gap([4], [4, 5, 6], true), true).read).toBe(false)
    // Between two different policies the end is left alone, as before.
    expect(readableGap(gap([4, 5], [4, 5], true), false).read).toBe(false)
  })
})

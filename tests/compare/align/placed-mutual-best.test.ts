/**
 * Leftovers each the other's best partner of the whole other document pair when they stand
 * where one could have become the other (placed-mutual-best.ts), in a close revision, and not
 * both after the last anchor (where a removed closing clause and a new one appended are each
 * other's best for want of others: groups-and-leftovers.test.ts holds that case).
 */
import { describe, expect, it } from 'vitest'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { leftoverPlaces } from '../../../src/shared/compare/align/leftover-candidates'
import { placedMutualBestPairs } from '../../../src/shared/compare/align/placed-mutual-best'
import { PairScores } from '../../../src/shared/compare/align/scores'
import { comparedPair } from './revision-pair'

const pair = (i: number, j: number): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity: 1, identical: true, moved: false })
// Eight clauses a side; 0, 1, 3, 4, 6 kept in order; 2, 5 and 7 left over.
const kept = [pair(0, 0), pair(1, 1), pair(3, 3), pair(4, 4), pair(6, 6)]
const used = new Set([0, 1, 3, 4, 6])
const free = { a: (i: number) => !used.has(i), b: (j: number) => !used.has(j) }
function scores(extra: [number, number, number][]): PairScores {
  const s = new PairScores(8, 8)
  for (const k of used) s.set(k, k, 1)
  for (const [i, j, v] of extra) s.set(i, j, v)
  return s
}
const oneSection = { a: Array(8).fill('S') as string[], b: Array(8).fill('T') as string[] }
const all = (_i: number, _j: number): boolean => true
const choose = (s: PairScores, sections = oneSection, allowed = all) => placedMutualBestPairs(s, kept, leftoverPlaces(kept, kept, { a: 8, b: 8 }, free, sections), free, sections, allowed)

describe('leftovers each the other\'s best of all', () => {
  it('pair where they stand in one gap, whatever the score', () => {
    expect(choose(scores([[2, 2, 0.06]]))).toEqual([[2, 2]])
  })

  it('pair in corresponding sections or near their implied place, not far off in another section', () => {
    // A 2 against B 5: another gap; the same section's home, so placed.
    expect(choose(scores([[2, 5, 0.2]]))).toEqual([[2, 5]])
    // Sections apart (no home), three clauses from the implied place: placed; A 2 against B 7 (five off): not.
    const apart = { a: ['a', 'a', 'x', 'b', 'b', 'b', 'c', 'c'], b: ['A', 'A', 'y', 'B', 'B', 'B', 'C', 'z'] }
    expect(choose(scores([[2, 5, 0.2]]), apart)).toEqual([[2, 5]])
    expect(choose(scores([[2, 7, 0.2]]), apart)).toEqual([])
  })

  it('do not pair when either has a better partner, aligned or not, or the two may not pair', () => {
    // B 2's best is A 3, already aligned with B 3.
    expect(choose(scores([[2, 2, 0.1], [3, 2, 0.3]]))).toEqual([])
    expect(choose(scores([[2, 2, 0.1], [2, 5, 0.2]]))).toEqual([[2, 5]])
    expect(choose(scores([[2, 2, 0.1]]), oneSection, (i, j) => !(i === 2 && j === 2))).toEqual([])
  })
})

describe('a revision cut down and consolidated (tune pair keys-passes-consolidated)', () => {
  it('pairs a moved rewording each the other\'s best of all, under every other rule\'s bar, when the rule is on', async () => {
    const on = await comparedPair('keys-passes-consolidated', { placedMutualBest: true })
    expect(on.partnersOf('a', 'keep your laptop with you when you travel')).toEqual([expect.stringMatching(/^Laptops shall remain in the holder/)])
  })

  it('is off by default: it cost the held-out pairs precision (options.ts)', async () => {
    const off = await comparedPair('keys-passes-consolidated')
    expect(off.partnersOf('a', 'keep your laptop with you when you travel')).toEqual([])
  })
})

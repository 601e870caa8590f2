/**
 * Leftovers of corresponding sections paired when their better partners are spoken for
 * (section-rivals.ts): a clause reworded and moved within its section scores higher with
 * clauses naming the same desk than with its rewording, but those clauses are aligned with
 * partners they are more alike. A better partner still free, or one that scores with the
 * leftover more than it holds now, is a rival and keeps the pair apart; a leftover with a place
 * of its own (a gap the gap rules read) or far from the place it left is not read here.
 */
import { describe, expect, it } from 'vitest'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { PairScores } from '../../../src/shared/compare/align/scores'
import { unrivalledSectionPairs } from '../../../src/shared/compare/align/section-rivals'
import { comparedPair } from './revision-pair'

// The anchors: every group, in A's order (the tests' groups keep their order).
const chain = (groups: readonly AlignedGroup[]): AlignedGroup[] => [...groups].sort((x, y) => x.a[0]! - y.a[0]!)
const pair = (i: number, j: number, similarity: number): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity, identical: false, moved: false })

// Sections: all of A in S, all of B in T (S went to T).
function scores(sizeB: number, entries: [number, number, number][]): PairScores {
  const s = new PairScores(5, sizeB)
  for (const [i, j, v] of entries) s.set(i, j, v)
  return s
}
const sectionsOf = (sizeB: number) => ({ a: Array(5).fill('S') as string[], b: Array(sizeB).fill('T') as string[] })
const BAR = 0.18
const all = () => true
const onlyA2 = (i: number) => i === 2
// A2 stands between A1 and A3, whose partners B1 and B2 are neighbours: A2 has no place of its own in B.
const moved = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 2, 0.6), pair(4, 4, 0.6)]
const kept = [[0, 0, 0.5], [1, 1, 0.5], [3, 2, 0.6], [4, 4, 0.6]] as [number, number, number][]

describe('leftovers paired by their section when their better partners are spoken for', () => {
  it('pairs a moved leftover with the one beside its old place when their better partners hold clauses more alike', () => {
    // A2 scores 0.19 with B0 (which holds 0.5) and 0.181 with B3; B3 scores 0.26 with A1 (holding 0.5).
    const s = scores(5, [...kept, [2, 0, 0.19], [2, 3, 0.181], [1, 3, 0.26]])
    expect(unrivalledSectionPairs(moved, chain(moved), s, sectionsOf(5), onlyA2, (j) => j === 3, BAR, all)).toEqual([[2, 3]])
  })

  it('leaves them apart when a better partner would rather have the leftover, or the score is under the bar', () => {
    const weak = [pair(0, 0, 0.15), ...moved.slice(1)]
    const s = scores(5, [[0, 0, 0.15], ...kept.slice(1), [2, 0, 0.19], [2, 3, 0.181]])
    expect(unrivalledSectionPairs(weak, chain(weak), s, sectionsOf(5), onlyA2, (j) => j === 3, BAR, all)).toEqual([])
    const low = scores(5, [...kept, [2, 3, 0.17]])
    expect(unrivalledSectionPairs(moved, chain(moved), low, sectionsOf(5), onlyA2, (j) => j === 3, BAR, all)).toEqual([])
  })

  it('leaves a leftover that has a place of its own to the gap rules, and one far from its old place apart', () => {
    const inPlace = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 3, 0.6), pair(4, 4, 0.6)]
    const s = scores(5, [[0, 0, 0.5], [1, 1, 0.5], [3, 3, 0.6], [4, 4, 0.6], [2, 2, 0.25]])
    expect(unrivalledSectionPairs(inPlace, chain(inPlace), s, sectionsOf(5), onlyA2, (j) => j === 2, BAR, all)).toEqual([])
    const far = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 2, 0.6), pair(4, 9, 0.6)]
    const farScores = scores(10, [[0, 0, 0.5], [1, 1, 0.5], [3, 2, 0.6], [4, 9, 0.6], [2, 8, 0.25]])
    expect(unrivalledSectionPairs(far, chain(far), farScores, sectionsOf(10), onlyA2, (j) => j === 8, BAR, all)).toEqual([])
    const close = scores(10, [[0, 0, 0.5], [1, 1, 0.5], [3, 2, 0.6], [4, 9, 0.6], [2, 3, 0.25]])
    expect(unrivalledSectionPairs(far, chain(far), close, sectionsOf(10), onlyA2, (j) => j === 3, BAR, all)).toEqual([[2, 3]])
  })

  it('finds the lost-or-stolen rule moved within its section of the mobile phones revision', async () => {
    const compared = await comparedPair('mobile-phones-reorganised')
    expect(compared.partnersOf('a', 'loss or theft of a device must be reported to the ict service desk immediately')[0]).toBe("If it's lost or stolen, call the ICT Service Desk straight away.")
  })
})

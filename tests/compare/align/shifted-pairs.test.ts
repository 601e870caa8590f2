/**
 * A pair one clause off its place gives way to the two beside it (shifted-pairs.ts): the
 * matching took the one pair scoring best and left its neighbours, each its own rewording at a
 * score under the bar, apart. The two pairs replace the one when both clauses they take in are
 * left over, in the pair's section on their side, each scores SHIFT_BAR and both together
 * SHIFT_GAIN times the one.
 */
import { describe, expect, it } from 'vitest'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { PairScores } from '../../../src/shared/compare/align/scores'
import { shiftedPairs } from '../../../src/shared/compare/align/shifted-pairs'
import { comparedPair } from './revision-pair'

const pair = (i: number, j: number, similarity: number, identical = false): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity, identical, moved: false })
function scores(entries: [number, number, number][]): PairScores {
  const s = new PairScores(4, 4)
  for (const [i, j, v] of entries) s.set(i, j, v)
  return s
}
const one = (s: string) => Array(4).fill(s) as string[]
const sections = { a: one('S'), b: one('T') }
const all = () => true
// A1 took B1 (0.33); A0 scores 0.26 with B1 and A1 0.27 with B2; A0 and B2 are left over.
const shifted = [[0, 1, 0.26], [1, 1, 0.33], [1, 2, 0.27]] as [number, number, number][]
const freeA = (i: number) => i !== 1
const freeB = (j: number) => j !== 1

describe('a pair one clause off its place', () => {
  it('gives way to the two pairs beside it when they outweigh it, in order, in its sections', () => {
    expect(shiftedPairs([pair(1, 1, 0.33)], scores(shifted), sections, freeA, freeB, all)).toEqual([{ group: 0, pairs: [[0, 1], [1, 2]] }])
    // The mirror: A1 took B1, whose rewording is A2; A1's own is B0.
    const mirror = scores([[2, 1, 0.26], [1, 1, 0.33], [1, 0, 0.27]])
    expect(shiftedPairs([pair(1, 1, 0.33)], mirror, sections, (i) => i !== 1, (j) => j !== 1, all)).toEqual([{ group: 0, pairs: [[1, 0], [2, 1]] }])
  })

  it('keeps the pair when a neighbour is aligned, in another section, under the bar, or the two do not outweigh it', () => {
    expect(shiftedPairs([pair(1, 1, 0.33)], scores(shifted), sections, (i) => i > 1, freeB, all)).toEqual([])
    expect(shiftedPairs([pair(1, 1, 0.33)], scores(shifted), { a: ['R', 'S', 'S', 'S'], b: one('T') }, freeA, freeB, all)).toEqual([])
    expect(shiftedPairs([pair(1, 1, 0.33)], scores([[0, 1, 0.19], [1, 1, 0.33], [1, 2, 0.45]]), sections, freeA, freeB, all)).toEqual([])
    expect(shiftedPairs([pair(1, 1, 0.4)], scores([[0, 1, 0.26], [1, 1, 0.4], [1, 2, 0.27]]), sections, freeA, freeB, all)).toEqual([])
    expect(shiftedPairs([pair(1, 1, 1, true)], scores(shifted), sections, freeA, freeB, all)).toEqual([])
    expect(shiftedPairs([pair(1, 1, 0.33)], scores(shifted), sections, freeA, freeB, (i, j) => !(i === 0 && j === 1))).toEqual([])
  })

  it('pairs the lawyer\'s email clauses each with its own rewording in the email-plain-to-legal revision', async () => {
    const compared = await comparedPair('email-plain-to-legal')
    expect(compared.partnersOf('a', 'your council email address is for council business')).toEqual([expect.stringContaining('assigned to a User shall be used')])
    expect(compared.partnersOf('a', 'never use your personal email')).toEqual([expect.stringContaining('by means of a private email account')])
  })
})

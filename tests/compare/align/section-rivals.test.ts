/**
 * Leftovers of corresponding sections paired when their better partners are spoken for
 * (section-rivals.ts): a clause reworded and moved within its section scores higher with
 * clauses naming the same desk than with its rewording, but those clauses are aligned with
 * partners they are more alike. A better partner still free, or one that scores with the
 * leftover more than it holds now, is a rival and keeps the pair apart.
 */
import { describe, expect, it } from 'vitest'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { PairScores } from '../../../src/shared/compare/align/scores'
import { unrivalledSectionPairs } from '../../../src/shared/compare/align/section-rivals'
import { comparedPair } from './revision-pair'

const pair = (i: number, j: number, similarity: number): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity, identical: false, moved: false })

// A: 0 1 2 3 in section S; B: 0 1 2 3 in section T. 0-0 and 1-1 and 3-3 aligned; 2 of A and 2 of B left over.
function scores(entries: [number, number, number][]): PairScores {
  const s = new PairScores(4, 4)
  for (const [i, j, v] of entries) s.set(i, j, v)
  return s
}
const sections = { a: ['S', 'S', 'S', 'S'], b: ['T', 'T', 'T', 'T'] }
const BAR = 0.18
const all = () => true

describe('leftovers paired by their section when their better partners are spoken for', () => {
  it('pairs two leftovers whose better partners hold clauses more alike than they are', () => {
    const groups = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 3, 0.6)]
    // A2 scores 0.19 with B0 (which holds 0.5) and 0.181 with B2; B2 scores 0.26 with A1 (holding 0.5).
    const s = scores([[0, 0, 0.5], [1, 1, 0.5], [3, 3, 0.6], [2, 0, 0.19], [2, 2, 0.181], [1, 2, 0.26]])
    const free = (k: number) => k === 2
    expect(unrivalledSectionPairs(groups, s, sections, free, free, BAR, all)).toEqual([[2, 2]])
  })

  it('leaves them apart when a better partner would rather have the leftover, or the score is under the bar', () => {
    const groups = [pair(0, 0, 0.15), pair(1, 1, 0.5), pair(3, 3, 0.6)]
    const s = scores([[0, 0, 0.15], [1, 1, 0.5], [3, 3, 0.6], [2, 0, 0.19], [2, 2, 0.181]])
    const free = (k: number) => k === 2
    expect(unrivalledSectionPairs(groups, s, sections, free, free, BAR, all)).toEqual([])
    const held = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 3, 0.6)]
    const low = scores([[0, 0, 0.5], [1, 1, 0.5], [3, 3, 0.6], [2, 2, 0.17]])
    expect(unrivalledSectionPairs(held, low, sections, free, free, BAR, all)).toEqual([])
  })

  it('leaves a leftover apart from one that stands far from where its aligned neighbours place it', () => {
    // B has 9 clauses in T; A2's neighbours A1 and A3 went to B1 and B2, its best unrivalled partner stands at B8.
    const groups = [pair(0, 0, 0.5), pair(1, 1, 0.5), pair(3, 2, 0.6)]
    const s = new PairScores(4, 9)
    for (const [i, j, v] of [[0, 0, 0.5], [1, 1, 0.5], [3, 2, 0.6], [2, 8, 0.25]] as const) s.set(i, j, v)
    const wide = { a: ['S', 'S', 'S', 'S'], b: Array(9).fill('T') as string[] }
    expect(unrivalledSectionPairs(groups, s, wide, (i) => i === 2, (j) => j > 2, BAR, all)).toEqual([])
    const close = new PairScores(4, 9)
    for (const [i, j, v] of [[0, 0, 0.5], [1, 1, 0.5], [3, 2, 0.6], [2, 4, 0.25]] as const) close.set(i, j, v)
    expect(unrivalledSectionPairs(groups, close, wide, (i) => i === 2, (j) => j > 2, BAR, all)).toEqual([[2, 4]])
  })

  it('finds the lost-or-stolen rule moved within its section of the mobile phones revision', async () => {
    const compared = await comparedPair('mobile-phones-reorganised')
    expect(compared.partnersOf('a', 'loss or theft of a device must be reported to the ict service desk immediately')[0]).toBe("If it's lost or stolen, call the ICT Service Desk straight away.")
  })
})

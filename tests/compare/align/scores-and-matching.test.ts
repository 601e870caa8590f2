/**
 * The storage behind the aligner's speed: pair scores dense or sparse by size, edges as
 * parallel arrays, and thinning of a component too large to solve exactly. Each must answer
 * exactly as the plain form does.
 */
import { describe, expect, it } from 'vitest'
import { EdgeList, maxWeightMatching, type WeightedEdge } from '../../../src/shared/compare/align/assignment'
import { PairScores } from '../../../src/shared/compare/align/scores'

let state = 7
const random = (): number => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return state / 4294967296
}

describe('pair scores', () => {
  for (const [label, sizeA, sizeB] of [['dense', 40, 30], ['sparse', 3000, 2000]] as const) {
    it(`(${label}) read back what was set, absent as 0, partners in the order first set`, () => {
      const s = new PairScores(sizeA, sizeB)
      s.set(3, 7, 0.5)
      s.set(3, 2, 0.25)
      s.set(1, 7, 0.75)
      s.set(3, 7, 0.6)
      expect(s.get(3, 7)).toBe(0.6)
      expect(s.get(3, 2)).toBe(0.25)
      expect(s.get(2, 2)).toBe(0)
      expect(s.get(-1, 2)).toBe(0)
      expect(s.get(3, sizeB)).toBe(0)
      expect(s.partnersOf(3)).toEqual([7, 2])
      expect(s.partnersOfB(7)).toEqual([1, 3])
      expect(s.size).toBe(3)
      s.set(0, 7, 0.1)
      expect(s.partnersOfB(7)).toEqual([0, 1, 3])
    })
  }
})

describe('best partners of every clause', () => {
  // The plain way: each clause's partners sorted by score (ties: lower index first), those under the floor dropped, the first few kept.
  const plainBest = (partners: readonly number[], score: (p: number) => number, count: number, floor: number): number[] =>
    partners.filter((p) => score(p) >= floor).sort((x, y) => score(y) - score(x) || x - y).slice(0, count)
  for (const [label, sizeA, sizeB] of [['dense', 60, 50], ['sparse', 3000, 2000]] as const) {
    it(`(${label}) are each clause's partners sorted, both sides, from one pass`, () => {
      const s = new PairScores(sizeA, sizeB)
      // Note: scores from a few values, so that ties are many; pairs set in no particular order.
      for (let k = 0; k < 1500; k++) s.set(Math.floor(random() * 60), Math.floor(random() * 50), [0.05, 0.08, 0.3, 0.5, 0.9][Math.floor(random() * 5)]! + (random() < 0.5 ? 0 : random()))
      const best = s.bestPartners(8, 0.08)
      const row = (rows: Int32Array, k: number): number[] => [...rows.subarray(k * 8, k * 8 + 8)].filter((p) => p >= 0)
      for (let i = 0; i < sizeA; i++) expect(row(best.a, i)).toEqual(plainBest(s.partnersOf(i), (j) => s.get(i, j), 8, 0.08))
      for (let j = 0; j < sizeB; j++) expect(row(best.b, j)).toEqual(plainBest(s.partnersOfB(j), (i) => s.get(i, j), 8, 0.08))
      expect(row(best.a, 0).length).toBe(8)
    })
  }
})

describe('maximum-weight matching', () => {
  const check = (matchA: Int32Array, sizeB: number): void => {
    const used = new Set<number>()
    for (const j of matchA) {
      if (j < 0) continue
      expect(j).toBeLessThan(sizeB)
      expect(used.has(j)).toBe(false)
      used.add(j)
    }
  }

  it('answers the same for edges as objects and as arrays', () => {
    const edges: WeightedEdge[] = []
    for (let i = 0; i < 60; i++) for (let j = 0; j < 50; j++) if (random() < 0.1) edges.push({ i, j, w: 0.3 + random() * 0.7 })
    const matchA = maxWeightMatching(60, 50, edges)
    check(matchA, 50)
    expect([...maxWeightMatching(60, 50, EdgeList.from(edges))]).toEqual([...matchA])
  })

  it('finds the best matching of a small component exactly', () => {
    // Greedy would take (0,0) at 0.9 and leave 1 alone; the best total pairs 0-1 and 1-0.
    const matchA = maxWeightMatching(2, 2, [
      { i: 0, j: 0, w: 0.9 },
      { i: 0, j: 1, w: 0.8 },
      { i: 1, j: 0, w: 0.8 },
    ])
    expect([...matchA]).toEqual([1, 0])
  })

  it('thins a near-duplicate component (every clause alike) and still pairs everything one to one', () => {
    // 700 x 700 x 700 is past the exact solver's bound: thinned to each clause's best edges.
    const n = 700
    const edges = new EdgeList()
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) edges.push(i, j, 1 + 1e-6 * (1 - ((i - j) / n) ** 2))
    const matchA = maxWeightMatching(n, n, edges)
    check(matchA, n)
    expect([...matchA].filter((j) => j >= 0).length).toBe(n)
    // The tie-break (nearer the same place) keeps every clause with its own twin.
    expect([...matchA].every((j, i) => j === i)).toBe(true)
  })
})

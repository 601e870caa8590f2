/**
 * inOrderChain reads only the chains of the longest length a group can extend (moves.ts), not
 * every earlier group: on random groups, mostly in order, shuffled, with equal similarities and
 * ties within its tolerance, it picks the very chain the plain scan of every earlier group picks.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inOrderChain } from '../../../src/shared/compare/align/moves'

interface Placed {
  a: number[]
  b: number[]
  similarity: number
}

/** The chain by the plain O(n^2) scan (the code before the lists by length). */
function chainByScan(groups: readonly Placed[]): number[] {
  const n = groups.length
  const sizeA = Math.max(1, ...groups.map((g) => Math.max(...g.a) + 1))
  const sizeB = Math.max(1, ...groups.map((g) => Math.max(...g.b) + 1))
  const length = new Int32Array(n)
  const weight = new Float64Array(n)
  const offset = new Float64Array(n)
  const position = new Float64Array(n)
  const prev = new Int32Array(n).fill(-1)
  const EPS = 1e-12
  const better = (l: number, w: number, o: number, p: number, k: number): boolean => {
    if (l !== length[k]!) return l > length[k]!
    if (Math.abs(w - weight[k]!) > EPS) return w > weight[k]!
    if (Math.abs(o - offset[k]!) > EPS) return o < offset[k]!
    return p < position[k]! - EPS
  }
  for (let k = 0; k < n; k++) {
    const g = groups[k]!
    const ak = g.a[0]!
    const bk = g.b[0]!
    const ownOffset = Math.abs(ak / sizeA - bk / sizeB)
    const ownPosition = ak + bk
    length[k] = 1
    weight[k] = g.similarity
    offset[k] = ownOffset
    position[k] = ownPosition
    for (let p = 0; p < k; p++) {
      if (groups[p]!.b[0]! >= bk || groups[p]!.a[0]! >= ak) continue
      const l = length[p]! + 1
      const w = weight[p]! + g.similarity
      const o = offset[p]! + ownOffset
      const q = position[p]! + ownPosition
      if (better(l, w, o, q, k)) {
        length[k] = l
        weight[k] = w
        offset[k] = o
        position[k] = q
        prev[k] = p
      }
    }
  }
  let end = -1
  for (let k = 0; k < n; k++) if (end < 0 || better(length[k]!, weight[k]!, offset[k]!, position[k]!, end)) end = k
  const out: number[] = []
  for (let k = end; k >= 0; k = prev[k]!) out.push(k)
  return out.reverse()
}

/**
 * Groups as the aligner has them: distinct first clauses on each side (one clause, one group),
 * in A's order or not, B's order a few local swaps and moves from A's, or none at all.
 */
const groupsArb = fc
  .record({
    n: fc.integer({ min: 0, max: 60 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
    sortedByA: fc.boolean(),
    similarities: fc.array(fc.constantFrom(1, 0.99, 0.5, 0.5 + 1e-13, 0.3, 0.7), { minLength: 60, maxLength: 60 }),
    gapsA: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 60, maxLength: 60 }),
    gapsB: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 60, maxLength: 60 }),
    order: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
  })
  .map(({ n, swaps, sortedByA, similarities, gapsA, gapsB, order }) => {
    const as: number[] = []
    const bs: number[] = []
    for (let k = 0, x = 0, y = 0; k < n; k++) {
      as.push((x += gapsA[k]!))
      bs.push((y += gapsB[k]!))
    }
    for (const [p, q] of swaps) {
      if (n === 0) break
      const [i, j] = [p % n, q % n]
      ;[bs[i], bs[j]] = [bs[j]!, bs[i]!]
    }
    const groups: Placed[] = as.map((a, k) => ({ a: [a], b: [bs[k]!], similarity: similarities[k]! }))
    if (sortedByA) return groups
    return groups
      .map((g, k) => ({ g, key: order[k]! }))
      .sort((x, y) => x.key - y.key || x.g.a[0]! - y.g.a[0]!)
      .map((x) => x.g)
  })

describe('inOrderChain', () => {
  it('picks the chain the scan of every earlier group picks', () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        expect(inOrderChain(groups)).toEqual(chainByScan(groups))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps the tie-breaks: of two equal runs, the one at alike places', () => {
    // Two texts repeated: A 0,1 against B 0,1 and B 2,3 (the same similarities).
    const groups = [
      { a: [0], b: [2], similarity: 1 },
      { a: [1], b: [0], similarity: 1 },
      { a: [2], b: [1], similarity: 1 },
      { a: [3], b: [3], similarity: 1 },
    ]
    expect(inOrderChain(groups)).toEqual(chainByScan(groups))
    expect(inOrderChain(groups)).toEqual([1, 2, 3])
  })
})

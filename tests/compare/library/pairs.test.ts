/**
 * Candidate pairs in strongest-first order (pairs.ts): the order families take them in, which
 * must be exactly the order of a sort by score descending, then clause numbers ascending.
 */
import { describe, expect, it } from 'vitest'
import { strongestFirst } from '../../../src/shared/compare/library/pairs'
import { random } from './synthetic'

describe('strongestFirst', () => {
  it('orders as the comparator sort does, runs of equal scores by clause numbers', () => {
    const rand = random(11)
    const m = 5000
    // Few distinct scores (many ties, 0 and -0 among them) and repeated first clauses.
    const levels = [1, 0.85, 0.5, 0.5000000000000001, 0.35, 0, -0]
    const score = Float64Array.from({ length: m }, () => (rand() < 0.5 ? levels[Math.floor(rand() * levels.length)]! : rand()))
    const a = Int32Array.from({ length: m }, () => Math.floor(rand() * 50))
    const b = Int32Array.from({ length: m }, () => Math.floor(rand() * 5000))
    // A subset of the pairs, in no particular order.
    const pairs = Uint32Array.from({ length: 3000 }, (_, k) => (k * 7919) % m)
    const expected = [...pairs].sort((p, q) => score[q]! - score[p]! || a[p]! - a[q]! || b[p]! - b[q]!)
    expect(Array.from(strongestFirst(pairs, score, a, b))).toEqual(expected)
  })

  it('gives nothing for no pairs', () => {
    expect(strongestFirst([], new Float64Array(0), new Int32Array(0), new Int32Array(0)).length).toBe(0)
  })
})

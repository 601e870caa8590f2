/**
 * The candidate pass (scores.ts scoreCandidates) walks an inverted index held in flat typed
 * arrays, caches the dot products of repeated term lists and their keys: a speed-up that must
 * answer exactly as the plain pass it replaced. The plain pass is written out here (maps of
 * postings, every clause of A walked on its own, in the same order), and both must give the
 * same partners in the same order (the matching reads them in that order) with bit-equal scores.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { blend, buildFeatures, type FeatureSet, wordJaccard } from '../../../src/shared/compare/align/features'
import { PairScores, scoreCandidates } from '../../../src/shared/compare/align/scores'
import type { SparseVector } from '../../../src/shared/compare/text-features'

/** The plain pass: for each clause of A, every B clause sharing a term, a shingle or its text, in that order. */
function plainScores(set: FeatureSet, termWeight: number, minScore: number): PairScores {
  const out = new PairScores(set.a.length, set.b.length)
  const postings = (vectors: SparseVector[]): Map<string, [number, number][]> => {
    const index = new Map<string, [number, number][]>()
    vectors.forEach((v, j) => v.forEach((w, t) => index.set(t, [...(index.get(t) ?? []), [j, w]])))
    return index
  }
  const terms = postings(set.b.map((f) => f.termVector))
  const shingles = postings(set.b.map((f) => f.shingleVector))
  set.a.forEach((fa, i) => {
    const order: number[] = []
    const termDot = new Map<number, number>()
    const shingleDot = new Map<number, number>()
    const touch = (j: number): void => {
      if (!order.includes(j)) order.push(j)
    }
    const walk = (v: SparseVector, index: Map<string, [number, number][]>, dot: Map<number, number>): void =>
      v.forEach((w, t) => {
        for (const [j, wb] of index.get(t) ?? []) {
          dot.set(j, (dot.get(j) ?? 0) + w * wb)
          touch(j)
        }
      })
    walk(fa.termVector, terms, termDot)
    walk(fa.shingleVector, shingles, shingleDot)
    set.b.forEach((fb, j) => fb.identity === fa.identity && touch(j))
    set.b.forEach((fb, j) => (fa.terms.length === 0 || fb.terms.length === 0) && touch(j))
    for (const j of order) {
      const fb = set.b[j]!
      const s = fb.identity === fa.identity ? 1 : fa.terms.length === 0 || fb.terms.length === 0 ? wordJaccard(fa, fb) : blend(termDot.get(j) ?? 0, shingleDot.get(j) ?? 0, { termWeight })
      if (s >= minScore) out.set(i, j, s)
    }
  })
  return out
}

/** Sentences of two corpus policies: many share their duty words, as a comparison's clauses do. */
const sentences = ['northmoor-social-media-policy.md', 'fernleigh-staff-social-media-guidelines.md']
  .flatMap((f) => readFileSync(path.join(import.meta.dirname, '../../../corpus', f), 'utf8').split(/(?<=[.:])\s+|\n+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 0)

function expectSame(set: FeatureSet): void {
  const plain = plainScores(set, 0.8, 0.05)
  const fast = scoreCandidates(set, { termWeight: 0.8 }, 0.05)
  expect(fast.size).toBe(plain.size)
  for (let i = 0; i < set.a.length; i++) {
    expect(fast.partnersOf(i)).toEqual(plain.partnersOf(i))
    for (const j of plain.partnersOf(i)) expect(Object.is(fast.get(i, j), plain.get(i, j))).toBe(true)
  }
}

describe('candidate scores', () => {
  it('are those of the plain pass, partner for partner, to the bit', () => {
    const a = sentences.slice(0, 120)
    // B: A's sentences, every fifth replaced by one of the other policy, a few moved.
    const b = a.map((s, k) => (k % 5 === 0 ? sentences[sentences.length - 1 - k]! : s))
    b.push(...b.splice(10, 4))
    const set = buildFeatures(a, b)
    expect(scoreCandidates(set, { termWeight: 0.8 }, 0.05).size).toBeGreaterThan(1000)
    expectSame(set)
  })

  it('are the same where texts repeat (dot products worked out once) and where clauses have no terms', () => {
    // Note: repeated lines and bare numbers, as a table of contents or a version history has.
    const a = [...sentences.slice(0, 30), ...sentences.slice(0, 30), '1.0', 'Yes | No', '2.1', sentences[5]!]
    const b = [sentences[5]!, '1.0', 'No', ...sentences.slice(10, 50), sentences[5]!]
    expectSame(buildFeatures(a, b))
    expectSame(buildFeatures(b, a))
  })
})

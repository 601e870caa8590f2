/**
 * The part of two clauses' cosine that comes from their topic dimensions alone (the index gives
 * each clause's topics `topicWeight` of its vector: clause-index.ts). Two clauses that share
 * one topic and not a word still score about `topicWeight` (0.4), as much as the same-topic
 * pair threshold of families: "Our tenants' panel helped us write this approach" and "We don't
 * become friends online with the tenants we work with" are both service users. Families take
 * it away to see what the words and duty concepts of a pair say on their own.
 *
 * Note: topic dimensions are numbered after the vocabulary, so they are the tail of each
 * vector's ascending ids; the walk merges only those tails (a few entries each).
 */
import type { ClauseIndex } from './clause-index'
import { emptySparse, type Sparse } from './sparse'

export class TopicPart {
  /** Where each clause's topic dimensions begin in its vector (its length when it has none). */
  private readonly from: Int32Array

  constructor(private readonly index: ClauseIndex) {
    const base = index.vocabulary.size
    this.from = Int32Array.from(index.vectors, (v) => {
      let k = v.ids.length
      while (k > 0 && v.ids[k - 1]! >= base) k--
      return k
    })
  }

  /** A clause's topic dimensions alone, as a vector (a view of its own arrays). */
  topics(a: number): Sparse {
    const v = this.index.vectors[a]!
    const from = this.from[a]!
    return from === v.ids.length ? emptySparse : { ids: v.ids.subarray(from), weights: v.weights.subarray(from) }
  }

  /** The dot product of the two clauses' topic dimensions. */
  dot(a: number, b: number): number {
    const x = this.index.vectors[a]!
    const y = this.index.vectors[b]!
    let i = this.from[a]!
    let j = this.from[b]!
    let sum = 0
    while (i < x.ids.length && j < y.ids.length) {
      const p = x.ids[i]!
      const q = y.ids[j]!
      if (p === q) sum += x.weights[i++]! * y.weights[j++]!
      else if (p < q) i++
      else j++
    }
    return sum
  }
}

/**
 * Whether a shared main topic can vouch for one pair of clauses (families.ts): the same subject
 * lends two clauses the weaker same-topic thresholds, but only where it points at them. When a
 * source has several clauses on the subject, the topic alone cannot say which of them another
 * source's clause restates; its words and concepts must, so the pair keeps the weaker thresholds
 * only when each clause is the other's best-scoring clause on that topic in the other's source.
 * Duty set 7's hospital standard has "no personal social media on shift" and "no Trust
 * computers for personal browsing", both personal use: the university's "occasional personal
 * use of University computers" pairs with the second, never on the topic alone with the first.
 *
 * Note: one walk over the scored pairs, the best per (clause, other source) in a map, so the
 * check stays linear in the pairs.
 */
import type { ScoredPairs } from './pairs'

export class TopicChoice {
  private readonly best = new Map<number, number>()
  private readonly sources: number

  constructor(
    pairs: ScoredPairs,
    private readonly sourceOf: ArrayLike<number>,
    private readonly mainTopic: (i: number) => string | undefined,
  ) {
    let most = 0
    for (let i = 0; i < sourceOf.length; i++) most = Math.max(most, sourceOf[i]! + 1)
    this.sources = most
    for (let e = 0; e < pairs.a.length; e++) {
      const a = pairs.a[e]!
      const b = pairs.b[e]!
      if (!this.sameTopic(a, b)) continue
      const s = pairs.similarity[e]!
      this.raise(this.key(a, b), s)
      this.raise(this.key(b, a), s)
    }
  }

  /**
   * Two clauses of different sources with the same main topic, each the other's best pair on
   * that topic in its source (`margin` below the best still counts).
   */
  vouches(a: number, b: number, score: number, margin: number): boolean {
    if (!this.sameTopic(a, b)) return false
    return score >= (this.best.get(this.key(a, b)) ?? -Infinity) - margin && score >= (this.best.get(this.key(b, a)) ?? -Infinity) - margin
  }

  private sameTopic(a: number, b: number): boolean {
    const t = this.mainTopic(a)
    return this.sourceOf[a] !== this.sourceOf[b] && t !== undefined && t === this.mainTopic(b)
  }

  /** Clause a's best against the clauses of b's source. */
  private key(a: number, b: number): number {
    return a * this.sources + this.sourceOf[b]!
  }

  private raise(key: number, s: number): void {
    if (s > (this.best.get(key) ?? -Infinity)) this.best.set(key, s)
  }
}

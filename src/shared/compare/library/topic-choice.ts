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
 * Note: worked out once per pair, in typed arrays: each clause's pairs on its topic gathered
 * (one count, one fill), then its best per other source found with a scratch array indexed by
 * source. A map keyed by (clause, source) did the same and cost a quarter of the families' time
 * at 36,918 clauses.
 */
import type { ScoredPairs } from './pairs'

export class TopicChoice {
  /**
   * For pair e on one topic: the pair holding a[e]'s best score against b[e]'s source on that
   * topic (bestOfA), and b[e]'s against a[e]'s source (bestOfB); -1 for a pair not on one topic.
   */
  private readonly bestOfA: Int32Array
  private readonly bestOfB: Int32Array

  constructor(
    private readonly pairs: ScoredPairs,
    sourceOf: ArrayLike<number>,
    mainTopic: (i: number) => string | undefined,
  ) {
    const m = pairs.a.length
    const n = sourceOf.length
    let sources = 0
    for (let i = 0; i < n; i++) sources = Math.max(sources, sourceOf[i]! + 1)
    this.bestOfA = new Int32Array(m).fill(-1)
    this.bestOfB = new Int32Array(m).fill(-1)
    // Each clause's pairs on its topic, as half-edges (2e for the clause as a[e], 2e + 1 as b[e]).
    const start = new Int32Array(n + 1)
    const onTopic = new Uint8Array(m)
    for (let e = 0; e < m; e++) {
      const a = pairs.a[e]!
      const b = pairs.b[e]!
      const t = mainTopic(a)
      if (sourceOf[a] === sourceOf[b] || t === undefined || t !== mainTopic(b)) continue
      onTopic[e] = 1
      start[a + 1]!++
      start[b + 1]!++
    }
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
    const half = new Int32Array(start[n]!)
    const next = start.slice(0, n)
    for (let e = 0; e < m; e++) {
      if (!onTopic[e]) continue
      half[next[pairs.a[e]!]!++] = 2 * e
      half[next[pairs.b[e]!]!++] = 2 * e + 1
    }
    const bestEdge = new Int32Array(sources)
    const seenFor = new Int32Array(sources).fill(-1)
    const otherSource = (h: number): number => sourceOf[h & 1 ? pairs.a[h >> 1]! : pairs.b[h >> 1]!]!
    for (let c = 0; c < n; c++) {
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const e = half[k]! >> 1
        const src = otherSource(half[k]!)
        if (seenFor[src] !== c || pairs.similarity[e]! > pairs.similarity[bestEdge[src]!]!) {
          seenFor[src] = c
          bestEdge[src] = e
        }
      }
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const h = half[k]!
        ;(h & 1 ? this.bestOfB : this.bestOfA)[h >> 1] = bestEdge[otherSource(h)]!
      }
    }
  }

  /**
   * Pair e: two clauses of different sources with the same main topic, each the other's best
   * pair on that topic in its source (`margin` below the best still counts).
   */
  vouches(e: number, margin: number): boolean {
    const ba = this.bestOfA[e]!
    if (ba < 0) return false
    const s = this.pairs.similarity[e]!
    return s >= this.pairs.similarity[ba]! - margin && s >= this.pairs.similarity[this.bestOfB[e]!]! - margin
  }
}

/**
 * Gap filling: a clause rewritten in other words may share too few terms to pass the
 * threshold, yet stand exactly where its old wording stood. Between two consecutive in-order
 * groups, the clauses left over on each side are matched again with a lower threshold.
 * Note: the lower threshold still asks for shared terms, so a deleted clause and an unrelated
 * new one in the same place stay apart. The gap after the last group is open at its end:
 * revisions append new clauses there, so being left over at the end says little (a removed
 * closing clause and a new one), and it asks for endThreshold. Both documents begin at their
 * start, so the gap before the first group is bounded like any other.
 */
import type { WeightedEdge } from './assignment'
import { sectionSubGaps } from './gap-sections'

export interface Anchor {
  a: readonly number[]
  b: readonly number[]
}

/**
 * The strongest place a clause can stand: the one clause left over on each side between two
 * groups that kept their order, in the same section as both of them on both sides. There a
 * clause rewritten almost wholly in other words still pairs on weak lexical evidence (at
 * least one shared term, and `threshold`).
 */
export interface Snug {
  threshold: number
  sameSection: (i: number, j: number, before: Anchor, after: Anchor) => boolean
  /**
   * The weaker lexical evidence a rewrite leaves (synonyms and derivations counted, 0..1), and
   * the least of it that pairs the snug clauses when their score falls short of `threshold`.
   */
  related?: (i: number, j: number) => number
  relatedThreshold?: number
}

/**
 * Edges between unmatched clauses that sit in the same gap between consecutive anchors.
 * anchors: groups in order in both documents (the longest in-order run), in A's order.
 */
export function gapEdges(
  anchors: readonly Anchor[],
  sizeA: number,
  sizeB: number,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  score: (i: number, j: number) => number,
  threshold: number,
  maxGap: number,
  endThreshold: number = threshold,
  snug?: Snug,
  sections?: { a: readonly string[]; b: readonly string[] },
): WeightedEdge[] {
  const edges: WeightedEdge[] = []
  // Gap k lies after the last clause of anchor k-1 and before the first clause of anchor k.
  const bounds = [{ a: -1, b: -1 }, ...anchors.map((g) => ({ a: Math.max(...g.a), b: Math.max(...g.b) }))]
  const ends = [...anchors.map((g) => ({ a: Math.min(...g.a), b: Math.min(...g.b) })), { a: sizeA, b: sizeB }]
  for (let k = 0; k < ends.length; k++) {
    const from = bounds[k]!
    const to = ends[k]!
    const as: number[] = []
    const bs: number[] = []
    for (let i = from.a + 1; i < to.a; i++) if (freeA(i)) as.push(i)
    for (let j = from.b + 1; j < to.b; j++) if (freeB(j)) bs.push(j)
    if (as.length === 0 || bs.length === 0) continue
    const before = k > 0 ? anchors[k - 1] : undefined
    const after = k < ends.length - 1 ? anchors[k] : undefined
    const parts = sections ? sectionSubGaps(as, bs, sections.a, sections.b, before, after) : [{ as, bs, cut: false }]
    for (const part of parts) {
      if (part.as.length === 0 || part.bs.length === 0 || part.as.length > maxGap || part.bs.length > maxGap) continue
      let bar = k === ends.length - 1 ? Math.max(threshold, endThreshold) : threshold
      const between = before !== undefined && after !== undefined
      // Note: a one-for-one part cut at section boundaries is the only leftover of its section
      // on each side, the sections standing at the same place between the anchors: as snug as
      // a clause between two anchors of its own section.
      const isSnug =
        snug !== undefined && between && part.as.length === 1 && part.bs.length === 1 && (part.cut || snug.sameSection(part.as[0]!, part.bs[0]!, before, after))
      if (isSnug) bar = Math.min(bar, snug.threshold)
      for (const i of part.as) {
        for (const j of part.bs) {
          const s = score(i, j)
          if (s > 0 && s >= bar) edges.push({ i, j, w: s })
          // The snug place and weaker lexical evidence (synonyms, derivations) together.
          else if (isSnug && s > 0 && snug.related && snug.related(i, j) >= (snug.relatedThreshold ?? 1)) edges.push({ i, j, w: bar })
        }
      }
    }
  }
  return edges
}

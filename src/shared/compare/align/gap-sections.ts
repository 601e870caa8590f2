/**
 * A gap that runs through several sections, cut at its section boundaries. A rewrite that
 * renames every heading and rewords a whole short section leaves no anchor inside that
 * section, so the gap between two anchors spans two or more sections and holds more clauses
 * than a rewrite in place is trusted with. When both documents pass through the same number
 * of sections inside the gap, in order, and the first and last of them sit with the anchors
 * alike on both sides, the k-th section of A's part of the gap stands where the k-th of B's
 * does: each pair of them is a gap of its own, judged by the usual rules (its size, its bar),
 * provided each pair holds about as many clauses on each side (one more or less).
 * Note: any disagreement (a section with leftovers on one side only, a section that holds an
 * anchor on one side only) leaves the gap whole, as before.
 */

/** The clauses of a group around the gap, on each side (gaps.ts Anchor; not imported, so that gaps.ts may import this file). */
interface Anchor {
  a: readonly number[]
  b: readonly number[]
}

export interface SubGap {
  as: number[]
  bs: number[]
  /** Cut from a gap through several sections (so its place is its section's, not its anchors'). */
  cut: boolean
}

/**
 * as, bs: the leftovers of one gap, ascending; sectionA / sectionB: each clause's section key;
 * before / after: the anchors around the gap (undefined at either end of the documents).
 */
export function sectionSubGaps(
  as: readonly number[],
  bs: readonly number[],
  sectionA: readonly string[],
  sectionB: readonly string[],
  before: Anchor | undefined,
  after: Anchor | undefined,
): SubGap[] {
  const whole: SubGap[] = [{ as: [...as], bs: [...bs], cut: false }]
  const runsA = runs(as, sectionA)
  const runsB = runs(bs, sectionB)
  if (runsA.length < 2 || runsA.length !== runsB.length) return whole
  // The sections beside the anchors must be beside them on both sides, or on neither.
  const withAnchor = (anchor: readonly number[], run: readonly number[], sections: readonly string[]): boolean =>
    anchor.some((k) => sections[k] === sections[run[0]!])
  for (let k = 0; k < runsA.length; k++) {
    // A section rewritten clause for clause keeps about its length; two policies that merely share a gap's shape do not.
    if (Math.abs(runsA[k]!.length - runsB[k]!.length) > 1) return whole
    if (before && withAnchor(before.a, runsA[k]!, sectionA) !== withAnchor(before.b, runsB[k]!, sectionB)) return whole
    if (after && withAnchor(after.a, runsA[k]!, sectionA) !== withAnchor(after.b, runsB[k]!, sectionB)) return whole
  }
  return runsA.map((ra, k) => ({ as: ra, bs: runsB[k]!, cut: true }))
}

/** Consecutive clauses of one section, in order. */
function runs(indices: readonly number[], sections: readonly string[]): number[][] {
  const out: number[][] = []
  for (const k of indices) {
    const last = out.at(-1)
    if (last && sections[last[0]!] === sections[k]) last.push(k)
    else out.push([k])
  }
  return out
}

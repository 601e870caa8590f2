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

/**
 * Whether leftover k of one side reads as a part of the anchor's one clause on the other side
 * (a split or merge not yet grown): the caller's scores say so, this file has none.
 */
export type PartOfAnchor = (side: 'a' | 'b', k: number, anchor: Anchor) => boolean

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
  partOf?: PartOfAnchor,
): SubGap[] {
  const whole: SubGap[] = [{ as: [...as], bs: [...bs], cut: false }]
  const edges = edgeRuns(runs(as, sectionA), runs(bs, sectionB), sectionA, sectionB, before, after, partOf)
  if (!edges) return whole
  const { runsA, runsB, aside } = edges
  // The sections beside the anchors must be beside them on both sides, or on neither.
  const withAnchor = (anchor: readonly number[], run: readonly number[], sections: readonly string[]): boolean =>
    anchor.some((k) => sections[k] === sections[run[0]!])
  for (let k = 0; k < runsA.length; k++) {
    // A section rewritten clause for clause keeps about its length; two policies that merely share a gap's shape do not.
    if (Math.abs(runsA[k]!.length - runsB[k]!.length) > 1) return whole
    if (before && withAnchor(before.a, runsA[k]!, sectionA) !== withAnchor(before.b, runsB[k]!, sectionB)) return whole
    if (after && withAnchor(after.a, runsA[k]!, sectionA) !== withAnchor(after.b, runsB[k]!, sectionB)) return whole
  }
  // A run set aside stays a part of its own, with nothing on the other side to pair with.
  return [...runsA.map((ra, k) => ({ as: ra, bs: runsB[k]!, cut: true })), ...aside]
}

/**
 * The runs of each side that correspond, as many on each side (two at least), and the runs set
 * aside: a run at either end of the gap that sits in the anchor's own section on one side while
 * the other side's run there does not (the leftover part of a split whose other part is the
 * anchor: "Hurt yourself moving something? Write it in the accident book." before the anchor
 * "Then fill in the online incident form within a day.") is no section of the gap, so it does
 * not keep the sections the gap passes through from lining up. Only a run of one clause that
 * partOf reads as the anchor's part: between two different corpus policies, runs set aside on
 * section alone let 7 weak pairs (0.05-0.13) through. Undefined when they do not line up.
 */
function edgeRuns(
  runsA: number[][],
  runsB: number[][],
  sectionA: readonly string[],
  sectionB: readonly string[],
  before: Anchor | undefined,
  after: Anchor | undefined,
  partOf: PartOfAnchor | undefined,
): { runsA: number[][]; runsB: number[][]; aside: SubGap[] } | undefined {
  const aside: SubGap[] = []
  if (partOf && runsA.length !== runsB.length) {
    const inAnchor = (anchor: readonly number[] | undefined, run: readonly number[] | undefined, sections: readonly string[]): boolean =>
      anchor !== undefined && run !== undefined && anchor.some((k) => sections[k] === sections[run[0]!])
    const part = (side: 'a' | 'b', run: readonly number[] | undefined, anchor: Anchor | undefined): boolean =>
      anchor !== undefined && run !== undefined && run.length === 1 && (side === 'a' ? anchor.b : anchor.a).length === 1 && partOf(side, run[0]!, anchor)
    const runsOf = { a: runsA, b: runsB }
    const sectionsOf = { a: sectionA, b: sectionB }
    // The run at one end of `side` is set aside when it is the anchor's part, in the anchor's
    // section on its side and not on the other, and its side has more runs.
    const sideAside = (side: 'a' | 'b', end: 'first' | 'last', anchor: Anchor | undefined): boolean => {
      const other = side === 'a' ? 'b' : 'a'
      const at = (list: number[][]): number[] | undefined => (end === 'first' ? list[0] : list.at(-1))
      const run = at(runsOf[side])
      if (!part(side, run, anchor) || !inAnchor(anchor?.[side], run, sectionsOf[side]) || inAnchor(anchor?.[other], at(runsOf[other]), sectionsOf[other])) return false
      if (runsOf[side].length <= runsOf[other].length) return false
      const taken = end === 'first' ? runsOf[side].shift()! : runsOf[side].pop()!
      aside.push(side === 'a' ? { as: taken, bs: [], cut: false } : { as: [], bs: taken, cut: false })
      return true
    }
    // Note: only when the sides differ in their count of runs: a gap already lined up is judged as before.
    if (!sideAside('b', 'last', after)) sideAside('a', 'last', after)
    if (runsA.length !== runsB.length && !sideAside('b', 'first', before)) sideAside('a', 'first', before)
  }
  if (runsA.length < 2 || runsA.length !== runsB.length) return undefined
  return { runsA, runsB, aside }
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

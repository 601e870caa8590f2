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
import { type PartOfAnchor, sectionSubGaps, type SubGap } from './gap-sections'

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
  /**
   * The pair's score without the gap's length check (the shorter clause holding a third of the
   * longer's terms): the snug place lets a terse item pair with its rewording at length when the
   * score alone reaches `threshold` ("No unauthorised passengers." / "Only take people with you
   * who are travelling for work or whom your manager has approved. For example, ..."). Note:
   * measured on every corpus, revision and generated-variant comparison, both ways: that pair
   * alone changed (a replaced clause in the same place shares less than the bar).
   */
  unchecked?: (i: number, j: number) => number
  /**
   * The distinct ideas two clauses share (terms or their synonyms), for the closing clauses;
   * given only in a revision (see closingClauses).
   */
  ideas?: (i: number, j: number) => number
}

/**
 * A pair in a gap of several clauses whose score is at least this many times that of every
 * other pair either of its clauses makes in the gap: it has no rival there, and its place
 * counts as a snug pair's does. Note: measured on the tune set, a reworded clause beside a
 * removed and a new one ("informed of the fire evacuation procedure" / "what to do if the fire
 * alarm sounds") scores 0.096 against rivals of 0.02-0.04. Only in a crowded gap (see gapEdges).
 */
const UNRIVALLED = 2

function unrivalled(i: number, j: number, s: number, part: { as: readonly number[]; bs: readonly number[] }, score: (i: number, j: number) => number): boolean {
  for (const x of part.as) if (x !== i && score(x, j) * UNRIVALLED > s) return false
  for (const y of part.bs) if (y !== j && score(i, y) * UNRIVALLED > s) return false
  return true
}

/**
 * Whether i and j stand alike beside the anchors around their gap: each in the section of the
 * anchor before it on its side exactly when the other is, the same for the anchor after, and
 * in one of them at least (a gap at the end of one section, or at the start of the next).
 */
export function besideAnchors(i: number, j: number, before: Anchor, after: Anchor, sections: { a: readonly string[]; b: readonly string[] }): boolean {
  const inA = (anchor: Anchor): boolean => anchor.a.some((k) => sections.a[k] === sections.a[i])
  const inB = (anchor: Anchor): boolean => anchor.b.some((k) => sections.b[k] === sections.b[j])
  return inA(before) === inB(before) && inA(after) === inB(after) && (inA(before) || inA(after))
}

/**
 * Whether a leftover beside an anchor whose other side is one clause scores higher with that
 * clause than with its gap partner: then it is more likely a part the anchor has not yet taken
 * (a split or merge grows after gaps are filled) than a rewording of the gap clause. Note: on
 * the tune set, "Phone your manager on the first day you are ill." (0.25 with "The employee
 * must notify their manager on the first day of illness and provide a fit note ...", already
 * paired with the fit-note sentence beside it) went to "An employee who falls ill during annual
 * leave may reclaim the days ..." (0.20), whose own rewording then stayed alone.
 */
/**
 * The least score a leftover needs with an anchor's one clause to be held back for it as a part.
 * Note: with no floor, a leftover scoring 0.1 with the anchor against 0.08 with its gap partner
 * was held back too, and in a rewrite most leftovers score a little with some neighbour (tune
 * recall 0.947 -> 0.941).
 */
const ANCHOR_PART = 0.2

function anchorsPart(i: number, j: number, s: number, before: Anchor | undefined, after: Anchor | undefined, score: (i: number, j: number) => number): boolean {
  for (const anchor of [before, after]) {
    if (anchor === undefined) continue
    if (anchor.a.length === 1 && anchor.b.some((y) => Math.abs(y - j) === 1) && score(anchor.a[0]!, j) > Math.max(s, ANCHOR_PART)) return true
    if (anchor.b.length === 1 && anchor.a.some((x) => Math.abs(x - i) === 1) && score(i, anchor.b[0]!) > Math.max(s, ANCHOR_PART)) return true
  }
  return false
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
  for (const { part, before, after, last } of gapParts(anchors, sizeA, sizeB, freeA, freeB, sections)) {
    if (part.as.length === 0 || part.bs.length === 0 || part.as.length > maxGap || part.bs.length > maxGap) continue
    let bar = last ? Math.max(threshold, endThreshold) : threshold
    const between = before !== undefined && after !== undefined
    // Note: a part cut at section boundaries holds the only leftovers of its section on each
    // side, the sections standing at the same place between the anchors: as placed as
    // clauses between two anchors of their own section.
    const placed = snug !== undefined && between && (part.cut || (sections !== undefined && part.as.every((i) => part.bs.every((j) => besideAnchors(i, j, before, after, sections)))))
    const isSnug = snug !== undefined && between && part.as.length === 1 && part.bs.length === 1 && (part.cut || snug.sameSection(part.as[0]!, part.bs[0]!, before, after))
    if (isSnug) bar = Math.min(bar, snug!.threshold)
    const closing = snug !== undefined && last && closingClauses(part, before, sizeA, sizeB, sections)
    // Note: only where each side holds two leftovers or more (a removed and a new clause beside
    // the rewording); one clause against one or two is the snug rule's, or nobody's (a clause
    // replaced by an unrelated one that shares a word scores 0.08-0.09 there, with no rival).
    const crowded = placed && part.as.length >= 2 && part.bs.length >= 2
    for (const i of part.as) {
      for (const j of part.bs) {
        const s = score(i, j)
        // Note: only where the gap clause has another partner in the gap at the bar; else the
        // leftover is as likely its rewording ("This policy applies to all uniformed and support
        // staff" / "Everyone who works for us, in uniform or not, ..." beside an anchor it scores higher with).
        const otherPartner = part.bs.some((y) => y !== j && score(i, y) > 0 && score(i, y) >= bar) || part.as.some((x) => x !== i && score(x, j) > 0 && score(x, j) >= bar)
        if (otherPartner && anchorsPart(i, j, s, before, after, score)) continue
        if (s > 0 && s >= bar) edges.push({ i, j, w: s })
        // The snug place lets lengths differ: a terse item written out at length.
        else if (isSnug && snug!.unchecked && snug!.unchecked(i, j) >= bar) edges.push({ i, j, w: snug!.unchecked(i, j) })
        // The snug place and weaker lexical evidence (synonyms, derivations) together. Note: whatever
        // the score, which drops pairs under 0.05 (CANDIDATE_FLOOR): a rewording sharing one word
        // and the rest in synonyms scores 0.04 ("maintain contact" / "keep in touch"); the related
        // share itself asks for shared words or their synonyms.
        else if (isSnug && snug!.related && snug!.related(i, j) >= (snug!.relatedThreshold ?? 1)) edges.push({ i, j, w: bar })
        // The closing clauses: the same evidence, and three shared ideas (see closingClauses).
        else if (closing && snug!.related && snug!.ideas && snug!.related(i, j) >= (snug!.relatedThreshold ?? 1) && snug!.ideas(i, j) >= CLOSING_IDEAS) edges.push({ i, j, w: bar })
        // A placed pair with no rival in its gap (a removed and a new clause beside it share little with either) is as good as snug.
        else if (crowded && s >= snug!.threshold && unrivalled(i, j, s, part, score)) edges.push({ i, j, w: s })
      }
    }
  }
  return edges
}

/**
 * Distinct ideas the closing clauses must share besides the related share. Note: a removed
 * review clause and a new contact line, each closing its document alone, share two and pass
 * the related share ("This policy shall be reviewed annually by the Head of ICT." / "Questions
 * about this guide? Ring the ICT Service Desk.": ICT, policy ~ guide); the one rewording of
 * the tune set in that place shares three (technology, annually ~ every year, legislation ~ law).
 */
const CLOSING_IDEAS = 3

/**
 * Whether the part is the last clause of each document and nothing else, after the last anchor,
 * each alone in the last section of its document: the end of both
 * documents bounds it as a next anchor would, so it is as placed as a snug pair and pairs on the
 * same weak lexical evidence (synonyms and derivations) with CLOSING_IDEAS, never on the lower snug score ("This
 * policy shall be reviewed annually ... in light of developments in technology and legislation."
 * / "We will look at these rules again every year, sooner if the technology or the law
 * changes."). Note: a removed closing clause beside an unrelated new one is what the open end
 * usually holds (END_GAP_THRESHOLD), so the score bar there stays as it was. In a revision only
 * (a third of each side aligned): between two different corpus policies it paired "Departments
 * may publish more detailed rules ..." with "The ... Directorate will review this guidance ...".
 */
export function closingClauses(part: SubGap, before: Anchor | undefined, sizeA: number, sizeB: number, sections?: { a: readonly string[]; b: readonly string[] }): boolean {
  if (before === undefined || part.as.length !== 1 || part.bs.length !== 1) return false
  const i = part.as[0]!
  const j = part.bs[0]!
  if (i !== sizeA - 1 || j !== sizeB - 1) return false
  // Each the whole of a last section of its own: a closing section renamed, as a gap cut at
  // sections is (gap-sections.ts). Note: in the last anchor's section, a removed closing clause
  // and an unrelated new one share as much ("Employees who become aware of a breach should
  // report it to their line manager." / "If you are being harassed online ..., talk to your
  // manager ...").
  if (sections === undefined) return false
  return sections.a[i - 1] !== sections.a[i] && sections.b[j - 1] !== sections.b[j] && !before.a.some((k) => sections.a[k] === sections.a[i]) && !before.b.some((k) => sections.b[k] === sections.b[j])
}

/** One part of a gap: its leftovers (cut at sections where gap-sections.ts cuts), the anchors around it. */
export interface GapPart {
  part: SubGap
  before: Anchor | undefined
  after: Anchor | undefined
  /** The gap after the last anchor, open at its end. */
  last: boolean
}

/**
 * The gaps between consecutive anchors holding leftovers on both sides, each cut at its
 * section boundaries where both documents pass through as many sections (gap-sections.ts).
 * anchors: groups in order in both documents (the longest in-order run), in A's order.
 */
export function* gapParts(
  anchors: readonly Anchor[],
  sizeA: number,
  sizeB: number,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  sections?: { a: readonly string[]; b: readonly string[]; partOf?: PartOfAnchor },
): Generator<GapPart> {
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
    const parts = sections ? sectionSubGaps(as, bs, sections.a, sections.b, before, after, sections.partOf) : [{ as, bs, cut: false }]
    for (const part of parts) yield { part, before, after, last: k === ends.length - 1 }
  }
}

/**
 * Leftovers paired in order: a policy rewritten in another voice ("the disclosure of passwords
 * is prohibited" / "never tell anyone else your password") keeps its clauses in their order
 * within each section, but most of them share too few words to pass even the gap threshold,
 * and a section rewritten whole leaves more leftovers than the gap rules trust (gaps.ts
 * MAX_GAP). Inside a gap between two in-order anchors, where the leftovers of both sides stand
 * alike (the same sections, see `placed`), the two orders are aligned as sequences are: a
 * monotone path (dynamic programming) that takes the pairs of most evidence without crossing.
 * A pair is taken only where its own evidence is real: a soft similarity that sees through a
 * change of voice (synonyms and derivations of related-words.json, shared stems) reaching
 * ORDERED_FLOOR, made of two distinct ideas at least (one shared word is chance: a removed
 * clause and an unrelated new one in its place often share one).
 */
import { relatedTerms } from '../text-features'
import { type Anchor, besideAnchors, type GapPart, gapParts } from './gaps'

/**
 * The least evidence of a pair on the path. Note: measured on the tune set, reworded clauses
 * in order score 0.16-0.36 (mutual soft coverage), a removed clause against the unrelated new
 * one beside it at most 0.14 with two shared ideas (0.10-0.13 with one).
 */
export const ORDERED_FLOOR = 0.15

/**
 * The least evidence of a path of one pair: a lone pair has no order to back it (a clause
 * replaced in place by an unrelated one that shares some policy words scores 0.15-0.21 on the
 * generated variants), so it must carry more on its own. Note: a reworded clause alone in its
 * gap measured 0.35 on the tune set ("state the salary range" / "say how much the job pays").
 */
export const ORDERED_LONE_FLOOR = 0.25

/**
 * The share of the clauses of each side (of the shorter document's length) that must be aligned
 * for the comparison to count as a revision (see orderedLeftoverPairs). Note: measured over 28
 * comparisons of two different corpus policies, a third and a half each take one more weak
 * pair (below 0.3) than no pair-by-pair reading, a quarter 17 more; a heavy rewrite aligns
 * little before this pass, so the lower of the two.
 */
export const REVISION_SHARE = 1 / 3

/** Two distinct ideas (terms of one clause found in the other, or their synonyms) at least. */
export const ORDERED_IDEAS = 2

/**
 * A part of a gap with more leftovers than this on either side is no rewrite in place (a long
 * section rewritten whole). Note: no gap of the tune set or the generated variants that the
 * rule may read holds more than eight; 8, 12 and 14 gave the same figures.
 */
export const ORDERED_MAX_SIDE = 12

/**
 * The open gap after the last anchor is read only in a revision, holding at least this many
 * leftovers on each side, and only a path of two pairs or more is taken there: a closing part
 * rewritten whole (a policy's last sections in a new voice, where no clause kept enough words
 * to anchor it) keeps its order like any other, whereas a removed closing clause and an
 * unrelated new one appended (one a side, 0.14 alike on a real revision) have no order to show.
 */
export const OPEN_END_MIN_SIDE = 2

/** Whether a gap part may be read by the leftover passes, and whether a lone pair may be taken in it. */
export function readableGap(gap: GapPart, revision: boolean): { read: boolean; lone: boolean } {
  if (!gap.last) return { read: true, lone: true }
  const read = revision && gap.part.as.length >= OPEN_END_MIN_SIDE && gap.part.bs.length >= OPEN_END_MIN_SIDE
  return { read, lone: false }
}

/**
 * The pairs of the best monotone path through `as` x `bs` (both ascending): the path that
 * maximises the summed excess of evidence over `floor`, each pair at or above it. Ties keep
 * the earlier pairing (the order of the loops), so the result depends on the evidence alone.
 */
export function orderedPairs(as: readonly number[], bs: readonly number[], evidence: (i: number, j: number) => number, floor: number): [number, number][] {
  const n = as.length
  const m = bs.length
  // best[x][y]: the most summed excess over as[x..] x bs[y..].
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1))
  const gain: Float64Array[] = Array.from({ length: n }, (_, x) => Float64Array.from(bs, (j) => evidence(as[x]!, j) - floor))
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const g = gain[x]![y]!
      const take = g >= 0 ? g + best[x + 1]![y + 1]! : -Infinity
      best[x]![y] = Math.max(take, best[x + 1]![y]!, best[x]![y + 1]!)
    }
  }
  const out: [number, number][] = []
  let x = 0
  let y = 0
  while (x < n && y < m) {
    const g = gain[x]![y]!
    if (g >= 0 && g + best[x + 1]![y + 1]! >= best[x]![y]!) {
      out.push([as[x]!, bs[y]!])
      x++
      y++
    } else if (best[x + 1]![y]! >= best[x]![y + 1]!) x++
    else y++
  }
  return out
}

/** How many distinct terms of `x` are in `y`, as written or as a synonym (relatedTerms). */
function ideasIn(x: readonly string[], y: ReadonlySet<string>): number {
  let n = 0
  for (const t of new Set(x)) {
    if (y.has(t)) n++
    else for (const r of relatedTerms(t)) if (y.has(r)) {
      n++
      break
    }
  }
  return n
}

/** The ideas two clauses share, counted from the side that finds fewer (the same from either side). */
export function sharedIdeas(x: readonly string[], y: readonly string[]): number {
  return Math.min(ideasIn(x, new Set(y)), ideasIn(y, new Set(x)))
}

/**
 * Whether the leftovers of a gap part stand alike on both sides: cut at corresponding section
 * boundaries, each pair beside the same anchors' sections (gaps.ts besideAnchors), or each side
 * one section of its own that neither anchor around the gap holds (a section rewritten whole).
 */
export function placed(gap: GapPart, sections: { a: readonly string[]; b: readonly string[] }): boolean {
  const { part, before, after } = gap
  if (part.cut) return true
  if (before && after && part.as.every((i) => part.bs.every((j) => besideAnchors(i, j, before, after, sections)))) return true
  const one = (xs: readonly number[], keys: readonly string[], anchorOf: (g: Anchor) => readonly number[]): boolean =>
    xs.every((k) => keys[k] === keys[xs[0]!]) && [before, after].every((g) => !g || anchorOf(g).every((k) => keys[k] !== keys[xs[0]!]))
  return one(part.as, sections.a, (g) => g.a) && one(part.bs, sections.b, (g) => g.b)
}

/** Whether i and j stand alike beside the anchors of their gap: each in an anchor's section exactly when the other is. */
export const pairAlike = (gap: GapPart, sections: { a: readonly string[]; b: readonly string[] }) => (i: number, j: number): boolean => {
  const inA = (g: Anchor | undefined): boolean => g !== undefined && g.a.some((k) => sections.a[k] === sections.a[i])
  const inB = (g: Anchor | undefined): boolean => g !== undefined && g.b.some((k) => sections.b[k] === sections.b[j])
  return inA(gap.before) === inB(gap.before) && inA(gap.after) === inB(gap.after)
}

/**
 * Pairs (i of A, j of B) of leftovers taken in order, gap by gap (see the top of this file).
 * anchors: the in-order run of groups, in A's order; evidence: the soft similarity of two
 * clauses (0 where they may not pair); ideas: the distinct ideas they share; revision: whether
 * the documents are versions of one another (most clauses aligned), where a gap whose
 * leftovers do not stand alike as a whole (sections merged or split, so not cut) is still read
 * pair by pair, each clause beside the anchors' sections exactly when the other is. Note:
 * between two different policies that reading, ungated, took 16 more weak pairs (below 0.3)
 * over 28 comparisons of the corpus; gated by REVISION_SHARE, one.
 * After the last anchor only as readableGap allows: a revision appends new clauses beside removed ones.
 */
export function orderedLeftoverPairs(
  anchors: readonly Anchor[],
  sizeA: number,
  sizeB: number,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  sections: { a: readonly string[]; b: readonly string[] },
  evidence: (i: number, j: number) => number,
  ideas: (i: number, j: number) => number,
  revision = false,
): [number, number][] {
  const alike = (gap: GapPart) => pairAlike(gap, sections)
  const unanchored = unanchoredSections(anchors, sections)
  const out: [number, number][] = []
  for (const gap of gapParts(anchors, sizeA, sizeB, freeA, freeB, sections)) {
    const { as, bs } = gap.part
    const readable = readableGap(gap, revision)
    if (!readable.read || as.length === 0 || bs.length === 0 || as.length > ORDERED_MAX_SIDE || bs.length > ORDERED_MAX_SIDE) continue
    const whole = placed(gap, sections)
    if (!whole && !revision) continue
    const standAlike = whole ? () => true : orNew(alike(gap), unanchored, gap, sections)
    const real = (i: number, j: number): number => (standAlike(i, j) && ideas(i, j) >= ORDERED_IDEAS ? evidence(i, j) : 0)
    const path = orderedPairs(as, bs, real, ORDERED_FLOOR)
    if (path.length >= 2) out.push(...path)
    else if (readable.lone) out.push(...orderedPairs(as, bs, real, ORDERED_LONE_FLOOR))
  }
  return out
}

/**
 * The share of a side's sections that must hold an anchor before a clause of the other side in a
 * section no anchor holds is read as a re-cut of it. Note: measured where the rule would fire,
 * tune revisions cut into question headings hold anchors in 0.80-1.00 of the old side's sections;
 * between two different corpus policies (bench/align-weak-pairs.ts) 0.29-0.62, where it took 5
 * weak pairs over 28 comparisons.
 */
export const OUTLINE_HELD = 0.75

/**
 * Which clauses of A (a) and of B (b) sit in a section that holds no anchor: a heading the
 * revision made new (a question of a question-and-answer rewrite: "What can I take time off
 * for?" cut out of "2. Entitlement"), where no anchor says which old section it stands beside;
 * and the share of each side's sections that hold an anchor (how much of its outline the other
 * document accounts for).
 */
export function unanchoredSections(
  anchors: readonly Anchor[],
  sections: { a: readonly string[]; b: readonly string[] },
): { a: (i: number) => boolean; b: (j: number) => boolean; heldA: number; heldB: number } {
  const heldA = new Set(anchors.flatMap((g) => g.a.map((k) => sections.a[k])))
  const heldB = new Set(anchors.flatMap((g) => g.b.map((k) => sections.b[k])))
  const share = (keys: readonly string[], held: Set<string | undefined>): number => {
    const all = new Set(keys)
    return all.size === 0 ? 0 : [...all].filter((k) => held.has(k)).length / all.size
  }
  return { a: (i) => !heldA.has(sections.a[i]), b: (j) => !heldB.has(sections.b[j]), heldA: share(sections.a, heldA), heldB: share(sections.b, heldB) }
}

/**
 * Two leftovers stand alike; or one sits in a section no anchor holds and the other in the
 * section of an anchor around their gap (the old section the new headings were cut from), on a
 * side whose outline is mostly held (OUTLINE_HELD). Such a clause's place tells nothing against
 * its partner, so the pair is read on its own evidence (the floor and the ideas, as any other).
 */
function orNew(
  alike: (i: number, j: number) => boolean,
  unanchored: ReturnType<typeof unanchoredSections>,
  gap: GapPart,
  sections: { a: readonly string[]; b: readonly string[] },
): (i: number, j: number) => boolean {
  const around = [gap.before, gap.after].filter((g): g is Anchor => g !== undefined)
  const besideA = (i: number): boolean => unanchored.heldA >= OUTLINE_HELD && around.some((g) => g.a.some((k) => sections.a[k] === sections.a[i]))
  const besideB = (j: number): boolean => unanchored.heldB >= OUTLINE_HELD && around.some((g) => g.b.some((k) => sections.b[k] === sections.b[j]))
  return (i, j) => alike(i, j) || (unanchored.b(j) && besideA(i)) || (unanchored.a(i) && besideB(j))
}

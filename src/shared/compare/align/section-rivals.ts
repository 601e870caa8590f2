/**
 * Leftovers paired by their section when their better partners are spoken for. A clause
 * reworded and moved within its section ("Loss or theft of a device must be reported to the
 * ICT Service Desk immediately ..." / "If it's lost or stolen, call the ICT Service Desk straight
 * away.", put after the clause it used to precede) scores higher with other clauses that name
 * the same desk than with its rewording, so section-leftovers.ts (each the other's best of all)
 * passes it by. But those other clauses are aligned with partners they are more alike: they are
 * no rivals. Here a left-over clause of A and one of B pair when they stand in sections that
 * correspond (each where most of the other's aligned clauses went), each is the other's best
 * partner once partners aligned with something more alike are set aside, the score reaches
 * the section bar (section-leftovers.ts SECTION_SHARE), and each has no place of its own: it
 * stands between two consecutive in-order anchors whose partners are neighbours on the other
 * side, and the other clause stands within NEAR of that place. Note: with the place read from
 * the nearest aligned neighbours instead (one of them moved far), a generated variant paired a
 * replaced clause with an unrelated one in the same broad section, on "official accounts" and
 * "communications team" (0.21; the lost-or-stolen rewording: 0.18), and so did the 300x300
 * bench material, on "Corporate Communications" and "official account" (0.22).
 */
import type { Anchor } from './gaps'
import type { AlignedGroup } from './groups'
import type { PairScores } from './scores'
import { bestOf, sectionHomes } from './section-leftovers'

/** How far (in clauses) from the place a moved clause left the other clause may stand: a move within the section. */
const NEAR = 2

/** Pairs (i of A, j of B) of leftovers that are each other's best unrivalled partner, in sections that correspond. */
export function unrivalledSectionPairs(
  groups: readonly AlignedGroup[],
  anchors: readonly Anchor[],
  scores: PairScores,
  sections: { a: readonly string[]; b: readonly string[] },
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  bar: number,
  allowed: (i: number, j: number) => boolean,
): [number, number][] {
  const nA = sections.a.length
  const nB = sections.b.length
  // How alike each clause is to what it is aligned with (0 when free).
  const heldA = new Float64Array(nA)
  const heldB = new Float64Array(nB)
  for (const g of groups) {
    for (const i of g.a) heldA[i] = Math.max(heldA[i]!, g.similarity)
    for (const j of g.b) heldB[j] = Math.max(heldB[j]!, g.similarity)
  }
  const homeOfA = sectionHomes(groups, sections.a, sections.b, (g) => g.a, (g) => g.b)
  const homeOfB = sectionHomes(groups, sections.b, sections.a, (g) => g.b, (g) => g.a)
  // A partner is a rival when it is free, or scores with this clause at least what it holds now.
  const bestOfA = (i: number): number => bestOf(scores.partnersOf(i).filter((y) => scores.get(i, y) >= heldB[y]!), (y) => scores.get(i, y))
  const bestOfB = (j: number): number => bestOf(scores.partnersOfB(j).filter((x) => scores.get(x, j) >= heldA[x]!), (x) => scores.get(x, j))
  // Note: both ways, so that swapping A and B finds the same pairs.
  const near = (i: number, j: number): boolean => movedNear(anchors, (g) => g.a, (g) => g.b, i, j) && movedNear(anchors, (g) => g.b, (g) => g.a, j, i)
  const out: [number, number][] = []
  for (let i = 0; i < nA; i++) {
    if (!freeA(i)) continue
    const j = bestOfA(i)
    if (j < 0 || !freeB(j) || scores.get(i, j) < bar) continue
    if (homeOfA.get(sections.a[i]!) !== sections.b[j] || homeOfB.get(sections.b[j]!) !== sections.a[i]) continue
    if (bestOfB(j) !== i || !near(i, j) || !allowed(i, j)) continue
    out.push([i, j])
  }
  return out
}

/**
 * Whether p stands between two consecutive anchors whose partners on the other side are
 * neighbours (nothing stands between them there: p has no place of its own there, so it moved),
 * and k within NEAR of that place. own / other: the anchor's clauses on p's side and on k's.
 */
function movedNear(anchors: readonly Anchor[], own: (g: Anchor) => readonly number[], other: (g: Anchor) => readonly number[], p: number, k: number): boolean {
  for (let x = 0; x + 1 < anchors.length; x++) {
    const [before, after] = [anchors[x]!, anchors[x + 1]!]
    if (!(Math.max(...own(before)) < p && p < Math.min(...own(after)))) continue
    const place = Math.min(...other(after))
    return Math.max(...other(before)) + 1 === place && k >= place - 1 - NEAR && k <= place + NEAR
  }
  return false
}

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
 * the section bar (section-leftovers.ts SECTION_SHARE), and B's clause stands near where A's
 * aligned neighbours place it (NEAR). Note: without that last, a generated variant paired a
 * replaced clause with an unrelated one twenty clauses away in the same broad section, on
 * "official accounts" and "communications team" (0.21; the lost-or-stolen rewording: 0.18).
 */
import type { AlignedGroup } from './groups'
import type { PairScores } from './scores'
import { bestOf, sectionHomes } from './section-leftovers'

/**
 * How far (in clauses) B's clause may stand outside the span between the partners of A's
 * nearest aligned neighbours: a move within the section, not across it.
 */
const NEAR = 2

/** Pairs (i of A, j of B) of leftovers that are each other's best unrivalled partner, in sections that correspond. */
export function unrivalledSectionPairs(
  groups: readonly AlignedGroup[],
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
  // Each clause's aligned partner on the other side (its first clause), to place a leftover by its neighbours.
  const partnerOfA = new Int32Array(nA).fill(-1)
  const partnerOfB = new Int32Array(nB).fill(-1)
  for (const g of groups) {
    for (const i of g.a) partnerOfA[i] = Math.min(...g.b)
    for (const j of g.b) partnerOfB[j] = Math.min(...g.a)
  }
  // Note: both ways, so that swapping A and B finds the same pairs.
  const near = (i: number, j: number): boolean => placedNear(partnerOfA, i, j, nB) && placedNear(partnerOfB, j, i, nA)
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

/** Whether k of the other side stands within NEAR of the span between the partners of p's nearest aligned neighbours. */
function placedNear(partner: Int32Array, p: number, k: number, otherSize: number): boolean {
  let before = p - 1
  while (before >= 0 && partner[before]! < 0) before--
  let after = p + 1
  while (after < partner.length && partner[after]! < 0) after++
  const around = [before >= 0 ? partner[before]! : 0, after < partner.length ? partner[after]! : otherSize - 1]
  return k >= Math.min(...around) - NEAR && k <= Math.max(...around) + NEAR
}

/**
 * Leftovers paired by their section: a clause reworded and moved within its section (an entry
 * rule put before the rule it followed: "Entries must state the donor, the estimated value ..."
 * / "Each entry must say who made the offer, what it was worth ...") is in no gap with its new
 * wording, so the gap rules never see it, and it scores a little under the threshold. Its
 * section is the evidence the words lack: a left-over clause of A and one of B pair when B's
 * clause stands in the section where most of the A section's aligned clauses went, each is the
 * other's best partner of all (by score, among every clause, aligned or not), and the score
 * reaches SECTION_BAR.
 */
import type { AlignedGroup } from './groups'
import type { PairScores } from './scores'

/**
 * The least score of such a pair, as a share of the threshold. Note: measured on the tune set,
 * the moved rewording above scores 0.28; unrelated leftovers of one section on the generated
 * variants share words with a clause that has a better partner, and are not each other's best.
 */
export const SECTION_SHARE = 0.6

/**
 * A section's home must hold at least this many of its aligned groups: one clause that happens
 * to pair says little of where a section went (two different policies share a clause here and
 * there; a revision keeps most of a section together).
 */
const HOME_VOTES = 2

/** Pairs (i of A, j of B) of leftovers that are each other's best partner, in sections that correspond. */
export function sectionLeftoverPairs(
  groups: readonly AlignedGroup[],
  scores: PairScores,
  sections: { a: readonly string[]; b: readonly string[] },
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  bar: number,
  allowed: (i: number, j: number) => boolean,
): [number, number][] {
  // Note: both ways, so that swapping A and B finds the same pairs.
  const homeOfA = sectionHomes(groups, sections.a, sections.b, (g) => g.a, (g) => g.b)
  const homeOfB = sectionHomes(groups, sections.b, sections.a, (g) => g.b, (g) => g.a)
  const out: [number, number][] = []
  const nA = sections.a.length
  for (let i = 0; i < nA; i++) {
    if (!freeA(i)) continue
    const j = bestOf(scores.partnersOf(i), (y) => scores.get(i, y))
    if (j < 0 || !freeB(j) || scores.get(i, j) < bar || homeOfA.get(sections.a[i]!) !== sections.b[j] || homeOfB.get(sections.b[j]!) !== sections.a[i]) continue
    if (bestOf(scores.partnersOfB(j), (x) => scores.get(x, j)) !== i || !allowed(i, j)) continue
    out.push([i, j])
  }
  return out
}

/** The partner with the highest score (ties: the lowest index), or -1. */
export function bestOf(partners: readonly number[], score: (k: number) => number): number {
  let best = -1
  let bestScore = 0
  for (const k of partners) {
    const s = score(k)
    if (s > bestScore || (s === bestScore && best >= 0 && k < best)) {
      best = k
      bestScore = s
    }
  }
  return best
}

/** Where each section of one side went: the other side's section holding most of its aligned clauses (ties: the first met). */
export function sectionHomes(
  groups: readonly AlignedGroup[],
  from: readonly string[],
  to: readonly string[],
  own: (g: AlignedGroup) => readonly number[],
  other: (g: AlignedGroup) => readonly number[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>()
  for (const g of groups) {
    const f = from[own(g)[0]!]!
    const t = to[other(g)[0]!]!
    let v = votes.get(f)
    if (!v) votes.set(f, (v = new Map()))
    v.set(t, (v.get(t) ?? 0) + 1)
  }
  const home = new Map<string, string>()
  for (const [f, v] of votes) {
    let best = ''
    let most = 0
    for (const [t, n] of v) if (n > most) [best, most] = [t, n]
    if (most >= HOME_VOTES) home.set(f, best)
  }
  return home
}

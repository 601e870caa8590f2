/**
 * Leftovers tied by a figure (figures.ts): in a revision, a clause of A and one of B left over
 * by every other rule pair when they alone hold the same figure, wherever they stand, and share
 * at least one idea. "Employees must telephone their line manager before 9.30am on the first
 * day of absence." / "Ring your manager by 9.30am." share "manager" and the time, and nothing
 * else: too little for any bar on words, and the section it stood in was cut up and reordered.
 */
import type { FigureLink } from './figures'

/**
 * Distinct ideas (terms or their synonyms) the two must share besides the figure. Note: one is
 * enough with a figure held by no other clause; none would let "£10" alone pair two clauses of
 * different subjects (a fee and an allowance).
 */
export const FIGURE_IDEAS = 1

/** Pairs (i of A, j of B) of leftovers tied by a figure; a clause in two links pairs with neither. */
export function figurePairs(
  links: readonly FigureLink[],
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  allowed: (i: number, j: number) => boolean,
  ideas: (i: number, j: number) => number,
): [number, number][] {
  // Note: a clause of A whose figures are each held by a different clause of B (a clause split
  // in two, a figure in each part) is a split, not a pair: such clauses are left to the groups.
  const partnersA = new Map<number, Set<number>>()
  const partnersB = new Map<number, Set<number>>()
  for (const l of links) {
    partnersA.set(l.a, (partnersA.get(l.a) ?? new Set()).add(l.b))
    partnersB.set(l.b, (partnersB.get(l.b) ?? new Set()).add(l.a))
  }
  const out: [number, number][] = []
  for (const [i, js] of partnersA) {
    if (js.size !== 1) continue
    const j = [...js][0]!
    if (partnersB.get(j)!.size !== 1 || !freeA(i) || !freeB(j) || !allowed(i, j) || ideas(i, j) < FIGURE_IDEAS) continue
    out.push([i, j])
  }
  return out.sort((x, y) => x[0] - y[0])
}

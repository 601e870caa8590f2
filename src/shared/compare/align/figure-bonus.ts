/**
 * A candidate pair tied by a figure (figures.ts) scores a little more, like a pair whose
 * neighbours pair: of two near-threshold partners of a clause, the one holding its figure wins.
 * "Staff who are allocated a space but do not use it for four consecutive weeks may lose their
 * space." took "Only you can use it." (0.32) over "Not used your space for four weeks in a row?
 * We may give it to someone else." (0.27), and the second then paired with a neighbour.
 */
import type { FigureLink } from './figures'
import type { PairScores } from './scores'

/** Added to the score of a pair tied by a figure. */
export const FIGURE_BONUS = 0.1

/**
 * Scores with the bonus added to pairs tied by a figure that already score `floor` and where
 * one of the two has a rival partner: like the neighbour bonus, it never makes a pair from nothing. `base` is left as it is: when `scores` is
 * `base` (no neighbour bonus), a copy is changed.
 */
export function withFigureBonus(scores: PairScores, base: PairScores, links: readonly FigureLink[], floor: number, threshold: number): PairScores {
  // Note: only where one of the two has a rival partner at the threshold: the bonus chooses
  // between partners, it does not lift a loose pair of two clauses nothing else wants over the
  // threshold ("not updated for three months" / "an archive of each account every three
  // months", two different policies, 0.21).
  const rival = (l: FigureLink): boolean =>
    base.partnersOf(l.a).some((j) => j !== l.b && base.get(l.a, j) >= threshold) || base.partnersOfB(l.b).some((i) => i !== l.a && base.get(i, l.b) >= threshold)
  const tied = links.filter((l) => base.get(l.a, l.b) >= floor && rival(l))
  if (tied.length === 0) return scores
  const out = scores === base ? base.rescored((_i, _j, s) => s) : scores
  for (const l of tied) out.set(l.a, l.b, out.get(l.a, l.b) + FIGURE_BONUS)
  return out
}

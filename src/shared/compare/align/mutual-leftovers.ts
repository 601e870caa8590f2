/**
 * Leftovers that choose each other out of the whole document. In a revision, a section
 * rewritten in another voice and with its boundaries moved ("2. Reporting absence" cut into
 * "Step 1: on your first morning" and the start of "Step 2") leaves its clauses in a gap whose
 * two sides do not stand alike beside the anchors, and too many a side for the gap rules: "If
 * the line manager is unavailable, the employee should contact the duty manager." / "If you
 * can't reach them, ring the duty manager instead." (0.26) stays left over. The place says
 * nothing there; the choice does: of every clause of the other document, aligned or not, each
 * scores best with the other, and the two share real ideas.
 *
 * Asked only of a close revision (MUTUAL_ALIGNED): between two different policies a clause's
 * best partner of all is often a loose one.
 */
import type { PairScores } from './scores'
import { bestOf } from './section-leftovers'

/**
 * Least score, as a share of the threshold: a clause reworded in place in a gap scores from
 * the gap threshold up. Note: measured on the tune set, such pairs that are each other's best of
 * all scored 0.12-0.26 (and 0.09-0.11 sharing one idea); the one mutual best pair of a removed
 * and an unrelated new clause ("This policy sets out the procedure ..." / "You can bring a
 * colleague or a friend ...") 0.097.
 */
export const MUTUAL_SHARE = 1 / 3

/**
 * Share of each side's clauses that must be aligned already. Note: measured when the rule is
 * reached, the tune pairs where it paired had 0.59 to 0.88 of each side aligned; between two
 * different corpus policies (bench/align-weak-pairs.ts) it fired at 0.24 to 0.54 on a side and
 * took 15 weak pairs (28 -> 43) at a third, the gate of the other leftover rules.
 */
export const MUTUAL_ALIGNED = 0.5

/** Distinct ideas (terms or their synonyms) the two must share: one shared word is chance. */
export const MUTUAL_IDEAS = 2

/** Pairs (i of A, j of B) of leftovers each the other's best partner of all, scoring at least `bar`. */
export function mutualLeftoverPairs(
  sizeA: number,
  scores: PairScores,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  bar: number,
  allowed: (i: number, j: number) => boolean,
  ideas: (i: number, j: number) => number,
): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < sizeA; i++) {
    if (!freeA(i)) continue
    const j = bestOf(scores.partnersOf(i), (y) => scores.get(i, y))
    if (j < 0 || !freeB(j) || scores.get(i, j) < bar) continue
    if (bestOf(scores.partnersOfB(j), (x) => scores.get(x, j)) !== i || !allowed(i, j) || ideas(i, j) < MUTUAL_IDEAS) continue
    out.push([i, j])
  }
  return out
}

/**
 * Leftovers that choose each other and stand where one could have become the other. Of every
 * clause of the other document, aligned or not, each scores best with the other (as
 * mutual-leftovers.ts asks), and the two stand plausibly placed (leftover-candidates.ts: in one
 * gap between in-order anchors, in corresponding sections, or within PLACE_REACH clauses of
 * where their aligned neighbours put them): in a revision (a third of each side aligned), after
 * every other rule, whatever the score. mutual-leftovers.ts asks the choice alone of a close
 * revision (half aligned), wherever the two stand, with a score bar and two shared ideas; here
 * the place stands in for those. A revision cut down or consolidated aligns under half, and its
 * rewordings score under the bars ("Keep your laptop with you when you travel. ..." / "Laptops
 * shall remain in the holder's possession when travelling ...", 0.26, each the other's best).
 * Note: no threshold of its own, so nothing here was fitted to the pairs it was found on. Of
 * the plausible leftover pairs of the tune set (bench/revision-misses.ts), the six whose two
 * clauses are each other's best of all were all gold (the other 194: 33 gold, 161 not); the
 * idea came from two pairs (keys-passes-consolidated, equipment-loans-scattered: four of the
 * six), and on the other 48 it adds two true pairs and no false one.
 */
import type { AlignedGroup } from './groups'
import { type LeftoverPlace, plausiblyPlaced, type Sides } from './leftover-candidates'
import type { PairScores } from './scores'

export function placedMutualBestPairs(
  scores: PairScores,
  groups: readonly AlignedGroup[],
  place: LeftoverPlace,
  free: Sides<(k: number) => boolean>,
  sections: Sides<readonly string[]>,
  allowed: (i: number, j: number) => boolean,
): [number, number][] {
  // Note: the floor is the smallest positive number, so a clause's best is any scored partner.
  const best = scores.bestPartners(1, Number.MIN_VALUE)
  const out: [number, number][] = []
  for (let i = 0; i < best.a.length; i++) {
    const j = best.a[i]!
    if (j < 0 || !free.a(i) || !free.b(j) || best.b[j] !== i) continue
    if (allowed(i, j) && plausiblyPlaced(i, j, groups, place, sections)) out.push([i, j])
  }
  return out
}

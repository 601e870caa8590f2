/**
 * Leftovers that choose each other by meaning out of the whole document, in a close revision.
 * A clause reworded and moved out of its old order ("The Council accepts no liability for loss
 * of or damage to vehicles or their contents" / "We are not responsible if your car or anything
 * in it is damaged or stolen", now after the enforcement clause), or a purpose statement
 * reworded in a new voice, stands in no gap the place rules read and shares too little for the
 * word rules (0.06-0.11). Two weak kinds of evidence that do not depend on each other together
 * are real: of every clause of the other document, aligned or not, each is the other's nearest
 * in meaning, clearly (MEANING_MARGIN) (word vectors, centred as semantic-leftovers.ts makes them), and the two share
 * words enough to be scored at all (a candidate pair: a shared term, the candidate floor).
 *
 * Asked only of a close revision (mutual-leftovers.ts MUTUAL_ALIGNED), after every other
 * leftover rule: between two different policies a clause's nearest of all is often a loose one.
 */
import { vectorCosine } from '../semantic'
import { type FeatureSet, neverPaired } from './features'
import type { PairScores } from './scores'
import { centredVectors } from './semantic-leftovers'

/**
 * How much nearer in meaning (cosine of centred vectors) the chosen clause must be than the next
 * nearest of the same document, on each side: a choice, not a tie. Note: measured on the tune
 * set, the three such pairs that are rewordings stood 0.11-0.31 ahead on the side of the closer
 * call; the two that were a removed clause and an unrelated new one ("This policy sets out the
 * leave and support available ..." / "Grief does not follow a timetable ..."; "... report a
 * breach to their line manager" / "If you are being harassed online ..., talk to your
 * manager") 0.01 and 0.02; on the generated variants a clause moved beside an unrelated new
 * one ("A pointer to published material. ..." / "Where an official account is impersonated by a
 * fake ...") 0.08, so 0.1, not 0.05 (the closest rewording, 0.11, is near that bar).
 */
export const MEANING_MARGIN = 0.1

/**
 * The most clauses a side may hold for the rule to be asked. Note: the nearest of all needs every
 * clause's vector, and at 300 clauses a side (bench/align-pairwise.ts, a close revision with
 * 19 and 23 leftovers) making them was a fifth of the alignment's CPU time (median 55 -> 70-82
 * ms); the policies compared here hold 15-60 clauses, their long appendices a little over 100.
 */
export const MEANING_MAX_CLAUSES = 150

/**
 * Pairs (i of A, j of B) of leftovers, each the other's nearest in meaning of all the other
 * document's clauses, that score as a candidate pair and may pair (`allowed`).
 */
export function mutualMeaningPairs(
  set: FeatureSet,
  scores: PairScores,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  allowed: (i: number, j: number) => boolean,
): [number, number][] {
  const nA = set.a.length
  const nB = set.b.length
  if (Math.max(nA, nB) > MEANING_MAX_CLAUSES) return []
  // Note: only leftovers with a candidate partner that is a leftover too are worth a vector;
  // a comparison with none never decodes the table here.
  const asked: number[] = []
  for (let i = 0; i < nA; i++) if (freeA(i) && scores.partnersOf(i).some((j) => freeB(j) && allowed(i, j))) asked.push(i)
  if (asked.length === 0) return []
  const vectors = centredVectors(set)
  // The nearest clause of the other side, when it is nearer than every other by MEANING_MARGIN; else -1.
  const nearest = (mine: Float32Array | undefined, size: number, other: (k: number) => Float32Array | undefined): number => {
    if (!mine) return -1
    let best = -1
    let bestCos = -2
    let second = -2
    for (let k = 0; k < size; k++) {
      const v = other(k)
      if (!v) continue
      const c = vectorCosine(mine, v)
      if (c > bestCos) {
        second = bestCos
        best = k
        bestCos = c
      } else if (c > second) second = c
    }
    return bestCos - second >= MEANING_MARGIN ? best : -1
  }
  const out: [number, number][] = []
  for (const i of asked) {
    const j = nearest(vectors.a(i), nB, vectors.b)
    if (j < 0 || !freeB(j) || !(scores.get(i, j) > 0) || !allowed(i, j) || neverPaired(set.a[i]!, set.b[j]!)) continue
    if (nearest(vectors.b(j), nA, vectors.a) !== i) continue
    out.push([i, j])
  }
  return out
}

/**
 * Split and merge parts traced by meaning: a revision in a new voice cuts a clause into two and
 * rewords the cut-off sentence so far that few of its words are the whole's ("Employees have
 * access to the Employee Assistance Programme, ..., free of charge, 24 hours a day" / "You can
 * talk to a counsellor for free, in confidence, at any hour."; "An employee who falls sick during
 * a period of annual leave may have those days reinstated ..." merged into "Ring your manager on
 * the first day you're ill ..."). The words alone do not part such a part from the clauses
 * beside every group (earlier rounds: no lexical measure separated 12 true parts from 109 other
 * leftovers).
 *
 * Evidence, all of it needed, in a close revision (half of each side aligned): the clause stands
 * beside a part (at most one clause between: MEANING_STEP), in its section; it shares two ideas with the whole
 * (a term or its synonym); the whole has a sentence the parts do not account for (sentence
 * tracing, as for the sentence route of grow-groups.ts) of which the clause holds a fifth of the
 * term weight in the same words; and in meaning (word vectors), the whole is the clause's
 * nearest or second-nearest clause of the whole's document, with no left-over clause nearer. On
 * the tune pairs: beside a part with a sentence untraced, nearest or second by meaning and a
 * fifth traced (synonyms at part credit), 7 true parts against 1 other leftover; without the
 * meaning rank, 10 against 9. Two shared ideas and the words themselves keep 4 of the 7 and no
 * false part (a generated variant took "Two-step verification must be switched on ..." as a
 * part of "... We keep them safe and can step in ..." on "step" alone).
 */
import { vectorCosine } from '../semantic'
import type { FeatureSet } from './features'
import { pairVectors } from './pair-vectors'

/**
 * How far the clause may stand from a part: one clause between at most. Note: a merge across a
 * kept clause ("Requests ... should be made in writing at least two weeks in advance." two
 * clauses above "Employees must inform their manager of any change ...", both now "D1. Put your
 * request in writing a fortnight ahead, ...") leaves its reworded part one clause away. Measured
 * on every corpus, revision and generated-variant comparison, both ways: this pair alone changed.
 */
export const MEANING_STEP = 2

/** Distinct ideas (a term or its synonym) the clause must share with the whole. */
export const MEANING_IDEAS = 2

/** Share of an untraced sentence of the whole's term weight that the clause must hold. */
export const MEANING_TRACED = 0.2

/** The whole must be among the clause's this many nearest clauses of its document, by meaning. */
const MEANING_RANK = 2

/**
 * Whether the whole (index w on its side) is among the MEANING_RANK nearest clauses of the
 * whole's document to clause p (on the other side), by IDF-weighted word vectors, and no clause
 * left over there (free) is nearer: that one may be p's own rewording, still unpaired. side: the
 * side p is on. Vectors are made once per feature set, on first use (pair-vectors.ts).
 */
export function nearestInMeaning(set: FeatureSet, side: 'a' | 'b', p: number, w: number, free: (k: number) => boolean): boolean {
  const vectors = pairVectors(set)
  const own = (side === 'b' ? vectors.b : vectors.a)(p)
  const others = side === 'b' ? vectors.a : vectors.b
  const features = side === 'b' ? set.a : set.b
  const target = others(w)
  if (!own || !target) return false
  const mine = vectorCosine(own, target)
  let nearer = 0
  for (let k = 0; k < features.length; k++) {
    // Note: a title is skipped before its vector is asked for (none is made for it).
    if (k === w || features[k]!.heading) continue
    const v = others(k)
    if (!v) continue
    if (vectorCosine(own, v) > mine && (free(k) || ++nearer >= MEANING_RANK)) return false
  }
  return true
}

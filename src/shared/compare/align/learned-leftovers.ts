/**
 * The learned last step: leftovers paired by a fitted weighing of all the evidence at once
 * (leftover-model.ts), in a revision only, after every hand-made rule, so nothing already
 * paired moves. The hand-made rules each read one kind of evidence against a threshold set on
 * the pairs they were written from; what they leave is where no one kind suffices ("last round
 * found 12 true and 16 false direct sandwiches that no single feature separates").
 * Note: its threshold and its worth were judged by cross-validation on the tune pairs, split
 * by pair (scripts/train-leftover-model.ts prints the folds).
 */
import type { Clause } from '../../model'
import type { FeatureSet } from './features'
import type { Anchor } from './gaps'
import type { AlignedGroup } from './groups'
import { leftoverCandidates, leftoverPlaces, type Sides } from './leftover-candidates'
import { leftoverFeatures } from './leftover-features'
import { type LeftoverModel, pairProbability, pairsByProbability } from './leftover-model'
import type { PairScores } from './scores'
import { centredVectors } from './semantic-leftovers'

/** What a training script sees of the step: the plausible pairs and their features. */
export interface LeftoverInspection {
  candidates: readonly (readonly [number, number])[]
  features: readonly (readonly number[])[]
}

export interface LearnedLeftoverInput {
  clauses: Sides<readonly Clause[]>
  set: FeatureSet
  base: PairScores
  groups: readonly AlignedGroup[]
  anchors: readonly Anchor[]
  free: Sides<(k: number) => boolean>
  sections: Sides<readonly string[]>
  /** Whether two clauses may pair at all (titles, table rows). */
  allowed: (i: number, j: number) => boolean
}

/** The pairs the model takes (none with `model` false); `inspect` is told every candidate first. */
export function learnedLeftoverPairs(input: LearnedLeftoverInput, model: LeftoverModel | false, inspect?: (found: LeftoverInspection) => void): [number, number][] {
  if (!model && !inspect) return []
  const { set, groups, free, sections } = input
  const place = leftoverPlaces(groups, input.anchors, { a: set.a.length, b: set.b.length }, free, sections)
  const candidates = leftoverCandidates(groups, place, free, sections, input.allowed)
  if (candidates.length === 0) {
    inspect?.({ candidates, features: [] })
    return []
  }
  const features = leftoverFeatures(candidates, { clauses: input.clauses, set, base: input.base, groups, place, sections, vectors: centredVectors(set) })
  inspect?.({ candidates, features })
  if (!model) return []
  return pairsByProbability(candidates, features.map((x) => pairProbability(model, x)), model.threshold)
}

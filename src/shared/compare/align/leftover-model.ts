/**
 * The learned last step's weighing: a logistic regression over the features of
 * leftover-features.ts (standardised by the training set's means and scales), fitted by
 * scripts/train-leftover-model.ts on the tune part of the revision set alone, and the greedy
 * one-to-one pairing by probability above a threshold chosen by cross-validation on tune.
 * Note: no model ships. Cross-validated on the tune pairs (3 December 2026), what it added out
 * of fold never held one false pair per three true ones once the threshold and penalty were
 * chosen inside each fold (bench/NOTES.md, session 21); the aligner runs it only when given one.
 */
import { FEATURE_NAMES } from './leftover-features'

export interface LeftoverModel {
  /** The features the weights are for, in order (must be FEATURE_NAMES). */
  features: readonly string[]
  means: readonly number[]
  scales: readonly number[]
  weights: readonly number[]
  bias: number
  /** Least probability for a pair to be taken. */
  threshold: number
}

/** The model, if fitted for the features the aligner reads now (FEATURE_NAMES, in order); an error otherwise. */
export function checkedModel(model: LeftoverModel): LeftoverModel {
  const n = FEATURE_NAMES.length
  const same = model.features.length === n && model.features.every((f, k) => f === FEATURE_NAMES[k])
  if (!same || model.means.length !== n || model.scales.length !== n || model.weights.length !== n) {
    throw new Error(`leftover model: fitted for features [${model.features.join(', ')}], the aligner reads [${FEATURE_NAMES.join(', ')}]: run scripts/train-leftover-model.ts`)
  }
  return model
}

/** The probability that a pair with these features is a true pair. */
export function pairProbability(model: LeftoverModel, x: readonly number[]): number {
  let z = model.bias
  for (let k = 0; k < x.length; k++) z += model.weights[k]! * ((x[k]! - model.means[k]!) / model.scales[k]!)
  return 1 / (1 + Math.exp(-z))
}

/**
 * The pairs taken: most probable first (ties: lower A index, then lower B index), each clause
 * once, down to the threshold.
 */
export function pairsByProbability(candidates: readonly (readonly [number, number])[], probabilities: readonly number[], threshold: number): [number, number][] {
  const order = candidates.map((_, k) => k).filter((k) => probabilities[k]! >= threshold)
  order.sort((x, y) => probabilities[y]! - probabilities[x]! || candidates[x]![0] - candidates[y]![0] || candidates[x]![1] - candidates[y]![1])
  const takenA = new Set<number>()
  const takenB = new Set<number>()
  const out: [number, number][] = []
  for (const k of order) {
    const [i, j] = candidates[k]!
    if (takenA.has(i) || takenB.has(j)) continue
    takenA.add(i)
    takenB.add(j)
    out.push([i, j])
  }
  return out
}

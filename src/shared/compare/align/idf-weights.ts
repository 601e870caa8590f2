/**
 * A term list's distinct terms with their IDF weights under one comparison's statistics, and
 * their sum: what coverage (features.ts) reads, kept per list. Note: the split and merge search
 * and group growth ask for the coverage of the same clause's terms against many wholes; a set
 * and an IDF lookup per term each time were a tenth of a comparison.
 */
import type { TermStatistics } from '../text-features'

export interface IdfWeights {
  /** Distinct terms, in the order they first come. */
  readonly terms: readonly string[]
  readonly weights: Float64Array
  /** The weights summed in that order. */
  readonly total: number
}

interface Kept extends IdfWeights {
  readonly stats: TermStatistics
  /** The statistics' document count when weighed: an add since makes them stale. */
  readonly documents: number
}

/** By list: a clause's terms are one array for the life of its features, shared, never changed. */
const kept = new WeakMap<readonly string[], Kept>()

export function idfWeights(list: readonly string[], stats: TermStatistics): IdfWeights {
  const found = kept.get(list)
  if (found && found.stats === stats && found.documents === stats.documentCount) return found
  const terms = [...new Set(list)]
  const weights = new Float64Array(terms.length)
  let total = 0
  for (let k = 0; k < terms.length; k++) {
    const w = stats.idf(terms[k]!)
    weights[k] = w
    total += w
  }
  const made: Kept = { terms, weights, total, stats, documents: stats.documentCount }
  kept.set(list, made)
  return made
}

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
  readonly weights: readonly number[]
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

/** Distinct terms by list, whatever the statistics (a prepared clause's terms serve many comparisons). */
const distinctOf = new WeakMap<readonly string[], readonly string[]>()

/** A list's distinct terms in first-seen order (idfWeights' terms), kept by list whatever the statistics. */
export function distinctTerms(list: readonly string[]): readonly string[] {
  let terms = distinctOf.get(list)
  if (!terms) distinctOf.set(list, (terms = [...new Set(list)]))
  return terms
}

export function idfWeights(list: readonly string[], stats: TermStatistics): IdfWeights {
  const found = kept.get(list)
  if (found && found.stats === stats && found.documents === stats.documentCount) return found
  const terms = distinctTerms(list)
  const weights: number[] = new Array<number>(terms.length)
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

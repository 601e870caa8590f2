/**
 * Each clause's meaning under one comparison: its IDF-weighted word vector (../semantic
 * clauseVector, weighted by the pair's term statistics, so a vector belongs to the pair, not
 * to the source). Made when first asked and kept per feature set, so the two rules that read
 * meaning, leftovers by meaning (semantic-leftovers.ts, which centres them) and parts by
 * meaning (meaning-parts.ts), weigh each clause once between them. Note: each used to make
 * every clause's vector of both sides for itself, about a tenth of a new pair's alignment.
 */
import { clauseVector, knownTerms } from '../semantic'
import type { FeatureSet } from './features'

/** A side's vectors by clause index: undefined for a clause none of whose terms has a vector. */
export type SideVectors = (k: number) => Float32Array | undefined

export interface PairVectors {
  readonly a: SideVectors
  readonly b: SideVectors
  /** How many vectors were weighed so far, both sides (for tests). */
  made(): number
}

const kept = new WeakMap<FeatureSet, PairVectors>()

/** The raw (uncentred) unit vectors of both sides of the set, each made on first use. */
export function pairVectors(set: FeatureSet): PairVectors {
  let found = kept.get(set)
  if (!found) {
    const weight = (t: string): number => set.termStats.idf(t)
    // Note: one vector for a clause both sides hold in the same known terms (most clauses of a
    // revision, four in five of the renderer bench's pair): the same sums of the same weights.
    const byTerms = new Map<string, Float32Array | undefined>()
    const a = lazySide(set.a, weight, byTerms)
    const b = lazySide(set.b, weight, byTerms)
    found = { a: a.vector, b: b.vector, made: () => a.made() + b.made() }
    kept.set(set, found)
  }
  return found
}

function lazySide(features: FeatureSet['a'], weight: (t: string) => number, byTerms: Map<string, Float32Array | undefined>): { vector: SideVectors; made: () => number } {
  const vectors: (Float32Array | undefined)[] = new Array<Float32Array | undefined>(features.length)
  const done = new Uint8Array(features.length)
  let count = 0
  const vector = (k: number): Float32Array | undefined => {
    if (done[k]) return vectors[k]
    if (!(k >= 0 && k < features.length)) return undefined
    done[k] = 1
    const terms = features[k]!.terms
    const key = knownTerms(terms).key
    if (byTerms.has(key)) return (vectors[k] = byTerms.get(key))
    count++
    const made = clauseVector(terms, weight)
    byTerms.set(key, made)
    return (vectors[k] = made)
  }
  return { vector, made: () => count }
}

/**
 * What a clause means as one vector: the weighted mean of its terms' word vectors, so that two
 * clauses that say one thing in different words ("the installation of unapproved software" /
 * "only put programs on your laptop that IT has approved") stand close even with no term in
 * common. Terms are comparison or content terms (stop words already out); terms the vocabulary
 * lacks add nothing.
 */
import { addRow, DIMENSIONS, normalised, wordVectorTable } from './word-vectors'

/** A weight per term, such as its IDF over the clauses compared (rare terms say more). */
export type TermWeight = (term: string) => number

/** The unit mean vector of the terms (each occurrence counts), or undefined when none has a vector. */
export function clauseVector(terms: readonly string[], weight?: TermWeight): Float32Array | undefined {
  const { codes, scales } = wordVectorTable()
  const known = knownTerms(terms)
  if (known.rows.length === 0) return undefined
  const sum = new Float32Array(DIMENSIONS)
  for (let k = 0; k < known.rows.length; k++) addRow(sum, known.rows[k]!, weight ? weight(known.terms[k]!) : 1, codes, scales)
  return normalised(sum)
}

/** A term list's terms that have a word vector, in order (each occurrence), and their rows. */
export interface KnownTerms {
  readonly terms: readonly string[]
  readonly rows: Int32Array
  /** The known terms as one string: two lists with the same key make the same vector under any weights. */
  readonly key: string
}

/**
 * By list: a prepared clause's terms are one array for the life of the source's preparation,
 * never changed, so each comparison it takes part in looks its terms up in the table once.
 */
const knownOf = new WeakMap<readonly string[], KnownTerms>()

/**
 * The terms of the list the vocabulary holds, with their rows (what clauseVector adds up).
 * Note: the same whatever the weights, so a service may make it when it prepares a source
 * (off the request); a comparison then pays only the weighing.
 */
export function knownTerms(terms: readonly string[]): KnownTerms {
  let found = knownOf.get(terms)
  if (found) return found
  const { rows } = wordVectorTable()
  const kept: string[] = []
  const at: number[] = []
  for (const t of terms) {
    const row = rows.get(t)
    if (row === undefined) continue
    kept.push(t)
    at.push(row)
  }
  // Note: joined by a character no term holds.
  found = { terms: kept, rows: Int32Array.from(at), key: kept.join('\u0000') }
  knownOf.set(terms, found)
  return found
}

/** Cosine of two unit vectors. */
export function vectorCosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let d = 0; d < DIMENSIONS; d++) dot += a[d]! * b[d]!
  return dot
}

/**
 * The cosine of two clauses' mean vectors, 0 when either has no vector. Note: GloVe places any
 * two sentences of one domain close (two unrelated clauses of a staff policy measure 0.5-0.8),
 * so this is relative evidence: compare it with the other candidates', never with a fixed "alike".
 */
export function semanticSimilarity(a: readonly string[], b: readonly string[], weight?: TermWeight): number {
  const va = clauseVector(a, weight)
  const vb = clauseVector(b, weight)
  return va && vb ? vectorCosine(va, vb) : 0
}


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
  const { rows, codes, scales } = wordVectorTable()
  const sum = new Float32Array(DIMENSIONS)
  let found = false
  for (const t of terms) {
    const row = rows.get(t)
    if (row === undefined) continue
    addRow(sum, row, weight ? weight(t) : 1, codes, scales)
    found = true
  }
  return found ? normalised(sum) : undefined
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


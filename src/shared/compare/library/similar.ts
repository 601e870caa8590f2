/**
 * For one clause, the most similar clauses in every other source, ranked. A lookup reads the
 * posting lists of the clause's informative terms through the candidate structure (wider
 * than when families are built: one lookup can afford it), never a scan of the library.
 */
import type { Clause, ClauseId, SourceId } from '../../model'
import type { ClauseIndex } from './clause-index'
import { describeClause, Visited } from './clause-index'
import type { Sparse } from './sparse'
import { similarity } from './sparse'

export interface SimilarOptions {
  /** How many clauses to give from each other source. */
  perSource: number
  /** At most this many results in all. */
  limit: number
  /** Weaker matches are left out. */
  minSimilarity: number
  /** How many of the clause's rarest terms to look up. */
  terms: number
  /** How many neighbours either side to read in a long posting list. */
  window: number
}

export const defaultSimilarOptions: SimilarOptions = { perSource: 1, limit: 50, minSimilarity: 0.2, terms: 16, window: 64 }

export interface SimilarClause {
  clauseId: ClauseId
  sourceId: SourceId
  /** 0..1 */
  similarity: number
}

/**
 * `clause` is the id of a clause in the index, or a clause the index does not hold (one being
 * drafted); either way clauses of its own source are left out. Unknown ids, and clauses with
 * fewer content terms than the index's `minTerms`, give no results.
 */
export function similarClauses(index: ClauseIndex, clause: ClauseId | Clause, options: Partial<SimilarOptions> = {}): SimilarClause[] {
  const opts: SimilarOptions = { ...defaultSimilarOptions, ...options }
  const query = queryOf(index, clause)
  if (!query) return []
  const best = new Map<number, { j: number; s: number }[]>()
  const visited = new Visited(index.clauses.length)
  visited.next()
  if (query.self !== undefined) visited.first(query.self)
  const consider = (j: number): void => {
    if (!visited.first(j)) return
    const source = index.sourceOf[j]!
    if (index.sources[source]!.id === query.sourceId) return
    const s = similarity(query.vector, index.vectors[j]!)
    if (s < opts.minSimilarity) return
    const list = best.get(source) ?? []
    list.push({ j, s })
    list.sort((a, b) => b.s - a.s || a.j - b.j)
    if (list.length > opts.perSource) list.length = opts.perSource
    best.set(source, list)
  }
  for (const term of query.terms.slice(0, opts.terms)) {
    const list = index.postings.get(term)
    if (!list) continue
    if (list.length <= index.options.pairAllUpTo || list.length <= 2 * opts.window + 1) {
      for (const j of list) consider(j)
      continue
    }
    // A long list is in (sketch, clause number) order: read around where the query would sit.
    const at = lowerBound(list, index, query.sketch, query.self ?? -1)
    for (let p = Math.max(0, at - opts.window); p < Math.min(list.length, at + opts.window + 1); p++) consider(list[p]!)
  }
  return [...best.values()]
    .flat()
    .sort((a, b) => b.s - a.s || a.j - b.j)
    .slice(0, opts.limit)
    .map(({ j, s }) => ({ clauseId: index.clauses[j]!.id, sourceId: index.sources[index.sourceOf[j]!]!.id, similarity: s }))
}

interface Query {
  self: number | undefined
  sourceId: SourceId
  vector: Sparse
  sketch: number
  /** Term numbers with posting lists, rarest first. */
  terms: number[]
}

function queryOf(index: ClauseIndex, clause: ClauseId | Clause): Query | undefined {
  const self = index.numberOf.get(typeof clause === 'string' ? clause : clause.id)
  if (typeof clause === 'string' && self === undefined) return undefined
  const known = self !== undefined && (typeof clause === 'string' || index.clauses[self]!.text === clause.text)
  let vector: Sparse
  let sketch: number
  let sourceId: SourceId
  if (known) {
    // Note: clauses too short to compare ("Version 1.0") find nothing, as they join no family.
    if (index.terms[self]!.length < index.options.minTerms) return undefined
    vector = index.vectors[self]!
    sketch = index.sketch[self]!
    sourceId = index.sources[index.sourceOf[self]!]!.id
  } else {
    const c = clause as Clause
    const described = describeClause(index, c.text)
    if (described.terms.length < index.options.minTerms) return undefined
    ;({ vector, sketch } = described)
    sourceId = c.sourceId
  }
  const terms = [...vector.ids]
    .filter((id) => id < index.docFreq.length && index.postings.has(id))
    .sort((a, b) => index.docFreq[a]! - index.docFreq[b]! || index.termHash[a]! - index.termHash[b]! || a - b)
  return { self: known ? self : undefined, sourceId, vector, sketch, terms }
}

/** First position in a (sketch, number)-ordered list at or after the given pair. */
function lowerBound(list: Int32Array, index: ClauseIndex, sketch: number, self: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const j = list[mid]!
    const sj = index.sketch[j]!
    if (sj < sketch || (sj === sketch && j < self)) lo = mid + 1
    else hi = mid
  }
  return lo
}

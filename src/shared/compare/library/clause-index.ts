/**
 * The index a library is compared through, built once: each clause's content terms, its
 * TF-IDF vector (document frequencies over the whole library), and the candidate structure
 * that says which clauses are worth scoring against which.
 *
 * Candidates come from an inverted index over informative terms, never from all pairs: each
 * clause is filed under its k rarest terms (terms in more than a capped share of the library
 * are passed over), and two clauses are candidates when they are filed under the same term.
 * A term filed for many clauses does not pair all of them: its list is ordered by a MinHash
 * value of each clause, so that clauses with much in common tend to sit near each other, and
 * each clause pairs only with the few either side of it. So every clause has a bounded number
 * of candidates, and the cost grows with the size of the library, not with its square.
 */
import type { Clause, ClauseId, SourceDocument, SourceId, SourceSummary } from '../../model'
import { policyClauses } from '../../model-clauses'
import { contentTerms, TermStatistics, tfidf } from '../text-features'
import { topics, topicScores } from '../../topics/tag-topics'
import { fnv1a, mix32 } from './hash'
import { libraryTerms } from './terms'
import { emptySparse, type Sparse } from './sparse'
import { windowedPostings } from './postings'
import { clauseReading } from './clause-reading'

/** A source as the index takes it: a document, or anything with an id and clauses (a draft). */
export type IndexSource = Pick<SourceDocument, 'id' | 'clauses'> & Partial<Omit<SourceDocument, 'id' | 'clauses'>>

export interface IndexOptions {
  /** Clauses with fewer content terms than this ("Version 1.0", "Signed: ....") are never candidates. */
  minTerms: number
  /** How many of a clause's rarest terms it is filed under. */
  keysPerClause: number
  /** A term in more than this share of the clauses is too common to file under... */
  commonShare: number
  /** ...unless it is in no more than this many clauses (so that small libraries keep their keys). */
  commonFloor: number
  /** A term list up to this long pairs all its clauses; a longer one pairs neighbours only. */
  pairAllUpTo: number
  /** How many neighbours on each side a clause pairs with in a long term list. */
  window: number
  /**
   * Share of a clause's vector given to the topics its own words speak to (0 for words only).
   * Note: topics are found from the clause text alone, not its headings, which tag a whole
   * section with the section's subject.
   */
  topicWeight: number
  /** Merge the looser word groups of related-terms.json into one term each. */
  relatedTerms: boolean
  /** Read a clause whose own heading is a question after that question (clause-reading.ts). */
  questions: boolean
}

export const defaultIndexOptions: IndexOptions = {
  minTerms: 3,
  keysPerClause: 8,
  commonShare: 0.05,
  commonFloor: 32,
  pairAllUpTo: 48,
  window: 6,
  topicWeight: 0.4,
  relatedTerms: true,
  questions: true,
}

export interface ClauseIndex {
  /** The sources, in the order given. */
  readonly sources: readonly SourceSummary[]
  /** Every clause, source by source in reading order; a clause's number is its place here. */
  readonly clauses: readonly Clause[]
  /** The source (its place in `sources`) each clause is listed under. */
  readonly sourceOf: Int32Array
  /** Content terms of each clause, in order (see text-features.ts). */
  readonly terms: readonly (readonly string[])[]
  /**
   * Unit vector of each clause: TF-IDF weights of its terms (statistics over the library),
   * and its topics as extra dimensions (see `topicWeight`); cosine is a dot product.
   */
  readonly vectors: readonly Sparse[]
  /** Term → term number, and each number's document frequency. */
  readonly vocabulary: ReadonlyMap<string, number>
  readonly docFreq: Int32Array
  /** A hash of each term, for ordering that does not depend on the order of the library. */
  readonly termHash: Uint32Array
  readonly statistics: TermStatistics
  /** The terms each clause is filed under (term numbers), rarest first; empty if it is too short. */
  readonly keys: readonly Int32Array[]
  /** Term number → the clauses filed under it, in neighbour order (see above). */
  readonly postings: ReadonlyMap<number, Int32Array>
  /** For each clause, its position in the posting list of each of its keys. */
  readonly keyPositions: readonly Int32Array[]
  /** MinHash value of each clause's term set: the neighbour order of long lists. */
  readonly sketch: Uint32Array
  readonly options: IndexOptions
  /** Clause ids listed a second time: the first is indexed, the repeat is left out. */
  readonly skippedClauseIds: readonly ClauseId[]
  /** The number of a clause by its id. */
  readonly numberOf: ReadonlyMap<ClauseId, number>
}

function summaryOf(source: IndexSource): SourceSummary {
  return {
    id: source.id,
    title: source.title ?? source.id,
    organisation: source.organisation ?? null,
    kind: source.kind ?? 'other',
    date: source.date ?? null,
    format: source.format ?? 'md',
    origin: source.origin ?? '',
    importedAt: source.importedAt ?? '',
    clauseCount: policyClauses(source).length,
    warningCount: source.warnings?.length ?? 0,
  }
}

export function buildClauseIndex(library: readonly IndexSource[], options: Partial<IndexOptions> = {}): ClauseIndex {
  const opts: IndexOptions = { ...defaultIndexOptions, ...options }
  const sources = library.map(summaryOf)
  const clauses: Clause[] = []
  const sourceList: number[] = []
  const numberOf = new Map<ClauseId, number>()
  const skippedClauseIds: ClauseId[] = []
  library.forEach((source, s) => {
    for (const clause of policyClauses(source)) {
      if (numberOf.has(clause.id)) {
        skippedClauseIds.push(clause.id)
        continue
      }
      numberOf.set(clause.id, clauses.length)
      clauses.push(clause)
      sourceList.push(s)
    }
  })
  const n = clauses.length
  const sourceOf = Int32Array.from(sourceList)

  // Note: an answer is read after its question (clause-reading.ts), when `questions` asks so.
  // Each distinct reading is read once, and a clause whose reading an earlier clause has shares
  // that clause's terms, vector and keys (libraries repeat boilerplate; the synthetic one of
  // the benchmarks repeats a seventh of its texts). Nothing here is ever changed in place.
  const reading = clauses.map((c) => (opts.questions ? clauseReading(c) : c.text))
  const firstWithText = new Map<string, number>()
  const sameAs = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const text = reading[i]!
    const first = firstWithText.get(text)
    if (first === undefined) firstWithText.set(text, (sameAs[i] = i))
    else sameAs[i] = first
  }

  // Terms and document frequencies (each clause counts a term once).
  const terms: (readonly string[])[] = new Array(n)
  const vocabulary = new Map<string, number>()
  const dfList: number[] = []
  const lastClause: number[] = []
  for (let i = 0; i < n; i++) {
    const list = sameAs[i] === i ? (opts.relatedTerms ? libraryTerms(reading[i]!) : contentTerms(reading[i]!)) : terms[sameAs[i]!]!
    terms[i] = list
    for (const t of list) {
      let id = vocabulary.get(t)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(t, id)
        dfList.push(0)
        lastClause.push(-1)
      }
      if (lastClause[id] !== i) {
        lastClause[id] = i
        dfList[id]!++
      }
    }
  }
  const docFreq = Int32Array.from(dfList)
  // Note: the same statistics as adding each clause's terms in turn, counted in one go.
  const statistics = new TermStatistics()
  const frequencies = new Map<string, number>()
  for (const [t, id] of vocabulary) frequencies.set(t, docFreq[id]!)
  statistics.addCounted(n, frequencies)
  const termHash = new Uint32Array(vocabulary.size)
  for (const [t, id] of vocabulary) termHash[id] = fnv1a(t)

  const vectors: Sparse[] = new Array(n)
  for (let i = 0; i < n; i++) vectors[i] = sameAs[i] === i ? vectorOf(terms[i]!, reading[i]!, statistics, vocabulary, opts.topicWeight) : vectors[sameAs[i]!]!

  // MinHash value: clauses with much in common often share it, so they sort together.
  const sketch = Uint32Array.from(vectors, (v) => sketchOf(v, termHash))

  // Keys: each clause's rarest informative terms (ties broken by the term's hash, not by
  // when it was first seen, so a clause keeps its keys however the library is ordered).
  const maxDf = Math.max(opts.commonFloor, Math.ceil(opts.commonShare * n))
  const byRarity = (a: number, b: number): number => docFreq[a]! - docFreq[b]! || termHash[a]! - termHash[b]! || a - b
  const keys: Int32Array[] = new Array(n)
  for (let i = 0; i < n; i++) {
    if (sameAs[i] !== i) {
      keys[i] = keys[sameAs[i]!]!
      continue
    }
    if (terms[i]!.length < opts.minTerms) {
      keys[i] = new Int32Array(0)
      continue
    }
    // Term dimensions only (topic dimensions come after them), and only terms another clause has.
    const shared = Array.from(vectors[i]!.ids).filter((id) => id < docFreq.length && docFreq[id]! >= 2).sort(byRarity)
    const informative = shared.filter((id) => docFreq[id]! <= maxDf)
    // Note: a clause made only of common words still gets keys, in long windowed lists.
    const chosen = informative.length >= 2 ? informative : shared
    keys[i] = Int32Array.from(chosen.slice(0, Math.max(opts.keysPerClause, 0)))
  }

  // Postings in neighbour order: MinHash value, then clause number.
  const { lists: postings, positions: keyPositions } = windowedPostings(keys, sketch, opts.pairAllUpTo)

  return { sources, clauses, sourceOf, terms, vectors, vocabulary, docFreq, termHash, statistics, keys, postings, keyPositions, sketch, options: opts, skippedClauseIds, numberOf }
}

/**
 * The unit vector of a list of terms: TF-IDF weights, then topic dimensions (numbered after
 * the vocabulary). Terms the vocabulary lacks count towards the length but get no dimension:
 * no clause of the library shares them, so they add nothing to a dot product.
 */
function vectorOf(terms: readonly string[], text: string, statistics: TermStatistics, vocabulary: ReadonlyMap<string, number>, topicWeight: number): Sparse {
  const weighted = tfidf(terms, statistics)
  if (weighted.size === 0) return emptySparse
  const found = topicWeight > 0 ? topicsOf(text, vocabulary.size) : null
  const scale = found ? Math.sqrt(1 - topicWeight) : 1
  const size = weighted.size + (found ? found.ids.length : 0)
  const ids = new Int32Array(size)
  const weights = new Float64Array(size)
  let m = 0
  for (const [t, w] of weighted) {
    const id = vocabulary.get(t)
    if (id === undefined) continue
    ids[m] = id
    weights[m++] = found ? w * scale : w
  }
  if (found) {
    const give = Math.sqrt(topicWeight)
    for (let k = 0; k < found.ids.length; k++) {
      ids[m] = found.ids[k]!
      weights[m++] = (give * found.scores[k]!) / found.length
    }
  }
  // Ascending term numbers (all distinct; a clause has a few dozen, so insertion sort).
  for (let a = 1; a < m; a++) {
    const id = ids[a]!
    const w = weights[a]!
    let b = a - 1
    while (b >= 0 && ids[b]! > id) {
      ids[b + 1] = ids[b]!
      weights[b + 1] = weights[b]!
      b--
    }
    ids[b + 1] = id
    weights[b + 1] = w
  }
  return { ids: ids.subarray(0, m), weights: weights.subarray(0, m) }
}

function sketchOf(v: Sparse, termHash: Uint32Array): number {
  let min = 0xffffffff
  for (const id of v.ids) if (id < termHash.length) min = Math.min(min, mix32(termHash[id]! ^ 0x9e3779b9))
  return min
}

/** What the index would hold for a clause it does not hold (a clause being drafted). */
export function describeClause(index: ClauseIndex, text: string): { terms: string[]; vector: Sparse; sketch: number } {
  const terms = index.options.relatedTerms ? libraryTerms(text) : contentTerms(text)
  const vector = vectorOf(terms, text, index.statistics, index.vocabulary, index.options.topicWeight)
  return { terms, vector, sketch: sketchOf(vector, index.termHash) }
}

const topicNumber = new Map(topics.map((t, k) => [t.id, k]))

/**
 * The topics a text's own words speak to, as dimensions numbered after the vocabulary (`base`),
 * each score held to 2, with the length of those scores; null when none. A vector gives them
 * `topicWeight` of its squared length (see vectorOf): two clauses on the same topic in
 * different words then still meet.
 */
function topicsOf(text: string, base: number): { ids: number[]; scores: number[]; length: number } | null {
  const ids: number[] = []
  const scores: number[] = []
  for (const [id, score] of topicScores(text)) {
    ids.push(base + topicNumber.get(id)!)
    scores.push(Math.min(score, 2))
  }
  const length = Math.hypot(...scores)
  return length === 0 ? null : { ids, scores, length }
}

/** Scratch space of one slot per clause, reused between calls so nothing is allocated per clause. */
export class Visited {
  private readonly stamp: Int32Array
  private generation = 0

  constructor(size: number) {
    this.stamp = new Int32Array(size)
  }

  /** Starts a new round: every clause counts as unseen again. */
  next(): void {
    this.generation++
  }

  /** True the first time a clause is seen in this round. */
  first(j: number): boolean {
    if (this.stamp[j] === this.generation) return false
    this.stamp[j] = this.generation
    return true
  }
}

export interface Reach {
  window: number
  pairAllUpTo: number
}

/**
 * Calls `visit` once for every candidate of clause `i`, never `i` itself. The reach defaults
 * to the index's own; a single lookup can afford a wider one.
 */
export function forEachCandidate(index: ClauseIndex, i: number, visited: Visited, visit: (j: number) => void, reach: Reach = index.options): void {
  const ks = index.keys[i]!
  visited.next()
  visited.first(i)
  for (let k = 0; k < ks.length; k++) {
    const list = index.postings.get(ks[k]!)!
    let from = 0
    let to = list.length
    if (list.length > reach.pairAllUpTo) {
      const pos = index.keyPositions[i]![k]!
      from = Math.max(0, pos - reach.window)
      to = Math.min(list.length, pos + reach.window + 1)
    }
    for (let p = from; p < to; p++) {
      const j = list[p]!
      if (visited.first(j)) visit(j)
    }
  }
}

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

  // Terms and document frequencies.
  // Note: an answer is read after its question (clause-reading.ts), when `questions` asks so.
  const reading = clauses.map((c) => (opts.questions ? clauseReading(c) : c.text))
  const terms = reading.map((text) => (opts.relatedTerms ? libraryTerms(text) : contentTerms(text)))
  const statistics = new TermStatistics()
  const vocabulary = new Map<string, number>()
  const dfList: number[] = []
  for (const list of terms) {
    statistics.add(list)
    for (const t of new Set(list)) {
      let id = vocabulary.get(t)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(t, id)
        dfList.push(0)
      }
      dfList[id]!++
    }
  }
  const docFreq = Int32Array.from(dfList)
  const termHash = new Uint32Array(vocabulary.size)
  for (const [t, id] of vocabulary) termHash[id] = fnv1a(t)

  const vectors = terms.map((list, i) => vectorOf(list, reading[i]!, statistics, vocabulary, opts.topicWeight))

  // MinHash value: clauses with much in common often share it, so they sort together.
  const sketch = Uint32Array.from(vectors, (v) => sketchOf(v, termHash))

  // Keys: each clause's rarest informative terms (ties broken by the term's hash, not by
  // when it was first seen, so a clause keeps its keys however the library is ordered).
  const maxDf = Math.max(opts.commonFloor, Math.ceil(opts.commonShare * n))
  const byRarity = (a: number, b: number): number => docFreq[a]! - docFreq[b]! || termHash[a]! - termHash[b]! || a - b
  const keys: Int32Array[] = vectors.map((v, i) => {
    if (terms[i]!.length < opts.minTerms) return new Int32Array(0)
    // Term dimensions only (topic dimensions come after them), and only terms another clause has.
    const shared = [...v.ids].filter((id) => id < docFreq.length && docFreq[id]! >= 2).sort(byRarity)
    const informative = shared.filter((id) => docFreq[id]! <= maxDf)
    // Note: a clause made only of common words still gets keys, in long windowed lists.
    const chosen = informative.length >= 2 ? informative : shared
    return Int32Array.from(chosen.slice(0, Math.max(opts.keysPerClause, 0)))
  })

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
  const weighted = [...tfidf(terms, statistics)]
  if (weighted.length === 0) return emptySparse
  const entries: [number, number][] = weighted.map(([t, w]) => [vocabulary.get(t) ?? -1, w])
  if (topicWeight > 0) addTopics(entries, text, vocabulary.size, topicWeight)
  const kept = entries.filter((e) => e[0] >= 0).sort((a, b) => a[0] - b[0])
  return { ids: Int32Array.from(kept, (e) => e[0]), weights: Float64Array.from(kept, (e) => e[1]) }
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
 * Appends topic dimensions to a unit term vector so that topics take `weight` of the squared
 * length: two clauses on the same topic in different words then still meet.
 */
function addTopics(entries: [number, number][], text: string, base: number, weight: number): void {
  const found = [...topicScores(text)].map(([id, score]) => [base + topicNumber.get(id)!, Math.min(score, 2)] as [number, number])
  const length = Math.hypot(...found.map((f) => f[1]))
  if (length === 0) return
  const keep = Math.sqrt(1 - weight)
  const give = Math.sqrt(weight)
  for (const e of entries) e[1] *= keep
  for (const [id, score] of found) entries.push([id, (give * score) / length])
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

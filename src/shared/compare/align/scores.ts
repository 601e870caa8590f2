/**
 * Candidate pairs and their scores. Only pairs that share a term are scored (an inverted
 * index over B's vectors), so the cost follows the overlap, not |A| x |B|.
 */
import type { SparseVector } from '../text-features'
import { blend, type FeatureSet, type ScoreWeights, wordJaccard } from './features'

/**
 * A score matrix up to this many cells is kept dense (8 bytes a cell: 32 MB at the limit);
 * beyond it, sparse. Note: near-duplicate documents (every clause shares its terms with every
 * other) score all n x m pairs, and a hash map of a million pairs was most of their cost.
 */
const DENSE_CELLS = 1 << 22

/** Scores of pairs (i of A, j of B): absent means 0. */
export class PairScores {
  private readonly dense: Float64Array | undefined
  private readonly present: Uint8Array | undefined
  private readonly sparse: Map<number, number> | undefined
  private readonly byA: number[][]
  private byB: number[][] | undefined
  private count = 0
  constructor(
    readonly sizeA: number,
    readonly sizeB: number,
    byA?: number[][],
  ) {
    this.byA = byA ?? Array.from({ length: sizeA }, () => [])
    if (sizeA * sizeB <= DENSE_CELLS) {
      this.dense = new Float64Array(sizeA * sizeB)
      this.present = new Uint8Array(sizeA * sizeB)
    } else this.sparse = new Map()
  }

  get(i: number, j: number): number {
    if (i < 0 || j < 0 || i >= this.sizeA || j >= this.sizeB) return 0
    const key = i * this.sizeB + j
    return this.dense ? this.dense[key]! : (this.sparse!.get(key) ?? 0)
  }

  set(i: number, j: number, score: number): void {
    const key = i * this.sizeB + j
    if (this.dense) {
      if (!this.present![key]) {
        this.present![key] = 1
        this.byA[i]!.push(j)
        this.count++
      }
      this.dense[key] = score
    } else {
      if (!this.sparse!.has(key)) {
        this.byA[i]!.push(j)
        this.count++
      }
      this.sparse!.set(key, score)
    }
    this.byB = undefined
  }

  /**
   * The same pairs, each scored by `score` from its score here, in the same order. Note: what
   * set() on a new instance pair by pair gives, without looking up and recording each pair again.
   */
  rescored(score: (i: number, j: number, s: number) => number): PairScores {
    const out = new PairScores(this.sizeA, this.sizeB, this.byA.map((js) => js.slice()))
    out.count = this.count
    if (this.dense) out.present!.set(this.present!)
    for (let i = 0; i < this.sizeA; i++) {
      for (const j of this.byA[i]!) {
        const key = i * this.sizeB + j
        if (this.dense) out.dense![key] = score(i, j, this.dense[key]!)
        else out.sparse!.set(key, score(i, j, this.sparse!.get(key)!))
      }
    }
    return out
  }

  /** B clauses with a score against A clause i, in the order they were first set. */
  partnersOf(i: number): readonly number[] {
    return this.byA[i] ?? []
  }

  /** A clauses with a score against B clause j, in A's order. */
  partnersOfB(j: number): readonly number[] {
    if (!this.byB) {
      const byB: number[][] = Array.from({ length: this.sizeB }, () => [])
      this.byA.forEach((js, i) => {
        for (const k of js) byB[k]!.push(i)
      })
      this.byB = byB
    }
    return this.byB[j] ?? []
  }

  get size(): number {
    return this.count
  }

  /**
   * For every clause of A and of B, its `count` best partners scoring at least `floor`, best
   * first (ties: lower index first), in rows of `count` (-1 past the last found). Note: one
   * pass over the pairs in A's order (each row in the order first set), where asking each
   * clause for its partners read every score twice, a B clause's partners a column apart in
   * the table; the order the pairs are read in cannot change which are best (a total order).
   */
  bestPartners(count: number, floor: number): { a: Int32Array; b: Int32Array } {
    const a = new Int32Array(this.sizeA * count).fill(-1)
    const b = new Int32Array(this.sizeB * count).fill(-1)
    const scoreA = new Float64Array(this.sizeA * count)
    const scoreB = new Float64Array(this.sizeB * count)
    const lengthA = new Int32Array(this.sizeA)
    const lengthB = new Int32Array(this.sizeB)
    for (let i = 0; i < this.sizeA; i++) {
      const js = this.byA[i]!
      for (let k = 0; k < js.length; k++) {
        const j = js[k]!
        const key = i * this.sizeB + j
        const s = this.dense ? this.dense[key]! : this.sparse!.get(key)!
        if (s < floor) continue
        lengthA[i] = keepBest(a, scoreA, i * count, lengthA[i]!, count, j, s)
        lengthB[j] = keepBest(b, scoreB, j * count, lengthB[j]!, count, i, s)
      }
    }
    return { a, b }
  }
}

/**
 * Puts partner p scoring s into the row of best partners at `at` (length `length`, at most
 * `count`, best first, ties: lower index first), unless it is not among the best; gives the
 * new length. Note: shifted in place, the last dropped when full.
 */
function keepBest(ids: Int32Array, scores: Float64Array, at: number, length: number, count: number, p: number, s: number): number {
  const full = length === count
  if (full && !(s > scores[at + count - 1]! || (s === scores[at + count - 1]! && p < ids[at + count - 1]!))) return length
  let k = full ? count - 1 : length
  while (k > 0 && (scores[at + k - 1]! < s || (scores[at + k - 1]! === s && ids[at + k - 1]! > p))) {
    ids[at + k] = ids[at + k - 1]!
    scores[at + k] = scores[at + k - 1]!
    k--
  }
  ids[at + k] = p
  scores[at + k] = s
  return full ? length : length + 1
}

/**
 * B's vectors as one inverted index in flat typed arrays: each term numbered in the order it
 * first comes, its postings (the B clauses holding it, in B's order, and its weight in each)
 * at `start[id]` up to `start[id + 1]`. Note: the candidate pass walks about a hundred
 * thousand postings per 300 x 300 comparison; read from arrays of numbers, not from an object
 * per term holding two growing arrays, that loop is a plain typed-array loop.
 */
interface FlatIndex {
  ids: Map<string, number>
  start: Int32Array
  js: Int32Array
  ws: Float64Array
}

/** Note: one map lookup per entry: the term numbers are written down on the first pass. */
function invertedIndex(vectors: readonly SparseVector[]): FlatIndex {
  const ids = new Map<string, number>()
  let entries = 0
  for (const v of vectors) entries += v.size
  const entryId = new Int32Array(entries)
  const entryW = new Float64Array(entries)
  const counts: number[] = []
  let e = 0
  for (let j = 0; j < vectors.length; j++) {
    vectors[j]!.forEach((w, t) => {
      let id = ids.get(t)
      if (id === undefined) {
        ids.set(t, (id = counts.length))
        counts.push(0)
      }
      counts[id]!++
      entryId[e] = id
      entryW[e++] = w
    })
  }
  const start = new Int32Array(counts.length + 1)
  for (let id = 0; id < counts.length; id++) start[id + 1] = start[id]! + counts[id]!
  const fill = start.slice(0, counts.length)
  const js = new Int32Array(entries)
  const ws = new Float64Array(entries)
  e = 0
  for (let j = 0; j < vectors.length; j++) {
    for (let k = vectors[j]!.size; k > 0; k--, e++) {
      const at = fill[entryId[e]!]!++
      js[at] = j
      ws[at] = entryW[e]!
    }
  }
  return { ids, start, js, ws }
}

/**
 * One clause's vector as postings to walk: for each of its terms found in the index, in the
 * vector's order, the term's number and its weight here. Written into `into` (grown as needed),
 * giving the count.
 */
function lookUp(vector: SparseVector, index: FlatIndex, into: { id: Int32Array; w: Float64Array }): number {
  if (into.id.length < vector.size) {
    into.id = new Int32Array(2 * vector.size)
    into.w = new Float64Array(2 * vector.size)
  }
  let n = 0
  vector.forEach((w, t) => {
    const id = index.ids.get(t)
    if (id === undefined) return
    into.id[n] = id
    into.w[n++] = w
  })
  return n
}

/**
 * A term list as one string, kept per list. Note: a prepared clause's terms are one array for
 * the life of its source's preparation (never changed), so each comparison it takes part in
 * reads the key instead of joining its terms again.
 */
const termKeys = new WeakMap<readonly string[], string>()
function termKey(terms: readonly string[]): string {
  let key = termKeys.get(terms)
  if (key === undefined) termKeys.set(terms, (key = terms.join(' ')))
  return key
}

/** Base similarity of every pair that shares a term, a shingle, or its exact text. */
export function scoreCandidates(set: FeatureSet, weights: ScoreWeights, minScore: number): PairScores {
  const nA = set.a.length
  const nB = set.b.length
  const out = new PairScores(nA, nB)
  const termIndex = invertedIndex(set.b.map((f) => f.termVector))
  const shingleIndex = invertedIndex(set.b.map((f) => f.shingleVector))
  const byIdentity = new Map<string, number[]>()
  // Note: each distinct identity of B numbered, so that the test for the same text in the loop below compares numbers, not strings.
  const identityOfB = new Int32Array(nB)
  const identityIds = new Map<string, number>()
  set.b.forEach((f, j) => {
    const list = byIdentity.get(f.identity)
    if (list) list.push(j)
    else byIdentity.set(f.identity, [j])
    let id = identityIds.get(f.identity)
    if (id === undefined) identityIds.set(f.identity, (id = identityIds.size))
    identityOfB[j] = id
  })
  const termDot = new Float64Array(nB)
  const shingleDot = new Float64Array(nB)
  // Note: a typed list with its own length, since emptying an array frees its store, and every clause of A grew it again.
  const touched = new Int32Array(nB)
  let touchedCount = 0
  const seen = new Uint8Array(nB)
  const touch = (j: number): void => {
    if (!seen[j]) {
      seen[j] = 1
      touched[touchedCount++] = j
    }
  }
  const found = { id: new Int32Array(64), w: new Float64Array(64) }
  // Dot products with every B clause sharing a term, in the order the terms come (so the sums
  // are the same every time). Note: a plain loop over typed arrays, the clause's terms looked
  // up first (lookUp): the loop writes the touched list itself, with no closure in the way.
  const accumulate = (vector: SparseVector, index: FlatIndex, dot: Float64Array): void => {
    const n = lookUp(vector, index, found)
    const { start, js, ws } = index
    const ids = found.id
    const own = found.w
    for (let t = 0; t < n; t++) {
      const id = ids[t]!
      const w = own[t]!
      for (let k = start[id]!, end = start[id + 1]!; k < end; k++) {
        const j = js[k]!
        dot[j] = dot[j]! + w * ws[k]!
        if (seen[j] === 0) {
          seen[j] = 1
          touched[touchedCount++] = j
        }
      }
    }
  }
  const bWithoutTerms = set.b.flatMap((f, j) => (f.terms.length === 0 ? [j] : []))
  // Note: read for every pair touched (tens of thousands), where each B clause's features object was loaded for its terms.
  const withoutTermsB = new Uint8Array(nB)
  for (const j of bWithoutTerms) withoutTermsB[j] = 1

  // Note: clauses of A with the same terms (the same text under other numbers, a repeated
  // boilerplate line) have the same vectors, so their dot products are worked out once.
  const keys = set.a.map((f) => termKey(f.terms))
  const keyCount = new Map<string, number>()
  for (const key of keys) keyCount.set(key, (keyCount.get(key) ?? 0) + 1)
  const known = new Map<string, { js: Int32Array; term: Float64Array; shingle: Float64Array }>()

  for (let i = 0; i < nA; i++) {
    const fa = set.a[i]!
    const key = keys[i]!
    const repeated = keyCount.get(key)! > 1
    const dots = repeated ? known.get(key) : undefined
    if (dots) {
      for (let k = 0; k < dots.js.length; k++) {
        const j = dots.js[k]!
        termDot[j] = dots.term[k]!
        shingleDot[j] = dots.shingle[k]!
        seen[j] = 1
        touched[touchedCount++] = j
      }
    } else {
      accumulate(fa.termVector, termIndex, termDot)
      accumulate(fa.shingleVector, shingleIndex, shingleDot)
      if (repeated) {
        // Note: filled by a loop: Float64Array.from with a mapping function calls back per
        // element through an iterator, and was a third of this pass where texts repeat.
        const js = touched.slice(0, touchedCount)
        const term = new Float64Array(touchedCount)
        const shingle = new Float64Array(touchedCount)
        for (let k = 0; k < touchedCount; k++) {
          term[k] = termDot[js[k]!]!
          shingle[k] = shingleDot[js[k]!]!
        }
        known.set(key, { js, term, shingle })
      }
    }
    for (const j of byIdentity.get(fa.identity) ?? []) touch(j)
    // Clauses with no content terms (a bare "1.0", "Yes | No") are compared by their plain words.
    const fallback = fa.terms.length === 0 ? Array.from({ length: nB }, (_, j) => j) : bWithoutTerms
    for (const j of fallback) touch(j)

    const sameText = identityIds.get(fa.identity) ?? -1
    const aWithoutTerms = fa.terms.length === 0
    for (let k = 0; k < touchedCount; k++) {
      const j = touched[k]!
      let s: number
      if (identityOfB[j] === sameText) s = 1
      else if (aWithoutTerms || withoutTermsB[j] === 1) s = wordJaccard(fa, set.b[j]!)
      else s = blend(termDot[j]!, shingleDot[j]!, weights)
      if (s >= minScore) out.set(i, j, s)
      termDot[j] = 0
      shingleDot[j] = 0
      seen[j] = 0
    }
    touchedCount = 0
  }
  return out
}

/**
 * Scores with a small bonus for pairs whose neighbours also pair (i-1 with j-1, or i+1 with
 * j+1): of two equally good candidates, the one that keeps its context wins. The bonus is
 * given only to pairs already near the threshold, so it never makes a pair from nothing.
 */
export function withNeighbourBonus(base: PairScores, bonus: number, threshold: number, floor: number): PairScores {
  if (bonus <= 0) return base
  return base.rescored((i, j, s) => {
    let context = 0
    if (s >= floor) {
      const before = base.get(i - 1, j - 1)
      const after = base.get(i + 1, j + 1)
      context = Math.max(before >= threshold ? before : 0, after >= threshold ? after : 0)
    }
    return s + bonus * context
  })
}

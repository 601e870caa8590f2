/**
 * Scored candidate pairs: every candidate pair of the index scored once by cosine, the weak
 * ones dropped, and each clause's links capped at its strongest few, so that the number of
 * pairs grows with the library and not with the square of the largest family.
 */
import type { ClauseIndex } from './clause-index'
import { Visited } from './clause-index'
import { packSparse } from './sparse'

export interface ScoredPairs {
  /** The two clause numbers of each pair (a < b) and their similarity, strongest first. */
  readonly a: Int32Array
  readonly b: Int32Array
  readonly similarity: Float64Array
}

class Growable {
  a = new Int32Array(1024)
  b = new Int32Array(1024)
  s = new Float64Array(1024)
  length = 0

  push(a: number, b: number, s: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => {
        const y = make(x.length * 2)
        y.set(x)
        return y
      }
      this.a = grow(this.a, (n) => new Int32Array(n))
      this.b = grow(this.b, (n) => new Int32Array(n))
      this.s = grow(this.s, (n) => new Float64Array(n))
    }
    this.a[this.length] = a
    this.b[this.length] = b
    this.s[this.length] = s
    this.length++
  }
}

/** Candidates beyond the index's, and a bonus every pair's cosine earns (both from duty concepts). */
export interface MoreCandidates {
  visit(i: number, visit: (j: number) => void): void
  bonus(i: number, j: number): number
}

/**
 * Pairs of candidates (the index's, and `more`'s) scored by cosine plus `more`'s bonus, at or above `minSimilarity`, strongest first (ties by clause number,
 * so the order is the same on every run). A pair is kept while either clause has fewer than
 * `perClause` stronger pairs kept.
 */
export function scoredPairs(index: ClauseIndex, minSimilarity: number, perClause: number, more?: MoreCandidates): ScoredPairs {
  const n = index.clauses.length
  const found = new Growable()
  const visited = new Visited(n)
  // Note: clause i's vector spread out over a dense array, so that each candidate's cosine is
  // one walk over the candidate's terms instead of a merge of two lists (the same products,
  // summed in the same order of term numbers, so the same figures to the last bit). The
  // candidates' vectors are read from one packed pair of arrays.
  const packed = packSparse(index.vectors)
  const { start, ids, weights } = packed
  const dense = new Float64Array(packed.dims)
  const { keys, postings, keyPositions } = index
  const { pairAllUpTo, window } = index.options
  let i = 0
  const score = (j: number): void => {
    let d = 0
    for (let t = start[j]!, end = start[j + 1]!; t < end; t++) d += dense[ids[t]!]! * weights[t]!
    const s = (d <= 0 ? 0 : d >= 1 ? 1 : d) + (more ? more.bonus(i, j) : 0)
    if (s >= minSimilarity) found.push(i, j, s)
  }
  for (; i < n; i++) {
    const from = start[i]!
    const end = start[i + 1]!
    for (let t = from; t < end; t++) dense[ids[t]!] = weights[t]!
    // The index's candidates (as forEachCandidate gives them), in line: this loop runs for
    // every candidate of every clause. Each pair is scored from its smaller clause number.
    visited.next()
    visited.first(i)
    const ks = keys[i]!
    for (let k = 0; k < ks.length; k++) {
      const list = postings.get(ks[k]!)!
      let p = 0
      let to = list.length
      if (to > pairAllUpTo) {
        const pos = keyPositions[i]![k]!
        p = Math.max(0, pos - window)
        to = Math.min(to, pos + window + 1)
      }
      for (; p < to; p++) {
        const j = list[p]!
        if (visited.first(j) && j > i) score(j)
      }
    }
    // Note: in the same round of `visited`, so a clause that is a candidate both ways is scored once.
    more?.visit(i, (j) => {
      if (visited.first(j) && j > i) score(j)
    })
    for (let t = from; t < end; t++) dense[ids[t]!] = 0
  }
  const { a, b, s } = found
  const stronger = (x: number, y: number): boolean => s[x]! > s[y]! || (s[x] === s[y] && (a[x]! < a[y]! || (a[x] === a[y] && b[x]! < b[y]!)))
  // Note: taking pairs strongest first and keeping one while either clause has fewer than
  // `perClause` kept keeps exactly the pairs among the `perClause` strongest of either clause
  // (those are always kept; any other finds both clauses full). So each clause's strongest few
  // are picked out as the pairs come, and only the pairs kept are sorted, not all found.
  // A clause has at most n - 1 pairs, so a cap at or over that keeps them all.
  const all = perClause >= n - 1
  if (all) perClause = 0
  const top = new Int32Array(n * perClause)
  const count = new Int32Array(n)
  const offer = (x: number, e: number): void => {
    const base = x * perClause
    let k = count[x]!
    if (k === perClause) {
      if (!stronger(e, top[base + k - 1]!)) return
      k--
    } else count[x]!++
    // Insertion into the clause's list, strongest first.
    while (k > 0 && stronger(e, top[base + k - 1]!)) {
      top[base + k] = top[base + k - 1]!
      k--
    }
    top[base + k] = e
  }
  if (perClause > 0) {
    for (let e = 0; e < found.length; e++) {
      offer(a[e]!, e)
      offer(b[e]!, e)
    }
  }
  const taken = new Uint8Array(found.length)
  const kept: number[] = []
  if (all) for (let e = 0; e < found.length; e++) kept.push(e)
  for (let x = 0; x < n && !all; x++) {
    for (let k = 0; k < count[x]!; k++) {
      const e = top[x * perClause + k]!
      if (!taken[e]) {
        taken[e] = 1
        kept.push(e)
      }
    }
  }
  const order = strongestFirst(kept, s, a, b)
  // Note: gathered by a loop: TypedArray.from with a mapping function walks an iterator and
  // calls back per pair.
  const out = { a: new Int32Array(order.length), b: new Int32Array(order.length), similarity: new Float64Array(order.length) }
  for (let k = 0; k < order.length; k++) {
    const e = order[k]!
    out.a[k] = a[e]!
    out.b[k] = b[e]!
    out.similarity[k] = s[e]!
  }
  return out
}

/**
 * The pair numbers `pairs` in the order strongest first: by `score` descending, then by the
 * first clause number and the second, ascending (a total order, so the same on every run).
 * Note: the same order as a sort with that comparator, found by sorting the scores alone
 * (a plain numeric sort, native and many times faster than calling a comparator for each of a
 * few hundred thousand pairs), placing each pair at its score's place by binary search, and
 * sorting only the runs of equal scores by clause numbers.
 */
export function strongestFirst(pairs: ArrayLike<number>, score: Float64Array, a: Int32Array, b: Int32Array): Int32Array {
  const m = pairs.length
  // Note: 0 - score, so that a score of 0 (or -0) is one key, as a comparator sees it.
  const key = new Float64Array(m)
  for (let k = 0; k < m; k++) key[k] = 0 - score[pairs[k]!]!
  const sorted = key.slice().sort()
  const order = new Int32Array(m)
  const placed = new Int32Array(m)
  for (let k = 0; k < m; k++) {
    const x = key[k]!
    let lo = 0
    let hi = m
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (sorted[mid]! < x) lo = mid + 1
      else hi = mid
    }
    order[lo + placed[lo]!++] = pairs[k]!
  }
  for (let from = 0; from < m; ) {
    let to = from + 1
    while (to < m && sorted[to] === sorted[from]) to++
    if (to - from > 1) order.subarray(from, to).sort((x, y) => a[x]! - a[y]! || b[x]! - b[y]!)
    from = to
  }
  return order
}

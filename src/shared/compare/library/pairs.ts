/**
 * Scored candidate pairs: every candidate pair of the index scored once by cosine, the weak
 * ones dropped, and each clause's links capped at its strongest few, so that the number of
 * pairs grows with the library and not with the square of the largest family.
 */
import type { ClauseIndex } from './clause-index'
import { forEachCandidate, Visited } from './clause-index'
import { similarity } from './sparse'

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
  for (let i = 0; i < n; i++) {
    const vi = index.vectors[i]!
    const score = (j: number): void => {
      if (j < i) return
      const s = similarity(vi, index.vectors[j]!) + (more ? more.bonus(i, j) : 0)
      if (s >= minSimilarity) found.push(i, j, s)
    }
    forEachCandidate(index, i, visited, score)
    // Note: in the same round of `visited`, so a clause that is a candidate both ways is scored once.
    more?.visit(i, (j) => {
      if (visited.first(j)) score(j)
    })
  }
  const order = new Uint32Array(found.length)
  for (let e = 0; e < order.length; e++) order[e] = e
  const { a, b, s } = found
  order.sort((x, y) => s[y]! - s[x]! || a[x]! - a[y]! || b[x]! - b[y]!)

  const degree = new Int32Array(n)
  const keep = new Growable()
  for (const e of order) {
    const x = a[e]!
    const y = b[e]!
    if (degree[x]! >= perClause && degree[y]! >= perClause) continue
    degree[x]!++
    degree[y]!++
    keep.push(x, y, s[e]!)
  }
  return { a: keep.a.subarray(0, keep.length), b: keep.b.subarray(0, keep.length), similarity: keep.s.subarray(0, keep.length) }
}

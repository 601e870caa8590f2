/**
 * Sparse vectors as two parallel typed arrays sorted by term number: a dot product is one
 * merge walk, with no hashing. A library of 40,000 clauses holds 40,000 of them, so the
 * compact form matters as much as the speed.
 */
export interface Sparse {
  /** Term numbers, ascending. */
  readonly ids: Int32Array
  /** Weight of each term; the vector has length 1 unless it is empty. */
  readonly weights: Float64Array
}

export const emptySparse: Sparse = { ids: new Int32Array(0), weights: new Float64Array(0) }

export function dot(a: Sparse, b: Sparse): number {
  const ai = a.ids
  const bi = b.ids
  let i = 0
  let j = 0
  let sum = 0
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!
    const y = bi[j]!
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
  return sum
}

/**
 * One vector spread over a dense array, so that its dot product with each of many others is
 * one walk over the other's terms, with no merge. Note: the same products summed in the same
 * order of term numbers as dot() (a term the held vector lacks adds 0 · w, which changes no
 * sum that starts at +0), so the same figures to the bit. Hold one vector at a time.
 */
export class SpreadVector {
  private readonly dense: Float64Array
  private held: Sparse = emptySparse

  /** `dims`: one more than the largest term number of any vector held or dotted (dimsOf). */
  constructor(dims: number) {
    this.dense = new Float64Array(dims)
  }

  hold(v: Sparse): void {
    this.release()
    const { ids, weights } = v
    for (let k = 0; k < ids.length; k++) this.dense[ids[k]!] = weights[k]!
    this.held = v
  }

  release(): void {
    const ids = this.held.ids
    for (let k = 0; k < ids.length; k++) this.dense[ids[k]!] = 0
    this.held = emptySparse
  }

  /** dot(held, v). */
  dot(v: Sparse): number {
    const { ids, weights } = v
    const dense = this.dense
    let sum = 0
    for (let k = 0; k < ids.length; k++) sum += dense[ids[k]!]! * weights[k]!
    return sum
  }
}

/** One more than the largest term number of the vectors (0 when all are empty). */
export function dimsOf(vectors: readonly Sparse[]): number {
  let dims = 0
  for (const v of vectors) if (v.ids.length) dims = Math.max(dims, v.ids[v.ids.length - 1]! + 1)
  return dims
}

/** Cosine of two unit vectors, held to 0..1 (rounding can step past 1 by a hair). */
export function similarity(a: Sparse, b: Sparse): number {
  const d = dot(a, b)
  return d <= 0 ? 0 : d >= 1 ? 1 : d
}

/**
 * Many sparse vectors packed end to end: vector v's terms are ids[start[v] .. start[v + 1]),
 * with their weights beside them. Note: one pair of arrays instead of one pair per vector, so
 * a loop over tens of thousands of candidates reads from two arrays it already holds rather
 * than from two objects per candidate (scoring candidate pairs was a third of building families).
 */
export interface PackedSparse {
  readonly start: Int32Array
  readonly ids: Int32Array
  readonly weights: Float64Array
  /** One more than the largest term number (0 when every vector is empty). */
  readonly dims: number
}

export function packSparse(vectors: readonly Sparse[]): PackedSparse {
  const start = new Int32Array(vectors.length + 1)
  for (let v = 0; v < vectors.length; v++) start[v + 1] = start[v]! + vectors[v]!.ids.length
  const ids = new Int32Array(start[vectors.length]!)
  const weights = new Float64Array(ids.length)
  let dims = 0
  for (let v = 0; v < vectors.length; v++) {
    const x = vectors[v]!
    ids.set(x.ids, start[v]!)
    weights.set(x.weights, start[v]!)
    if (x.ids.length) dims = Math.max(dims, x.ids[x.ids.length - 1]! + 1)
  }
  return { start, ids, weights, dims }
}

/**
 * A sum of vectors (a family's centroid), grown as members join: term numbers in the order
 * they were first added, with their summed weights, found through an open-addressing table.
 * Note: a Map did the same job, but its hashing and boxed numbers made the group sums about a
 * tenth of the families' time at 40,000 clauses. Walks go in first-added order, as a Map's do,
 * so every dot product sums the same products in the same order (the same figures to the bit).
 */
export class Accumulator {
  private ids = new Int32Array(8)
  private sums = new Float64Array(8)
  private count = 0
  /** Slot → 1 + the term's place in `ids`; 0 for an empty slot. Kept at most half full. */
  private slots = new Int32Array(16)
  private shift = 28

  /** How many terms the sum holds. */
  get size(): number {
    return this.count
  }

  /** The summed weight of a term (0 if no vector added had it). */
  get(id: number): number {
    const at = this.placeOf(id)
    return at < 0 ? 0 : this.sums[at]!
  }

  add(v: Sparse): void {
    for (let i = 0; i < v.ids.length; i++) this.addTo(v.ids[i]!, v.weights[i]!)
  }

  /** Merges another sum into this one. */
  absorb(other: Accumulator): void {
    for (let k = 0; k < other.count; k++) this.addTo(other.ids[k]!, other.sums[k]!)
  }

  dotSparse(v: Sparse): number {
    let sum = 0
    for (let i = 0; i < v.ids.length; i++) sum += this.get(v.ids[i]!) * v.weights[i]!
    return sum
  }

  dotAccumulator(other: Accumulator): number {
    const [small, large] = this.count <= other.count ? [this, other] : [other, this]
    let sum = 0
    for (let k = 0; k < small.count; k++) sum += small.sums[k]! * large.get(small.ids[k]!)
    return sum
  }

  private slotOf(id: number): number {
    return Math.imul(id, 0x9e3779b1) >>> this.shift
  }

  /** The term's place in `ids`, or -1. */
  private placeOf(id: number): number {
    const mask = this.slots.length - 1
    for (let h = this.slotOf(id); ; h = (h + 1) & mask) {
      const at = this.slots[h]!
      if (at === 0) return -1
      if (this.ids[at - 1] === id) return at - 1
    }
  }

  private addTo(id: number, w: number): void {
    const mask = this.slots.length - 1
    let h = this.slotOf(id)
    for (; ; h = (h + 1) & mask) {
      const at = this.slots[h]!
      if (at === 0) break
      if (this.ids[at - 1] === id) {
        this.sums[at - 1] = this.sums[at - 1]! + w
        return
      }
    }
    if (this.count === this.ids.length) {
      const ids = new Int32Array(this.count * 2)
      ids.set(this.ids)
      this.ids = ids
      const sums = new Float64Array(this.count * 2)
      sums.set(this.sums)
      this.sums = sums
    }
    // Note: 0 + w, as a Map's (get ?? 0) + w gave, so that -0 and 0 sum alike.
    this.ids[this.count] = id
    this.sums[this.count] = 0 + w
    this.count++
    this.slots[h] = this.count
    if (this.count * 2 > this.slots.length) this.grow()
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    this.shift--
    const mask = this.slots.length - 1
    for (let k = 0; k < this.count; k++) {
      let h = this.slotOf(this.ids[k]!)
      while (this.slots[h] !== 0) h = (h + 1) & mask
      this.slots[h] = k + 1
    }
  }
}

export function sparseSquaredNorm(v: Sparse): number {
  let s = 0
  for (let i = 0; i < v.weights.length; i++) s += v.weights[i]! * v.weights[i]!
  return s
}

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

/** Cosine of two unit vectors, held to 0..1 (rounding can step past 1 by a hair). */
export function similarity(a: Sparse, b: Sparse): number {
  const d = dot(a, b)
  return d <= 0 ? 0 : d >= 1 ? 1 : d
}

/** A sum of vectors (a family's centroid), kept as a map because it grows as members join. */
export class Accumulator {
  readonly weights = new Map<number, number>()
  /** Squared length of the sum. */
  squaredNorm = 0

  add(v: Sparse): void {
    this.squaredNorm += 2 * this.dotSparse(v) + sparseSquaredNorm(v)
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!
      this.weights.set(id, (this.weights.get(id) ?? 0) + v.weights[i]!)
    }
  }

  /** Merges another sum into this one. */
  absorb(other: Accumulator): void {
    this.squaredNorm += 2 * this.dotAccumulator(other) + other.squaredNorm
    for (const [id, w] of other.weights) this.weights.set(id, (this.weights.get(id) ?? 0) + w)
  }

  dotSparse(v: Sparse): number {
    let sum = 0
    for (let i = 0; i < v.ids.length; i++) sum += (this.weights.get(v.ids[i]!) ?? 0) * v.weights[i]!
    return sum
  }

  dotAccumulator(other: Accumulator): number {
    const [small, large] = this.weights.size <= other.weights.size ? [this.weights, other.weights] : [other.weights, this.weights]
    let sum = 0
    for (const [id, w] of small) sum += w * (large.get(id) ?? 0)
    return sum
  }
}

export function sparseSquaredNorm(v: Sparse): number {
  let s = 0
  for (let i = 0; i < v.weights.length; i++) s += v.weights[i]! * v.weights[i]!
  return s
}

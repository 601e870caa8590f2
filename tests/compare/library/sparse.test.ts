/**
 * The sparse-vector structures families are built from: the packed form the candidate loop
 * reads, and the group sums (Accumulator), which must give exactly the figures a Map of
 * term → summed weight, walked in first-added order, gives (families are pinned to the bit).
 */
import { describe, expect, it } from 'vitest'
import { Accumulator, dimsOf, dot, packSparse, type Sparse, SpreadVector } from '../../../src/shared/compare/library/sparse'
import { random } from './synthetic'

/** The sum as it was kept before: a Map in first-added order. */
class MapSum {
  readonly weights = new Map<number, number>()
  add(v: Sparse): void {
    for (let i = 0; i < v.ids.length; i++) this.weights.set(v.ids[i]!, (this.weights.get(v.ids[i]!) ?? 0) + v.weights[i]!)
  }
  absorb(other: MapSum): void {
    for (const [id, w] of other.weights) this.weights.set(id, (this.weights.get(id) ?? 0) + w)
  }
  dotSparse(v: Sparse): number {
    let sum = 0
    for (let i = 0; i < v.ids.length; i++) sum += (this.weights.get(v.ids[i]!) ?? 0) * v.weights[i]!
    return sum
  }
  dotAccumulator(other: MapSum): number {
    const [small, large] = this.weights.size <= other.weights.size ? [this.weights, other.weights] : [other.weights, this.weights]
    let sum = 0
    for (const [id, w] of small) sum += w * (large.get(id) ?? 0)
    return sum
  }
}

function randomVector(rand: () => number, terms: number, range: number): Sparse {
  const ids = [...new Set(Array.from({ length: terms }, () => Math.floor(rand() * range)))].sort((a, b) => a - b)
  const weights = Float64Array.from(ids, () => rand() - 0.2)
  let norm = 0
  for (const w of weights) norm += w * w
  norm = Math.sqrt(norm)
  return { ids: Int32Array.from(ids), weights: weights.map((w) => w / norm) }
}

describe('Accumulator', () => {
  it('gives the same dot products, to the bit, as a Map in first-added order, through many adds and merges', () => {
    const rand = random(42)
    // Term numbers up to a million, so the table grows many times and probes collide.
    const vectors = Array.from({ length: 400 }, () => randomVector(rand, 1 + Math.floor(rand() * 40), rand() < 0.5 ? 60 : 1_000_000))
    const ours = vectors.slice(0, 40).map(() => new Accumulator())
    const theirs = vectors.slice(0, 40).map(() => new MapSum())
    for (let step = 0; step < 500; step++) {
      const g = Math.floor(rand() * ours.length)
      if (rand() < 0.8) {
        const v = vectors[Math.floor(rand() * vectors.length)]!
        ours[g]!.add(v)
        theirs[g]!.add(v)
      } else {
        const h = Math.floor(rand() * ours.length)
        if (h === g) continue
        ours[g]!.absorb(ours[h]!)
        theirs[g]!.absorb(theirs[h]!)
      }
      const probe = vectors[Math.floor(rand() * vectors.length)]!
      const other = Math.floor(rand() * ours.length)
      expect(ours[g]!.dotSparse(probe)).toBe(theirs[g]!.dotSparse(probe))
      expect(ours[g]!.dotAccumulator(ours[other]!)).toBe(theirs[g]!.dotAccumulator(theirs[other]!))
      expect(ours[g]!.size).toBe(theirs[g]!.weights.size)
    }
    for (let g = 0; g < ours.length; g++) for (const [id, w] of theirs[g]!.weights) expect(ours[g]!.get(id)).toBe(w)
  })

  it('reads 0 for a term no vector had, and sums a term added twice', () => {
    const sum = new Accumulator()
    sum.add({ ids: Int32Array.of(3, 17), weights: Float64Array.of(0.6, 0.8) })
    sum.add({ ids: Int32Array.of(17), weights: Float64Array.of(1) })
    expect(sum.get(4)).toBe(0)
    expect(sum.get(17)).toBeCloseTo(1.8, 12)
    expect(sum.size).toBe(2)
    expect(sum.dotAccumulator(sum)).toBeCloseTo(0.36 + 1.8 * 1.8, 12)
  })
})

describe('packSparse', () => {
  it('lays vectors end to end, each found between its start and the next', () => {
    const rand = random(7)
    const vectors = [randomVector(rand, 5, 100), { ids: new Int32Array(0), weights: new Float64Array(0) }, randomVector(rand, 9, 300)]
    const packed = packSparse(vectors)
    expect(Array.from(packed.start)).toEqual([0, vectors[0]!.ids.length, vectors[0]!.ids.length, vectors[0]!.ids.length + vectors[2]!.ids.length])
    expect(packed.dims).toBe(vectors[2]!.ids.at(-1)! + 1)
    vectors.forEach((v, k) => {
      const ids = packed.ids.subarray(packed.start[k]!, packed.start[k + 1]!)
      const weights = packed.weights.subarray(packed.start[k]!, packed.start[k + 1]!)
      expect(Array.from(ids)).toEqual(Array.from(v.ids))
      expect(dot({ ids, weights }, vectors[0]!)).toBe(dot(v, vectors[0]!))
    })
    expect(packSparse([]).dims).toBe(0)
  })
})

describe('SpreadVector', () => {
  it('gives dot() to the bit, for each vector held in turn against many others', () => {
    const rand = random(7)
    const vectors = Array.from({ length: 300 }, () => (rand() < 0.05 ? { ids: new Int32Array(0), weights: new Float64Array(0) } : randomVector(rand, 1 + Math.floor(rand() * 40), rand() < 0.5 ? 80 : 50_000)))
    const spread = new SpreadVector(dimsOf(vectors))
    let checked = 0
    for (let h = 0; h < vectors.length; h += 3) {
      spread.hold(vectors[h]!)
      for (let k = 0; k < vectors.length; k += 1 + Math.floor(rand() * 4)) {
        expect(Object.is(spread.dot(vectors[k]!), dot(vectors[h]!, vectors[k]!))).toBe(true)
        checked++
      }
    }
    spread.release()
    // Released: nothing held, every dot product 0.
    for (const v of vectors.slice(0, 20)) expect(spread.dot(v)).toBe(0)
    expect(checked).toBeGreaterThan(1000)
  })

  it('dimsOf is one more than the largest term number', () => {
    expect(dimsOf([{ ids: Int32Array.of(2, 9), weights: Float64Array.of(0.6, 0.8) }, { ids: new Int32Array(0), weights: new Float64Array(0) }])).toBe(10)
    expect(dimsOf([])).toBe(0)
  })
})

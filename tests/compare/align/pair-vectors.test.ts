/**
 * The clause vectors the rules by meaning read (pair-vectors.ts, semantic-leftovers.ts
 * centredVectors): made lazily, once per comparison, shared by both rules, they equal to the
 * bit what the eager code made (every clause of both sides weighed term by term, the mean taken
 * and each vector centred with Float32Array.map), so no pairing can change.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type PreparedClause, prepareSource } from '../../../src/shared/compare/align'
import { featuresOf, type FeatureSet } from '../../../src/shared/compare/align/features'
import { nearestInMeaning } from '../../../src/shared/compare/align/meaning-parts'
import { pairVectors } from '../../../src/shared/compare/align/pair-vectors'
import { centredVectors } from '../../../src/shared/compare/align/semantic-leftovers'
import { knownTerms } from '../../../src/shared/compare/semantic'
import { addRow, DIMENSIONS, normalised, wordVectorTable } from '../../../src/shared/compare/semantic/word-vectors'
import { importFile } from '../../../src/shared/import/import-file'
import { revisionsDir } from './revisions'

/** The vectors as the eager code made them, before any of them was shared or lazy. */
function eagerVectors(set: FeatureSet): { raw: { a: (Float32Array | undefined)[]; b: (Float32Array | undefined)[] }; centred: { a: (Float32Array | undefined)[]; b: (Float32Array | undefined)[] } } {
  const { rows, codes, scales } = wordVectorTable()
  const vectorOf = (terms: readonly string[]): Float32Array | undefined => {
    const sum = new Float32Array(DIMENSIONS)
    let found = false
    for (const t of terms) {
      const row = rows.get(t)
      if (row === undefined) continue
      addRow(sum, row, set.termStats.idf(t), codes, scales)
      found = true
    }
    return found ? normalised(sum) : undefined
  }
  const raw = { a: set.a.map((f) => vectorOf(f.terms)), b: set.b.map((f) => vectorOf(f.terms)) }
  const mean = new Float32Array(DIMENSIONS)
  for (const v of [...raw.a, ...raw.b]) if (v) for (let d = 0; d < DIMENSIONS; d++) mean[d]! += v[d]! / (raw.a.length + raw.b.length)
  const centre = (v: Float32Array | undefined): Float32Array | undefined => {
    if (!v) return undefined
    const out = v.map((x, d) => x - mean[d]!)
    let norm = 0
    for (let d = 0; d < DIMENSIONS; d++) norm += out[d]! * out[d]!
    norm = Math.sqrt(norm)
    return norm > 0 ? out.map((x) => x / norm) : undefined
  }
  return { raw, centred: { a: raw.a.map(centre), b: raw.b.map(centre) } }
}

/** The bytes of a vector (equal bytes: equal to the bit, -0 and NaN included). */
const bytes = (v: Float32Array | undefined): number[] | undefined => (v ? [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] : undefined)

/** Indices 0..n-1 in a scrambled order, so that lazy vectors are not made in document order. */
const scrambled = (n: number): number[] => Array.from({ length: n }, (_, k) => (k * 37 + 11) % n).filter((k, at, all) => all.indexOf(k) === at)

async function preparedPair(name: string): Promise<[PreparedClause[], PreparedClause[]]> {
  const dir = path.join(revisionsDir, name)
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { a: string; b: string }
  const [a, b] = await Promise.all(
    [gold.a, gold.b].map((file) => importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(dir, file))), importedAt: '2026-01-01T00:00:00.000Z' })),
  )
  return [prepareSource(a!), prepareSource(b!)]
}

describe('clause vectors of a comparison (tune pairs whistleblowing-you-we, a rewrite, and splits-merges, most clauses kept)', () => {
  let set: FeatureSet
  let fresh: () => FeatureSet
  /** A revision that keeps most clauses word for word (tune pair splits-merges). */
  let keeping: () => FeatureSet
  beforeAll(async () => {
    const [ka, kb] = await preparedPair('splits-merges')
    keeping = () => featuresOf(ka, kb)
    const [pa, pb] = await preparedPair('whistleblowing-you-we')
    // A feature set of the pair that no rule has asked anything of yet.
    fresh = () => featuresOf(pa, pb)
    set = fresh()
    expect(set.a.length).toBeGreaterThan(10)
    expect(set.b.length).toBeGreaterThan(10)
  })

  it('makes raw vectors equal to the eager ones, to the bit, in whatever order they are asked for', () => {
    for (const one of [set, keeping()]) {
      const eager = eagerVectors(one)
      const lazy = pairVectors(one)
      for (const i of scrambled(one.a.length)) expect(bytes(lazy.a(i)), `a ${i}`).toEqual(bytes(eager.raw.a[i]))
      for (const j of scrambled(one.b.length)) expect(bytes(lazy.b(j)), `b ${j}`).toEqual(bytes(eager.raw.b[j]))
      expect(lazy.a(one.a.length)).toBeUndefined()
    }
  })

  it('centres them equal to the eager maps, to the bit', () => {
    for (const one of [set, keeping()]) {
      const eager = eagerVectors(one)
      const centred = centredVectors(one)
      for (const j of scrambled(one.b.length)) expect(bytes(centred.b(j)), `b ${j}`).toEqual(bytes(eager.centred.b[j]))
      for (const i of scrambled(one.a.length)) expect(bytes(centred.a(i)), `a ${i}`).toEqual(bytes(eager.centred.a[i]))
    }
  })

  it('makes each vector once per comparison, shared by both rules, and once for a clause both sides hold in the same words', () => {
    const own = keeping()
    const vectors = pairVectors(own)
    expect(pairVectors(own)).toBe(vectors)
    const first = vectors.a(0)
    expect(vectors.a(0)).toBe(first)
    centredVectors(own)
    const distinct = new Set([...own.a, ...own.b].map((f) => knownTerms(f.terms).key))
    expect(distinct.size).toBeLessThan(own.a.length + own.b.length)
    expect(vectors.made()).toBe(distinct.size)
    // The rule by parts (meaning-parts.ts) reads the same vectors: it makes none of its own.
    nearestInMeaning(own, 'a', 0, 1, () => false)
    expect(pairVectors(own).made()).toBe(distinct.size)
    // A clause kept word for word: one vector object on both sides.
    const i = own.a.findIndex((f) => own.b.some((g) => g.identity === f.identity && f.terms.length > 0))
    const j = own.b.findIndex((g) => g.identity === own.a[i]!.identity)
    expect(i).toBeGreaterThanOrEqual(0)
    expect(vectors.b(j)).toBe(vectors.a(i))
  })

  it('makes only the vectors a rule reads: parts by meaning, one clause against one side', () => {
    const own = fresh()
    nearestInMeaning(own, 'a', 0, 1, () => false)
    const titles = own.b.filter((f, k) => k !== 1 && f.heading).length
    expect(pairVectors(own).made()).toBeLessThanOrEqual(1 + own.b.length - titles)
    expect(pairVectors(own).made()).toBeLessThan(own.a.length + own.b.length)
  })

  it('looks a term list up in the vocabulary once (kept per list), keyed by the terms it knows', () => {
    const terms = set.a[0]!.terms
    expect(knownTerms(terms)).toBe(knownTerms(terms))
    expect(knownTerms(['qzxv']).rows.length).toBe(0)
    expect(knownTerms(['qzxv', ...terms, 'qzxv']).key).toBe(knownTerms(terms).key)
  })
})

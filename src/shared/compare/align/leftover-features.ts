/**
 * What the learned last step (learned-leftovers.ts) knows of one plausible leftover pair: every
 * kind of evidence the hand-made rules read one at a time (words, synonyms, meaning and its
 * rank, place, structure), as numbers, so one fitted weighing decides instead of a threshold per
 * rule. The order of FEATURE_NAMES is the order of a fitted model's weights (leftover-model.ts).
 */
import type { Clause } from '../../model'
import { vectorCosine } from '../semantic'
import { type FeatureSet, softCoverage } from './features'
import type { AlignedGroup } from './groups'
import { correspondingSections, type LeftoverPlace, placeDistance, type Sides } from './leftover-candidates'
import { sharedIdeas } from './ordered-leftovers'
import type { PairScores } from './scores'

export const FEATURE_NAMES = [
  'score', // lexical score (scores.ts: TF-IDF of terms and shingles)
  'related', // mutual soft coverage: synonyms and derivations at part credit, the weaker way
  'cosine', // word-vector cosine, centred on both documents
  'rankA', // log(1 + how many B clauses stand nearer to A's clause in meaning)
  'rankB', // the same from B's clause
  'marginA', // cosine less that of A's clause's nearest other B clause
  'marginB', // the same from B's clause
  'lexicalBest', // 0..2: each is the other's best by lexical score, of the whole other document
  'sameGap', // both in one gap between in-order anchors
  'gapSize', // log(1 + leftovers beside it in that gap, both sides)
  'gapImbalance', // leftovers of one side of the gap less the other's, absolute
  'sections', // the two sections correspond (either is the other's home)
  'placeDistance', // clauses from the place aligned neighbours imply, over PLACE_SCALE, at most 1
  'neighbours', // 0..2: the clauses before (after) both are aligned together
  'sameLabel', // the same printed label
  'sameListPosition', // list items at the same position in their lists
  'headingWords', // word overlap (Jaccard) of the two section headings
  'lengthRatio', // shorter over longer, in terms
  'positionDistance', // relative place in the documents, apart
  'ideas', // shared ideas (terms or synonyms), at most 5
  'noVector', // either clause has no word vector
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

const PLACE_SCALE = 6
const MAX_IDEAS = 5

export interface FeatureContext {
  clauses: Sides<readonly Clause[]>
  set: FeatureSet
  base: PairScores
  groups: readonly AlignedGroup[]
  place: LeftoverPlace
  sections: Sides<readonly string[]>
  /** Centred clause vectors (semantic-leftovers.ts centredVectors). */
  vectors: Sides<(k: number) => Float32Array | undefined>
}

/** One feature vector per candidate, in FEATURE_NAMES order. */
export function leftoverFeatures(candidates: readonly (readonly [number, number])[], ctx: FeatureContext): number[][] {
  const { set, base, place, sections, clauses } = ctx
  const nA = set.a.length
  const nB = set.b.length
  const meaning = meaningRows(candidates, ctx)
  const best = lexicalBest(base)
  const positions = { a: listPositions(clauses.a), b: listPositions(clauses.b) }
  return candidates.map(([i, j]) => {
    const fa = set.a[i]!
    const fb = set.b[j]!
    const related = Math.min(softCoverage(fa.terms, new Set(fb.terms), set.termStats), softCoverage(fb.terms, new Set(fa.terms), set.termStats))
    const m = meaning.of(i, j)
    const sameGap = place.gapOf.a[i]! >= 0 && place.gapOf.a[i] === place.gapOf.b[j]
    const together = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < nA && y < nB && place.groupOf.a[x]! >= 0 && place.groupOf.a[x] === place.groupOf.b[y]
    const la = fa.terms.length
    const lb = fb.terms.length
    const label = (c: Clause | undefined): string => (typeof c?.label === 'string' ? c.label.trim().toLowerCase() : '')
    const la2 = label(clauses.a[i])
    return [
      base.get(i, j),
      related,
      m.cosine,
      Math.log1p(m.rankA),
      Math.log1p(m.rankB),
      m.marginA,
      m.marginB,
      (best.a[i] === j ? 1 : 0) + (best.b[j] === i ? 1 : 0),
      sameGap ? 1 : 0,
      sameGap ? Math.log1p(place.gapSize.a[i]! + place.gapSize.b[j]! - 2) : 0,
      sameGap ? Math.abs(place.gapSize.a[i]! - place.gapSize.b[j]!) : 0,
      correspondingSections(i, j, sections, place) ? 1 : 0,
      Math.min(PLACE_SCALE, placeDistance(i, j, ctx.groups, place)) / PLACE_SCALE,
      (together(i - 1, j - 1) ? 1 : 0) + (together(i + 1, j + 1) ? 1 : 0),
      la2 !== '' && la2 === label(clauses.b[j]) ? 1 : 0,
      positions.a[i]! > 0 && positions.a[i] === positions.b[j] ? 1 : 0,
      headingOverlap(clauses.a[i], clauses.b[j]),
      Math.max(la, lb) === 0 ? 0 : Math.min(la, lb) / Math.max(la, lb),
      Math.abs((i + 0.5) / nA - (j + 0.5) / nB),
      Math.min(MAX_IDEAS, sharedIdeas(fa.terms, fb.terms)),
      m.missing ? 1 : 0,
    ]
  })
}

interface Meaning {
  cosine: number
  rankA: number
  rankB: number
  marginA: number
  marginB: number
  missing: boolean
}

/**
 * Each candidate clause's cosines with every clause of the other document, made once per
 * clause: rank and margin are read against the whole other document, not the candidates.
 */
function meaningRows(candidates: readonly (readonly [number, number])[], ctx: FeatureContext): { of: (i: number, j: number) => Meaning } {
  const { vectors, set } = ctx
  const rows = { a: new Map<number, Float64Array>(), b: new Map<number, Float64Array>() }
  const row = (side: 'a' | 'b', k: number): Float64Array => {
    let r = rows[side].get(k)
    if (!r) {
      const mine = vectors[side](k)
      const other = side === 'a' ? vectors.b : vectors.a
      const n = side === 'a' ? set.b.length : set.a.length
      r = new Float64Array(n).fill(Number.NaN)
      if (mine) {
        for (let q = 0; q < n; q++) {
          const v = other(q)
          if (v) r[q] = vectorCosine(mine, v)
        }
      }
      rows[side].set(k, r)
    }
    return r
  }
  for (const [i, j] of candidates) {
    row('a', i)
    row('b', j)
  }
  const rankAndMargin = (r: Float64Array, at: number): [number, number] => {
    const mine = r[at]!
    let rank = 0
    let rival = Number.NEGATIVE_INFINITY
    for (let q = 0; q < r.length; q++) {
      if (q === at || Number.isNaN(r[q]!)) continue
      if (r[q]! > mine) rank++
      if (r[q]! > rival) rival = r[q]!
    }
    return [rank, Number.isFinite(rival) ? mine - rival : 0]
  }
  return {
    of: (i, j) => {
      const ra = row('a', i)
      const rb = row('b', j)
      const cosine = ra[j]!
      if (Number.isNaN(cosine)) return { cosine: 0, rankA: ra.length, rankB: rb.length, marginA: -1, marginB: -1, missing: true }
      const [rankA, marginA] = rankAndMargin(ra, j)
      const [rankB, marginB] = rankAndMargin(rb, i)
      return { cosine, rankA, rankB, marginA, marginB, missing: false }
    },
  }
}

/** Each clause's best partner by lexical score, of the whole other document (-1: none). */
function lexicalBest(base: PairScores): Sides<Int32Array> {
  const found = base.bestPartners(1, Number.MIN_VALUE)
  return { a: found.a, b: found.b }
}

/**
 * Each clause's position in its list (1, 2, ...), or 0 for a clause that is no list item: a run
 * of clauses at one level above 0 in one section.
 */
function listPositions(clauses: readonly Clause[]): Int32Array {
  const out = new Int32Array(clauses.length)
  const level = (c: Clause | undefined): number => (typeof c?.level === 'number' ? c.level : 0)
  const section = (c: Clause | undefined): string => (Array.isArray(c?.section) ? c.section.join('\u0000') : '')
  for (let k = 0; k < clauses.length; k++) {
    const here = level(clauses[k])
    if (here <= 0) continue
    const previous = clauses[k - 1]
    out[k] = k > 0 && level(previous) === here && section(previous) === section(clauses[k]) ? out[k - 1]! + 1 : 1
  }
  return out
}

/** Jaccard overlap of the words of the two clauses' nearest headings. */
function headingOverlap(x: Clause | undefined, y: Clause | undefined): number {
  const words = (c: Clause | undefined): Set<string> => {
    const heading = Array.isArray(c?.section) && c.section.length > 0 ? String(c.section[c.section.length - 1]) : ''
    return new Set(heading.toLowerCase().match(/[a-z]{3,}/g) ?? [])
  }
  const wx = words(x)
  const wy = words(y)
  if (wx.size === 0 || wy.size === 0) return 0
  let shared = 0
  for (const w of wx) if (wy.has(w)) shared++
  return shared / (wx.size + wy.size - shared)
}

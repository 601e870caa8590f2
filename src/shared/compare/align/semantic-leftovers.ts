/**
 * Leftovers paired by meaning: a clause rewritten in a new voice with almost no word in common
 * ("the installation of unapproved software is forbidden" / "only put programs on your laptop
 * that IT has approved") is out of reach of every lexical rule, yet stands in its old place
 * between aligned neighbours. Word vectors (../semantic) see that the two say one thing. Read
 * only in the gaps the lexical rules leave between in-order anchors (not the open gap after the
 * last one), after they have run, so a comparison whose clauses all pair never decodes a vector.
 *
 * Evidence: each clause as the IDF-weighted mean of its terms' vectors, less the mean of all
 * clauses of both documents (GloVe puts any two clauses of one domain close, 0.5-0.8: what is
 * left is what sets a clause apart). Cosines of such vectors are noisy in value but telling in
 * rank: a pair is evidence when each clause is among the other's SEMANTIC_RANK nearest of the
 * WHOLE other document (not only of the gap) and each is the other's nearest in the gap. Pairs
 * are then taken on the best monotone path through the gap (ordered-leftovers.ts orderedPairs);
 * a path of one pair must meet the stricter SEMANTIC_LONE_RANK. Note: two clauses that are both
 * unlike the rest of a short document (a removed and a new one) may be each other's nearest for
 * that alone; on the tune set no such pair was taken (removed against new ranked 4-14).
 */
import { DIMENSIONS, vectorCosine } from '../semantic'
import { type FeatureSet, neverPaired } from './features'
import { type Anchor, gapParts } from './gaps'
import { ORDERED_MAX_SIDE, orderedPairs, pairAlike, placed } from './ordered-leftovers'
import { pairVectors } from './pair-vectors'

/**
 * How many clauses of the other document may stand nearer than a pair's partner, on either
 * side. Note: measured on the tune set (centred vectors), reworded clauses in place rank 0-3
 * each way ("a qualifying concern includes any suspected criminal offence" / "tell us if you
 * think someone is breaking the law": 1 and 1), a removed clause against the new one beside it
 * 4-14 (lone-working-plain: 4 and 2; whistleblowing-you-we: 11 and 4).
 */
export const SEMANTIC_RANK = 3

/**
 * The same for a path of one pair (a lone clause a side, or one pair of a larger gap): no order
 * backs it, so each must be the other's nearest of all. Note: on the tune set a removed clause
 * and an unrelated new one in the same gap ranked each other 1 and 1 (sharing "breach") or 2 and 2;
 * the lone rewordings 0 and 0, but for one at 1 and 1 ("drivers must not make any admission of
 * liability" / "don't say sorry or that it was your fault"), lost to this bar.
 */
export const SEMANTIC_LONE_RANK = 0

/**
 * How many more leftovers one side of a gap may hold than the other: a gap of a rewrite in
 * place holds about as many on each side; one of five against two is mostly removals, where
 * the nearest in meaning of a removed clause is an unrelated new one. Note: every gap the rule
 * paired on the tune set was within one (1x1 to 3x4); the one weak pair it added between two
 * different corpus policies came from a gap of 5 against 2.
 */
export const SEMANTIC_SIDE_DIFFERENCE = 1

/**
 * Clause vectors of both sides less the mean of all, unit again; undefined for a clause of
 * unknown words. The mean needs every clause's vector (pair-vectors.ts, shared with
 * meaning-parts.ts); each clause is centred when first asked. Note: plain loops, the same
 * float32 operations in the same order as the eager maps they replace (a test holds them
 * equal to the bit): Float32Array.map calls back per element and was most of this function.
 */
export function centredVectors(set: FeatureSet): { a: (i: number) => Float32Array | undefined; b: (j: number) => Float32Array | undefined } {
  const raw = pairVectors(set)
  const count = set.a.length + set.b.length
  const mean = new Float32Array(DIMENSIONS)
  const addToMean = (v: Float32Array | undefined): void => {
    if (v) for (let d = 0; d < DIMENSIONS; d++) mean[d]! += v[d]! / count
  }
  for (let i = 0; i < set.a.length; i++) addToMean(raw.a(i))
  for (let j = 0; j < set.b.length; j++) addToMean(raw.b(j))
  const centre = (v: Float32Array | undefined): Float32Array | undefined => {
    if (!v) return undefined
    const out = new Float32Array(DIMENSIONS)
    for (let d = 0; d < DIMENSIONS; d++) out[d] = v[d]! - mean[d]!
    let norm = 0
    for (let d = 0; d < DIMENSIONS; d++) norm += out[d]! * out[d]!
    norm = Math.sqrt(norm)
    if (!(norm > 0)) return undefined
    for (let d = 0; d < DIMENSIONS; d++) out[d] = out[d]! / norm
    return out
  }
  const side = (size: number, rawOf: (k: number) => Float32Array | undefined): ((k: number) => Float32Array | undefined) => {
    const vectors: (Float32Array | undefined)[] = new Array<Float32Array | undefined>(size)
    const made = new Uint8Array(size)
    return (k) => {
      if (!(k >= 0 && k < size)) return undefined
      if (!made[k]) {
        made[k] = 1
        vectors[k] = centre(rawOf(k))
      }
      return vectors[k]
    }
  }
  return { a: side(set.a.length, raw.a), b: side(set.b.length, raw.b) }
}

/**
 * Pairs of leftovers by meaning, gap by gap (see the top of this file), in the gaps
 * ordered-leftovers.ts reads: up to ORDERED_MAX_SIDE a side, each pair standing alike beside the
 * anchors' sections (or the whole gap placed).
 */
export function semanticLeftoverPairs(
  anchors: readonly Anchor[],
  sizeA: number,
  sizeB: number,
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  sections: { a: readonly string[]; b: readonly string[] },
  set: FeatureSet,
): [number, number][] {
  let vectors: ReturnType<typeof centredVectors> | undefined
  // Each leftover's cosines with the clauses of the other side, each made when first asked
  // (NaN: not yet); -2 where either clause has no vector.
  const rowsA = new Map<number, Float64Array>()
  const rowsB = new Map<number, Float64Array>()
  const cosine = (k: number, side: 'a' | 'b', q: number): number => {
    const memo = side === 'a' ? rowsA : rowsB
    let row = memo.get(k)
    if (!row) memo.set(k, (row = new Float64Array(side === 'a' ? sizeB : sizeA).fill(Number.NaN)))
    let c = row[q]!
    if (Number.isNaN(c)) {
      const mine = side === 'a' ? vectors!.a(k) : vectors!.b(k)
      const v = mine ? (side === 'a' ? vectors!.b(q) : vectors!.a(q)) : undefined
      row[q] = c = mine && v ? vectorCosine(mine, v) : -2
    }
    return c
  }
  /**
   * How many clauses of the other side stand nearer to k than `at`, counted up to most + 1.
   * Note: past `most` the pair is no evidence whatever the count, so the count stops there and
   * the cosines beyond are never made: a leftover beside an unrelated new clause finds most + 1
   * nearer ones within a few clauses, where the whole row was 300 cosines.
   */
  const rankUpTo = (k: number, side: 'a' | 'b', at: number, most: number): number => {
    const mine = cosine(k, side, at)
    const n = side === 'a' ? sizeB : sizeA
    let r = 0
    for (let q = 0; q < n; q++) if (cosine(k, side, q) > mine && ++r > most) break
    return r
  }
  const out: [number, number][] = []
  for (const gap of gapParts(anchors, sizeA, sizeB, freeA, freeB, sections)) {
    const { as, bs } = gap.part
    if (gap.last || as.length > ORDERED_MAX_SIDE || bs.length > ORDERED_MAX_SIDE || Math.abs(as.length - bs.length) > SEMANTIC_SIDE_DIFFERENCE) continue
    vectors ??= centredVectors(set)
    const standAlike = placed(gap, sections) ? () => true : pairAlike(gap, sections)
    const evidence = (most: number) => (i: number, j: number): number => {
      if (!standAlike(i, j) || neverPaired(set.a[i]!, set.b[j]!)) return 0
      const mine = cosine(i, 'a', j)
      if (mine <= -2) return 0
      // Nearest of each other within the gap.
      if (bs.some((y) => y !== j && cosine(i, 'a', y) >= mine)) return 0
      const theirs = cosine(j, 'b', i)
      if (as.some((x) => x !== i && cosine(j, 'b', x) >= theirs)) return 0
      const fromA = rankUpTo(i, 'a', j, most)
      if (fromA > most) return 0
      const worst = Math.max(fromA, rankUpTo(j, 'b', i, most))
      return worst <= most ? 1 + most - worst : 0
    }
    let path = orderedPairs(as, bs, evidence(SEMANTIC_RANK), 0.5)
    if (path.length < 2) path = orderedPairs(as, bs, evidence(SEMANTIC_LONE_RANK), 0.5)
    out.push(...path)
  }
  return out
}

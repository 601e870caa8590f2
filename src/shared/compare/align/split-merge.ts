/**
 * Splits and merges among neighbours: one clause of A against two adjacent clauses of B whose
 * combined text matches it clearly better than either alone (a split), and the reverse (a
 * merge). Both directions are one search with the roles swapped, so swapping A and B swaps
 * splits and merges and nothing else.
 */
import { coverage, type FeatureSet, introductionWhole, joinFeatures, listIntroduction, similarityOf, type ClauseFeatures, type ScoreWeights } from './features'
import type { ResolvedAlignOptions } from './options'
import type { PairScores } from './scores'
import { termSet } from './term-set'

export interface GroupCandidate {
  kind: 'split' | 'merged'
  /** The one clause (A's for a split, B's for a merge). */
  whole: number
  /** The first of the two adjacent clauses on the other side. */
  first: number
  similarity: number
  gain: number
}

/**
 * Note: a group links three clauses, so it is worth a little more than one pair; it must
 * still outweigh the pairs it would break. 1.3 was measured on the evaluation set.
 */
const GROUP_WORTH = 1.3

/** Only parts that share at least this much with the whole are worth trying together. */
const PART_FLOOR = 0.08

/** How many of a clause's best partners are tried as the parts of a split or merge. */
const PARTS_TRIED = 8

interface Side {
  features: ClauseFeatures[]
  /** Partner index on the other side, or -1. */
  match: Int32Array
}

/**
 * Candidate groups given the one-to-one matching so far (matchA / matchB), best gain first.
 * The caller accepts them greedily, each clause in at most one group.
 */
export function groupCandidates(set: FeatureSet, scores: PairScores, matchA: Int32Array, matchB: Int32Array, options: ResolvedAlignOptions): GroupCandidate[] {
  const weights: ScoreWeights = { termWeight: options.termWeight }
  const a: Side = { features: set.a, match: matchA }
  const b: Side = { features: set.b, match: matchB }
  const out: GroupCandidate[] = []
  // Only the whole's best few partners are tried as parts, so that a document of
  // near-duplicate clauses costs O(n) here, not O(n^2): found for both sides in one pass.
  const best = scores.bestPartners(PARTS_TRIED, PART_FLOOR)
  // Split: whole in A, parts in B. scoreOf(whole, part).
  search('split', a, b, best.a)
  // Merge: whole in B, parts in A.
  search('merged', b, a, best.b)

  function search(kind: GroupCandidate['kind'], wholeSide: Side, partSide: Side, bestOf: Int32Array): void {
    // Note: the whole's score with a part read straight from the scores, not through a closure
    // per direction, which returned each score as a new heap number (a good part of the garbage
    // a comparison left).
    const merge = kind === 'merged'
    const score = (whole: number, part: number): number => (merge ? scores.get(part, whole) : scores.get(whole, part))
    const pairScore = score
    const nParts = partSide.features.length
    // Two neighbours read as one are tried against several wholes: joined once.
    const joined = new Map<number, ClauseFeatures>()
    const joinedAt = (first: number): ClauseFeatures => {
      let f = joined.get(first)
      if (!f) joined.set(first, (f = joinFeatures(partSide.features[first]!, partSide.features[first + 1]!, set)))
      return f
    }
    // Note: the first parts to try for one whole, ascending and distinct (at most 2 x PARTS_TRIED), reused.
    const firsts: number[] = []
    for (let w = 0; w < wholeSide.features.length; w++) {
      firsts.length = 0
      for (let k = w * PARTS_TRIED, end = k + PARTS_TRIED; k < end && bestOf[k]! >= 0; k++) {
        const p = bestOf[k]!
        if (p + 1 < nParts && score(w, p + 1) >= PART_FLOOR) insertSorted(firsts, p)
        if (p - 1 >= 0 && score(w, p - 1) >= PART_FLOOR) insertSorted(firsts, p - 1)
      }
      if (firsts.length === 0) continue
      const whole = wholeSide.features[w]!
      const wholeTerms = termSet(whole.terms)
      for (const first of firsts) {
        const p1 = partSide.features[first]!
        const p2 = partSide.features[first + 1]!
        // A title written as a list item is no part of a clause.
        if (p1.heading !== whole.heading || p2.heading !== whole.heading) continue
        // A list introduction goes with its whole list, not with one of its items.
        if (!listIntroduction(whole.identity) && !introductionWhole([first, first + 1], partSide.features, whole)) continue
        const s1 = score(w, first)
        const s2 = score(w, first + 1)
        // Neither part alone may already say it all (a group must beat both by the margin).
        if (Math.max(s1, s2) + options.splitMargin > 1) continue
        // What the pairs this group would break are worth now.
        let broken = 0
        const m = wholeSide.match[w]!
        if (m >= 0) broken += pairScore(w, m)
        for (const p of [first, first + 1]) {
          const q = partSide.match[p]!
          if (q >= 0 && q !== w) broken += pairScore(q, p)
        }
        // Note: a group's similarity is at most 1, so it gains at most GROUP_WORTH: past that it
        // cannot win, whatever its parts cover (a cheap bound before the dear tests below).
        if (broken >= GROUP_WORTH) continue
        if (coverage(p1.terms, wholeTerms, set.termStats) < options.partCoverage) continue
        if (coverage(p2.terms, wholeTerms, set.termStats) < options.partCoverage) continue
        const together = similarityOf(whole, joinedAt(first), weights)
        if (together < options.threshold || together < Math.max(s1, s2) + options.splitMargin) continue
        const gain = GROUP_WORTH * together - broken
        if (gain > 0) out.push({ kind, whole: w, first, similarity: together, gain })
      }
    }
  }

  // Best gain first; ties by position, looked at the same way from either side.
  return out.sort((x, y) => y.gain - x.gain || x.whole + x.first - (y.whole + y.first) || Math.max(x.whole, x.first) - Math.max(y.whole, y.first))
}

/** Adds x to an ascending list of distinct numbers, unless it is there: a set sorted, for a few numbers. */
function insertSorted(list: number[], x: number): void {
  let at = list.length
  while (at > 0 && list[at - 1]! > x) at--
  if (at > 0 && list[at - 1] === x) return
  list.splice(at, 0, x)
}

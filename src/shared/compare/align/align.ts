/**
 * Clause alignment: which clauses of A say the same thing as which clauses of B.
 *   1. score candidate pairs (TF-IDF cosine of terms and of shingles, neighbour bonus);
 *   2. keep pairs at or above the threshold and take the maximum-weight one-to-one matching,
 *      which lets a clause pair with one anywhere in the other document (moves);
 *   3. look for splits and merges among neighbours and re-match what they free, then let
 *      groups take in left-over parts (up to four, up to two clauses apart: grow-groups.ts);
 *   4. match what is left between two consecutive in-order groups with a lower threshold
 *      (a clause reworded in place), lower still for a lone clause within its section;
 *      Then groups grow again, also by place (a reworded part beside a part, in its section),
 *      and left-over list introductions pair by the lists they introduce; last, a leftover
 *      whose every sentence one clause alone holds joins that clause (sentence-traces.ts);
 *   5. mark groups that moved: to another section, or out of order (off the longest run of
 *      groups that keep their order in both documents).
 * A title written as a numbered list item never pairs with a real clause, nor a list
 * introduction with a clause that does not hold its words.
 */
import type { Clause } from '../../model'
import { EdgeList, maxWeightMatching } from './assignment'
import { type ClauseFeatures, coverage, featuresOf, type FeatureSet, listIntroduction, neverPaired, type PreparedClause, type PreparedMemo, prepareClauses, softCoverage } from './features'
import { listIntroductionPairs } from './list-intros'
import { itemLists, listPositionPairs } from './list-positions'
import { gapListPairs } from './gap-lists'
import { titlePairs } from './title-pairs'
import { listItemsNotTitles } from './list-items'
import { bylineClauses } from './bylines'
import { SECTION_SHARE, sectionLeftoverPairs } from './section-leftovers'
import { unrivalledSectionPairs } from './section-rivals'
import { orderedLeftoverPairs, REVISION_SHARE, sharedIdeas } from './ordered-leftovers'
import { type Anchor, gapEdges, gapParts, type Snug } from './gaps'
import { semanticLeftoverPairs } from './semantic-leftovers'
import { MUTUAL_ALIGNED, MUTUAL_SHARE, mutualLeftoverPairs } from './mutual-leftovers'
import { mutualMeaningPairs } from './mutual-meaning'
import { openingStatementPair } from './opening-statements'
import { rareTermLinks } from './rare-term-links'
import { figureLinks } from './figures'
import { figurePairs } from './figure-pairs'
import { withFigureBonus } from './figure-bonus'
import { groupWords, inOrderChain, movedGroups } from './moves'
import { type AlignOptions, resolveOptions, type ResolvedAlignOptions } from './options'
import { type PairScores, scoreCandidates, withNeighbourBonus } from './scores'
import { growGroups, MAX_PARTS } from './grow-groups'
import { growByContinuations } from './continuations'
import { groupCandidates } from './split-merge'
import { shiftedPairs } from './shifted-pairs'
import { applyTraces, sentenceTraces } from './sentence-traces'
import { type AlignedGroup, type ClauseAlignment, groupsByClause } from './groups'
import { learnedLeftoverPairs } from './learned-leftovers'
import { checkedModel } from './leftover-model'
import { leftoverPlaces } from './leftover-candidates'
import { placedMutualBestPairs } from './placed-mutual-best'

export type { AlignedGroup, ClauseAlignment, GroupKind } from './groups'

/** Scores below this are not even kept as candidates (they can pair with nothing). */
const CANDIDATE_FLOOR = 0.05

/** Gaps larger than this on either side are left alone: a rewrite there is not one-for-one. */
const MAX_GAP = 3

/**
 * Least score in the gap after the last group, open at its end. Note: the leftovers there are
 * often a removed closing clause and an unrelated new one appended (0.14 alike on a real
 * revision); a clause reworded in place keeps more of its words than that.
 */
const END_GAP_THRESHOLD = 0.2

/**
 * The bar for the one clause left over on each side between two in-order groups of its own
 * section, as a share of gapThreshold: the place is evidence, so the words need touch less.
 * Note: 0.5 found no more rewordings on the tune set than 0.75 but paired more replaced clauses of the
 * generated variants (precision on "replaced" 0.992 -> 0.980); 0.75 costs 0.987 there.
 */
const SNUG_GAP_SHARE = 0.75

/**
 * The snug clause pair (see SNUG_GAP_SHARE) also pairs below its bar when each holds this share
 * of the other's term weight, synonyms and derivations of related-words.json at part credit
 * ("reviewed annually" / "look at again every year"): the place is strong evidence, the words
 * weak but real. Note: measured 0.29 on the one such rewording of the tune set, at most 0.16 on
 * the clauses replaced in place of the generated variants (an unrelated clause sharing a word).
 * 0.2, not 0.25: "Managers should maintain appropriate contact with the employee ..." / "Your
 * manager will keep in touch while you are off ..." holds 0.23 (maintain ~ keep), and the one
 * replaced clause of the tune set in such a place (homeworking-you-must) 0.15.
 */
const SNUG_RELATED = 0.2

/** Gap filling passes (the second finds clauses left alone by the first). */
const GAP_PASSES = 2

/** In a gap, two clauses pair only if the shorter has at least this share of the longer's terms. */
const GAP_LENGTH_RATIO = 0.33

/**
 * ...unless the shorter has at least this share of its term weight in the longer: a short
 * clause written out at length (a list item expanded into a defined term and its explanation).
 */
const EXPANDED_HELD = 0.6

/**
 * Tie-breakers: among equal scores, prefer pairs at the same relative place in both documents
 * (squared, so that of two equal texts repeated, the matching that does not cross wins), then
 * pairs nearer the start. Both look the same from either document.
 */
const TIE_BREAK = 1e-6
const TIE_BREAK_2 = 1e-9

/** How many clauses of one side are aligned (usedBy's marks). */
const aligned = (used: Uint8Array): number => used.reduce((n, u) => n + u, 0)

export function alignClauses(a: readonly Clause[], b: readonly Clause[], options?: AlignOptions): ClauseAlignment {
  const opts = resolveOptions(options)
  // The in-order run's last tie-break: each group's words, the same from A as from B (moves.ts).
  const chainWords = groupWords(a, b)
  const given = options?.prepared
  const memo: PreparedMemo = new Map()
  const set = featuresOf(preparedOr(given?.a, a, memo), preparedOr(given?.b, b, memo))
  markListEnds(a, set.a)
  markListEnds(b, set.b)
  unmarkListItems(a, set.a)
  unmarkListItems(b, set.b)
  // Note: a byline pairs with no clause, so it is not counted among the clauses a revision aligns.
  const bylines = markBylines(a, set.a) + markBylines(b, set.b)
  const revisionBar = REVISION_SHARE * (Math.min(a.length, b.length) - bylines)
  // Figures one clause of each side holds (figures.ts). Note: a table row (a version history
  // line) or a title repeats figures of the text without saying what the text requires.
  const tableRow = (c: Clause | undefined): boolean => typeof c?.text === 'string' && c.text.includes('|')
  const figures = figureLinks(
    set.a.map((f) => f.identity),
    set.b.map((f) => f.identity),
    { a: (i) => !set.a[i]!.heading && !tableRow(a[i]), b: (j) => !set.b[j]!.heading && !tableRow(b[j]) },
  )
  const nA = a.length
  const nB = b.length
  const base = scoreCandidates(set, { termWeight: opts.termWeight }, CANDIDATE_FLOOR)
  const scores = withFigureBonus(withNeighbourBonus(base, opts.neighbourBonus, opts.threshold, opts.threshold * 0.6), base, figures, opts.threshold * 0.6, opts.threshold)

  // 2. One-to-one matching over the thresholded scores.
  const edgesAmong = (freeA: (i: number) => boolean, freeB: (j: number) => boolean): EdgeList => {
    const edges = new EdgeList()
    for (let i = 0; i < nA; i++) {
      if (!freeA(i)) continue
      for (const j of scores.partnersOf(i)) {
        const s = scores.get(i, j)
        if (s < opts.threshold || !freeB(j) || neverPaired(set.a[i]!, set.b[j]!)) continue
        const offset = (i + 0.5) / nA - (j + 0.5) / nB
        edges.push(i, j, s + TIE_BREAK * (1 - offset * offset) - TIE_BREAK_2 * ((i + j) / (nA + nB)))
      }
    }
    return edges
  }
  const matchA = maxWeightMatching(nA, nB, edgesAmong(() => true, () => true))
  const matchB = new Int32Array(nB).fill(-1)
  matchA.forEach((j, i) => {
    if (j >= 0) matchB[j] = i
  })

  // 3. Splits and merges, then a second matching of whatever they freed.
  const groups = acceptGroups(set, base, matchA, matchB, opts)
  const [inGroupA, inGroupB] = usedBy(groups, nA, nB)
  const freedA = (i: number): boolean => !inGroupA[i] && matchA[i] === -1
  const freedB = (j: number): boolean => !inGroupB[j] && matchB[j] === -1
  if (groups.length > 0) {
    const rematch = maxWeightMatching(nA, nB, edgesAmong(freedA, freedB))
    rematch.forEach((j, i) => {
      if (j >= 0) {
        matchA[i] = j
        matchB[j] = i
      }
    })
  }

  const all: AlignedGroup[] = [...groups]
  const pairOf = (i: number, j: number): AlignedGroup => {
    const identical = set.a[i]!.identity === set.b[j]!.identity
    return { kind: 'pair', a: [i], b: [j], similarity: identical ? 1 : Math.min(0.99, base.get(i, j)), identical, moved: false }
  }
  for (let i = 0; i < nA; i++) if (matchA[i]! >= 0) all.push(pairOf(i, matchA[i]!))
  all.sort((x, y) => x.a[0]! - y.a[0]!)

  // 3b. Groups take in left-over clauses that are parts of their one clause (up to four).
  {
    const [ua, ub] = usedBy(all, nA, nB)
    growInRounds((freeA, freeB) => growGroups(all, set, base, freeA, freeB, opts.termWeight, undefined, figures), ua, ub)
  }
  // 3c. A pair one clause off its place gives way to the two beside it (shifted-pairs.ts).
  {
    const [ua, ub] = usedBy(all, nA, nB)
    const sections = { a: a.map(sectionKey), b: b.map(sectionKey) }
    const shifts = shiftedPairs(all, base, sections, (i) => !ua[i], (j) => !ub[j], (i, j) => !neverPaired(set.a[i]!, set.b[j]!))
    // Note: last group first, so that each splice leaves the indices of the ones before it.
    for (const { group, pairs } of [...shifts].reverse()) all.splice(group, 1, ...pairs.map(([i, j]) => pairOf(i, j)))
    if (shifts.length > 0) all.sort((x, y) => x.a[0]! - y.a[0]!)
  }

  // 4. Gaps between groups that kept their order are matched with a lower bar; 5. moves.
  // Which leftovers the gap rules let pair (lengths alike, or the shorter held in the longer).
  let gapComparable: ((i: number, j: number) => boolean) | undefined
  if (opts.gapThreshold < opts.threshold) {
    // Note: the anchors are the in-order run alone, not section moves, so that swapping the
    // documents finds the same gaps. A heading-like stub ("Every page must:") against a full
    // clause is no rewording.
    const comparable = (i: number, j: number): boolean => {
      const fa = set.a[i]!
      const fb = set.b[j]!
      if (neverPaired(fa, fb)) return false
      const la = fa.terms.length
      const lb = fb.terms.length
      if (Math.min(la, lb) >= GAP_LENGTH_RATIO * Math.max(la, lb)) return true
      // Note: a one-line item expanded into a defined term with its explanation ("the clear desk
      // rule." / "keep a clear desk: at the end of each working day, put away ...") keeps its words.
      const [short, long] = la < lb ? [fa, fb] : [fb, fa]
      return coverage(short.terms, new Set(long.terms), set.termStats) >= EXPANDED_HELD
    }
    const gapScore = (i: number, j: number): number => (comparable(i, j) ? scores.get(i, j) : 0)
    gapComparable = comparable
    const sectionOf = (c: Clause | undefined): string => (Array.isArray(c?.section) ? c.section.join('\u0000') : '')
    const sameSection = (i: number, j: number, before: Anchor, after: Anchor): boolean => {
      const sa = sectionOf(a[i])
      const sb = sectionOf(b[j])
      return [...before.a, ...after.a].every((k) => sectionOf(a[k]) === sa) && [...before.b, ...after.b].every((k) => sectionOf(b[k]) === sb)
    }
    // Mutual soft coverage of the two terms: the weaker of the two directions.
    const related = (i: number, j: number): number => {
      if (!comparable(i, j)) return 0
      const fa = set.a[i]!
      const fb = set.b[j]!
      return Math.min(softCoverage(fa.terms, new Set(fb.terms), set.termStats), softCoverage(fb.terms, new Set(fa.terms), set.termStats))
    }
    // A leftover at the edge of a gap that scores at the gap bar with an anchor's one clause is
    // that anchor's part not yet grown (gap-sections.ts edgeRuns).
    const partOf = (side: 'a' | 'b', k: number, anchor: Anchor): boolean =>
      side === 'a' ? base.get(k, anchor.b[0]!) >= opts.gapThreshold : base.get(anchor.a[0]!, k) >= opts.gapThreshold
    const sections = { a: a.map(sectionKey), b: b.map(sectionKey), partOf }
    // The score with no length check, for the snug place (gaps.ts Snug.unchecked).
    const unchecked = (i: number, j: number): number => (neverPaired(set.a[i]!, set.b[j]!) ? 0 : scores.get(i, j))
    const snug = { threshold: opts.gapThreshold * SNUG_GAP_SHARE, sameSection, related, relatedThreshold: SNUG_RELATED, unchecked }
    // The closing clauses (gaps.ts closingClauses) are read in a revision only: a third of each side aligned.
    const ideas = (i: number, j: number): number => sharedIdeas(set.a[i]!.terms, set.b[j]!.terms)
    const closingIn = (ua: Uint8Array, ub: Uint8Array): Snug => {
      return Math.min(aligned(ua), aligned(ub)) >= revisionBar ? { ...snug, ideas } : snug
    }
    // Note: a pass that fills part of a gap leaves smaller gaps, where a clause may now stand
    // alone between two groups: a second pass looks at those.
    const fillGaps = (): number => {
      let total = 0
      for (let pass = 0; pass < GAP_PASSES; pass++) {
        const anchors = inOrderChain(all, chainWords).map((k) => all[k]!)
        const [ua, ub] = usedBy(all, nA, nB)
        const edges = gapEdges(anchors, nA, nB, (i) => !ua[i], (j) => !ub[j], gapScore, opts.gapThreshold, MAX_GAP, END_GAP_THRESHOLD, closingIn(ua, ub), sections)
        let added = 0
        maxWeightMatching(nA, nB, edges).forEach((j, i) => {
          if (j >= 0) {
            all.push(pairOf(i, j))
            added++
          }
        })
        total += added
        if (added === 0) break
        all.sort((x, y) => x.a[0]! - y.a[0]!)
      }
      return total
    }
    // Leftovers holding the same figure, one clause of each side alone holding it (figures.ts),
    // in a revision, wherever they stand: "before 9.30am on the first day of absence" / "Ring
    // your manager by 9.30am." share one word. Note: after the other leftover rules (4++'), not
    // before the gap rules: a merge's part holding the figure would take the whole from the
    // part the gap rules pair ("Up to five days ... carried forward" / "carry over up to five
    // days ..., but use them by 30 June") and leave the group one part short.
    const pairByFigures = (): number => {
      const [uaF, ubF] = usedBy(all, nA, nB)
      const count = (used: Uint8Array): number => used.reduce((n, u) => n + u, 0)
      if (Math.min(count(uaF), count(ubF)) < revisionBar) return 0
      const ideas = (i: number, j: number): number => sharedIdeas(set.a[i]!.terms, set.b[j]!.terms)
      const byFigure = figurePairs(figures, (i) => !uaF[i], (j) => !ubF[j], (i, j) => !neverPaired(set.a[i]!, set.b[j]!), ideas)
      for (const [i, j] of byFigure) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
      return byFigure.length
    }
    fillGaps()
    // 4-. Leftovers reworded and moved within their section, paired by it.
    {
      const [ua, ub] = usedBy(all, nA, nB)
      for (const [i, j] of sectionLeftoverPairs(all, base, sections, (i) => !ua[i], (j) => !ub[j], opts.threshold * SECTION_SHARE, comparable)) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
    // 4+. Leftovers of a gap taken in order where the soft evidence of a change of voice is real.
    {
      const anchors = inOrderChain(all, chainWords).map((k) => all[k]!)
      const [ua, ub] = usedBy(all, nA, nB)
      const evidence = (i: number, j: number): number => Math.max(gapScore(i, j), related(i, j))
      const ideas = (i: number, j: number): number => sharedIdeas(set.a[i]!.terms, set.b[j]!.terms)
      // A revision: a third of the clauses of each side aligned (see ordered-leftovers.ts REVISION_SHARE).
      const revision = ua.reduce((n, u) => n + u, 0) >= revisionBar && ub.reduce((n, u) => n + u, 0) >= revisionBar
      const ordered = orderedLeftoverPairs(anchors, nA, nB, (i) => !ua[i], (j) => !ub[j], sections, evidence, ideas, revision)
      for (const [i, j] of ordered) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
      // Pairs taken in order cut their gap into smaller ones, where a clause may now stand alone
      // between two groups of its section (snug) or in a gap small enough for the gap rules.
      if (ordered.length > 0) fillGaps()
      // 4++. What the words cannot pair, in a revision (counted again now that more is
      // aligned: a heavy rewrite aligns little before the ordered pass), by meaning (word
      // vectors), then the gap rules again. Note: ungated, between two different policies
      // meaning paired far too much (weak pairs of the corpus 28 -> 44).
      const [ua2, ub2] = usedBy(all, nA, nB)
      if (opts.semantic && Math.min(aligned(ua2), aligned(ub2)) >= revisionBar) {
        const anchorsNow = inOrderChain(all, chainWords).map((k) => all[k]!)
        const byMeaning = semanticLeftoverPairs(anchorsNow, nA, nB, (i) => !ua2[i], (j) => !ub2[j], sections, set)
        for (const [i, j] of byMeaning) all.push(pairOf(i, j))
        all.sort((x, y) => x.a[0]! - y.a[0]!)
        if (byMeaning.length > 0) fillGaps()
      }
      // 4++'. Leftovers tied by a figure.
      if (pairByFigures() > 0) fillGaps()
      // 4+++. Leftovers each the other's best partner of the whole other document, in a
      // close revision (most of each side aligned), wherever they stand: a section whose
      // boundaries moved.
      const [ua3, ub3] = usedBy(all, nA, nB)
      if (aligned(ua3) >= MUTUAL_ALIGNED * nA && aligned(ub3) >= MUTUAL_ALIGNED * nB) {
        // Note: a table row (a version history line, "1.0 | 20 February 2012 | Changes after
        // consultation: section on elections ...") names the clauses it changed; it is no rewording of them.
        const allowed = (i: number, j: number): boolean => comparable(i, j) && !tableRow(a[i]) && !tableRow(b[j])
        const chosen = mutualLeftoverPairs(nA, base, (i) => !ua3[i], (j) => !ub3[j], opts.threshold * MUTUAL_SHARE, allowed, ideas)
        for (const [i, j] of chosen) all.push(pairOf(i, j))
        all.sort((x, y) => x.a[0]! - y.a[0]!)
        if (chosen.length > 0) fillGaps()
        // 4+++'. Leftovers each the other's nearest in meaning of the whole other document,
        // scored as candidates: moved out of order, or reworded beyond the word rules.
        const [ua5, ub5] = usedBy(all, nA, nB)
        if (opts.semantic) {
          const byMeaning = mutualMeaningPairs(set, base, (i) => !ua5[i], (j) => !ub5[j], allowed)
          for (const [i, j] of byMeaning) all.push(pairOf(i, j))
          all.sort((x, y) => x.a[0]! - y.a[0]!)
        }
        // 4++++. The statements of what each document is for, at the top of both.
        const [ua4, ub4] = usedBy(all, nA, nB)
        const opening = openingStatementPair(all[inOrderChain(all, chainWords)[0] ?? -1], { a: set.a.map((f) => f.identity), b: set.b.map((f) => f.identity) }, (i) => !ua4[i], (j) => !ub4[j])
        if (opening) {
          all.push(pairOf(opening[0], opening[1]))
          all.sort((x, y) => x.a[0]! - y.a[0]!)
        }
      }
    }
  }
  // 4a. Pairs found in the gaps may be parts of a split or merge too (a clause reworded in
  // place that took in a neighbour's duty): they take in left-over parts the same way, and
  // now also by place (a part beside a part, in its section).
  {
    const [ua, ub] = usedBy(all, nA, nB)
    const sections = { a: a.map(sectionKey), b: b.map(sectionKey) }
    // Note: parts traced by meaning in a close revision only (half of each side aligned, as
    // mutual-leftovers.ts): at a third, between different corpus policies (Eastbrook / Riverside)
    // it took statements of purpose and list items of one as parts of the other's.
    const revision = opts.semantic && aligned(ua) >= MUTUAL_ALIGNED * nA && aligned(ub) >= MUTUAL_ALIGNED * nB
    // Note: in a close revision, words two clauses alone share tie a part to its whole as a figure does (rare-term-links.ts).
    const partLinks = revision ? [...figures, ...rareTermLinks(set)] : figures
    growInRounds((freeA, freeB) => growGroups(all, set, base, freeA, freeB, opts.termWeight, sections, partLinks, revision), ua, ub)
    // 4a-. Leftovers of corresponding sections whose better partners are aligned with something
    // more alike (section-rivals.ts), now that the parts of splits and merges are placed.
    if (gapComparable) {
      const [ua1, ub1] = usedBy(all, nA, nB)
      const unrivalled = unrivalledSectionPairs(all, inOrderChain(all, chainWords).map((k) => all[k]!), base, sections, (i) => !ua1[i], (j) => !ub1[j], opts.threshold * SECTION_SHARE, gapComparable)
      for (const [i, j] of unrivalled) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
    // 4a'. Short sentences that point back at a part ("They cost nothing."), in a close revision.
    const [ua2, ub2] = usedBy(all, nA, nB)
    if (aligned(ua2) >= MUTUAL_ALIGNED * nA && aligned(ub2) >= MUTUAL_ALIGNED * nB) {
      growByContinuations(all, set, sections, { a: ua2.map((u) => 1 - u), b: ub2.map((u) => 1 - u) }, opts.termWeight)
    }
  }
  // 4a''. Items of two lists of one length placed by their position, where most already are.
  {
    const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
    const { drop, add } = listPositionPairs(all, lists, set, base, opts.gapThreshold)
    if (add.length > 0) {
      for (const g of drop) all.splice(all.indexOf(g), 1)
      for (const [i, j] of add) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
  }
  // 4a'''. Lists that are all that is left over in a gap, reworded item by item, in a revision.
  {
    const [ua, ub] = usedBy(all, nA, nB)
    if (Math.min(aligned(ua), aligned(ub)) >= revisionBar) {
      const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
      const touches = (i: number, j: number): boolean => base.get(i, j) > 0 || softCoverage(set.a[i]!.terms, new Set(set.b[j]!.terms), set.termStats) > 0
      const anchors = inOrderChain(all, chainWords).map((k) => all[k]!)
      const byList = gapListPairs(anchors, lists, (i) => !ua[i], (j) => !ub[j], set, touches)
      for (const [i, j] of byList) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
  }
  // 4b. List introductions reworded beyond recognition, placed by the lists they introduce.
  for (const [i, j] of listIntroductionPairs(all, set)) all.push(pairOf(i, j))
  // 4c. Titles written as list items and renamed, placed by the clauses they head.
  for (const [i, j] of titlePairs(all, set)) all.push(pairOf(i, j))
  all.sort((x, y) => x.a[0]! - y.a[0]!)
  // 4d. Leftovers whose every sentence one clause of the other side alone holds, in a
  // revision: a part moved to another section or merged from afar (sentence-traces.ts). Last,
  // on leftovers only, so that nothing already paired moves.
  {
    const [ua, ub] = usedBy(all, nA, nB)
    if (Math.min(aligned(ua), aligned(ub)) >= revisionBar) {
      const traceable = (f: ClauseFeatures, c: Clause | undefined): boolean => !f.heading && !tableRow(c) && !listIntroduction(f.identity)
      const free = { a: ua.map((u) => 1 - u), b: ub.map((u) => 1 - u) }
      // The terms of the clauses already aligned with a clause, on the other side (a traced sentence must add to them).
      const { groupOfA, groupOfB } = groupsByClause(all)
      const termsOf = (fs: readonly ClauseFeatures[], ks: readonly number[] | undefined): ReadonlySet<string> => new Set((ks ?? []).flatMap((k) => fs[k]!.terms))
      const partners = { a: (j: number) => termsOf(set.a, groupOfB.get(j)?.a), b: (i: number) => termsOf(set.b, groupOfA.get(i)?.b) }
      const choices = sentenceTraces(set, { a: (i) => free.a[i] === 1, b: (j) => free.b[j] === 1 }, { a: (i) => traceable(set.a[i]!, a[i]), b: (j) => traceable(set.b[j]!, b[j]) }, partners)
      // Which gap (between in-order anchors, cut at sections) each leftover stands in.
      const gapOf = { a: new Int32Array(nA).fill(-1), b: new Int32Array(nB).fill(-1) }
      let at = 0
      for (const { part } of gapParts(inOrderChain(all, chainWords).map((k) => all[k]!), nA, nB, (i) => free.a[i] === 1, (j) => free.b[j] === 1, { a: a.map(sectionKey), b: b.map(sectionKey) })) {
        for (const i of part.as) gapOf.a[i] = at
        for (const j of part.bs) gapOf.b[j] = at
        at++
      }
      const together = (i: number, j: number): boolean => gapOf.a[i]! >= 0 && gapOf.a[i] === gapOf.b[j]
      for (const [i, j] of applyTraces(choices, all, free, together)) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
  }
  // 4e. Leftovers each the other's best partner of all, standing where one could have become
  // the other, in a revision (placed-mutual-best.ts); off by default (options.ts says why).
  if (opts.placedMutualBest) {
    const [ua, ub] = usedBy(all, nA, nB)
    if (aligned(ua) >= MUTUAL_ALIGNED * nA && aligned(ub) >= MUTUAL_ALIGNED * nB) {
      const free = { a: (i: number) => !ua[i], b: (j: number) => !ub[j] }
      const sections = { a: a.map(sectionKey), b: b.map(sectionKey) }
      const anchors = inOrderChain(all, chainWords).map((k) => all[k]!)
      const place = leftoverPlaces(all, anchors, { a: nA, b: nB }, free, sections)
      // Note: not both after the last anchor, where revisions append new clauses (see END_GAP_THRESHOLD):
      // a removed closing clause and a new one appended, alone there, are each other's best for want of others.
      const last = anchors[anchors.length - 1]
      const openEnd = (i: number, j: number): boolean => !last || (i > Math.max(...last.a) && j > Math.max(...last.b))
      const allowed = (i: number, j: number): boolean => !openEnd(i, j) && !neverPaired(set.a[i]!, set.b[j]!) && !tableRow(a[i]) && !tableRow(b[j])
      const chosen = placedMutualBestPairs(base, all, place, free, sections, allowed)
      for (const [i, j] of chosen) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
  }
  // 4f. What every rule left, weighed by a fitted model of all the evidence at once
  // (learned-leftovers.ts), in a revision; last, so that nothing already paired moves. Only
  // when a model is given: none generalised out of fold on the tune pairs (leftover-model.ts).
  const learned = options?.leftovers
  if (learned && (learned.model || learned.inspect)) {
    const [ua, ub] = usedBy(all, nA, nB)
    if (Math.min(aligned(ua), aligned(ub)) >= revisionBar) {
      const input = {
        clauses: { a, b },
        set,
        base,
        groups: all,
        anchors: inOrderChain(all, chainWords).map((k) => all[k]!),
        free: { a: (i: number) => !ua[i], b: (j: number) => !ub[j] },
        sections: { a: a.map(sectionKey), b: b.map(sectionKey) },
        allowed: (i: number, j: number) => !neverPaired(set.a[i]!, set.b[j]!) && !tableRow(a[i]) && !tableRow(b[j]),
      }
      const model = learned.model ? checkedModel(learned.model) : false
      for (const [i, j] of learnedLeftoverPairs(input, model, learned.inspect)) all.push(pairOf(i, j))
      all.sort((x, y) => x.a[0]! - y.a[0]!)
    }
  }
  const moved = movedGroups(all, a, b)
  all.forEach((g, k) => (g.moved = moved[k]!))

  const [usedA, usedB] = usedBy(all, nA, nB)
  return {
    groups: all,
    onlyA: [...Array(nA).keys()].filter((i) => !usedA[i]),
    onlyB: [...Array(nB).keys()].filter((j) => !usedB[j]),
  }
}

/**
 * Rounds of group growth until one takes nothing, at most MAX_PARTS - 1 (enough to take a
 * group from one part to four, one part a round). Note: a part taken may bring the next within reach of the
 * group, so one round cannot find a 1->4 split whose parts each have a kept clause between.
 */
function growInRounds(round: (freeA: Uint8Array, freeB: Uint8Array) => number, usedA: Uint8Array, usedB: Uint8Array): void {
  const freeA = usedA.map((u) => 1 - u)
  const freeB = usedB.map((u) => 1 - u)
  for (let k = 1; k < MAX_PARTS && round(freeA, freeB) > 0; k++);
}

/** Which clauses of A and of B the groups hold (1) and which they do not (0). */
function usedBy(groups: readonly AlignedGroup[], sizeA: number, sizeB: number): [Uint8Array, Uint8Array] {
  const usedA = new Uint8Array(sizeA)
  const usedB = new Uint8Array(sizeB)
  for (const g of groups) {
    for (const i of g.a) usedA[i] = 1
    for (const j of g.b) usedB[j] = 1
  }
  return [usedA, usedB]
}

/** Accept split and merge candidates greedily, best gain first, each clause in one group. */
function acceptGroups(set: FeatureSet, scores: PairScores, matchA: Int32Array, matchB: Int32Array, opts: ResolvedAlignOptions): AlignedGroup[] {
  const groups: AlignedGroup[] = []
  const takenA = new Uint8Array(matchA.length)
  const takenB = new Uint8Array(matchB.length)
  for (const c of groupCandidates(set, scores, matchA, matchB, opts)) {
    const as = c.kind === 'split' ? [c.whole] : [c.first, c.first + 1]
    const bs = c.kind === 'split' ? [c.first, c.first + 1] : [c.whole]
    if (as.some((i) => takenA[i]) || bs.some((j) => takenB[j])) continue
    // Note: the gain was measured against the matching before any group was taken; a group
    // whose broken pairs were already broken by another only gains more.
    for (const i of as) {
      takenA[i] = 1
      const j = matchA[i]!
      if (j >= 0) matchB[j] = -1
      matchA[i] = -1
    }
    for (const j of bs) {
      takenB[j] = 1
      const i = matchB[j]!
      if (i >= 0) matchA[i] = -1
      matchB[j] = -1
    }
    groups.push({ kind: c.kind, a: as, b: bs, similarity: Math.min(1, c.similarity), identical: false, moved: false })
  }
  return groups
}

/** Each list introduction's list: the clauses after it at a deeper level, in its section. */
function markListEnds(clauses: readonly Clause[], features: ClauseFeatures[]): void {
  const level = (c: Clause | undefined): number => (typeof c?.level === 'number' ? c.level : 0)
  features.forEach((f, k) => {
    if (!listIntroduction(f.identity)) return
    let end = k
    while (end + 1 < clauses.length && level(clauses[end + 1]) > level(clauses[k]) && sectionKey(clauses[end + 1]) === sectionKey(clauses[k])) end++
    f.listEnd = end
  })
}

/** Bylines above the first section (see bylines.ts) are titles, not clauses. */
function markBylines(clauses: readonly Clause[], features: ClauseFeatures[]): number {
  const found = bylineClauses(clauses, features.map((f) => f.identity))
  for (const k of found) features[k]!.heading = true
  return found.length
}

/** Terse items of a list (see list-items.ts) are clauses, not titles. */
function unmarkListItems(clauses: readonly Clause[], features: ClauseFeatures[]): void {
  for (const k of listItemsNotTitles(clauses, features.map((f) => f.heading))) features[k]!.heading = false
}

function sectionKey(c: Clause | undefined): string {
  return Array.isArray(c?.section) ? c.section.join('\u0000') : ''
}

/** The side's clauses as prepared by the caller, or prepared now (none given, or not this many). */
function preparedOr(given: readonly PreparedClause[] | undefined, clauses: readonly Clause[], memo: PreparedMemo): readonly PreparedClause[] {
  return given && given.length === clauses.length ? given : prepareClauses(clauses, memo)
}

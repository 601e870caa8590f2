/**
 * Splits and merges beyond two neighbours: a clause cut into three or four, or three or four
 * clauses merged into one, with the parts up to two clauses apart. A group (a pair, a split or
 * a merge) with one clause on one side, the whole, takes in clauses left over on the other
 * side near its parts, one sentence's worth of evidence at a time: each new part must be
 * almost all found in the whole (its words are the whole's), must say something of the whole
 * that the parts so far do not, and must have the whole as its best partner of all. Both
 * directions are one search, so swapping A and B swaps splits and merges and nothing else.
 */
import type { FigureLink } from './figures'
import type { AlignedGroup } from './groups'
import { coverage, type FeatureSet, introductionWhole, joinFeatures, listIntroduction, sentenceTerms, similarityOf, softCoverage, type ClauseFeatures } from './features'
import { MEANING_IDEAS, MEANING_STEP, MEANING_TRACED, nearestInMeaning } from './meaning-parts'
import { sharedIdeas } from './ordered-leftovers'
import type { PairScores } from './scores'

/** A group holds at most this many clauses on its many side. */
export const MAX_PARTS = 4

/** Parts may be this many positions apart (two clauses between them). */
const MAX_STEP = 3

/** Share of a new part's term weight that must be found in the whole. */
const CONTAINED = 0.6

/** Share of the whole's term weight that a new part must add to what the parts already cover. */
const NOVEL = 0.12

/** A part this short (distinct content terms) says too little to be traced. */
const MIN_TERMS = 3

/**
 * The sentence route: a part less contained in the whole (reworded) is still taken when it
 * accounts for a sentence of the whole that no part accounts for yet. A sentence is accounted
 * for when TRACED of its term weight (synonyms at part credit) is in the parts; the new part
 * must itself have LOOSELY_CONTAINED of its weight in the whole.
 */
const TRACED = 0.5
const SENTENCE_FOUND = 0.6
const LOOSELY_CONTAINED = 0.4

/**
 * The place route (used once gaps are filled): a left-over clause near a part (at most two
 * clauses between them), in the same section, is taken with less of its words in the whole
 * (LOOSELY_CONTAINED) when it adds at least PLACED_NOVEL of the whole's term weight. Its
 * place is the evidence the words lack: a merge whose parts were reworded on the way.
 */
const PLACED_NOVEL = 0.06

/**
 * A part taken by place or by a traced sentence must keep the group's similarity to at least this share of what it was
 * (its other words lower the cosine a little; an unrelated clause lowers it a lot).
 */
const PLACED_KEEP = 0.9

/**
 * The adjoining route: a clause right beside a part (no clause between), in its section, that
 * adds a full new part's share of the whole (NOVEL) is taken with less of its words in the whole
 * (ADJOINING_CONTAINED, synonyms at part credit) and may lower the group's similarity further
 * (ADJOINING_KEEP): a sentence of the whole restated at length in other words ("Where a fit note
 * recommends adjustments, the manager will discuss these ..." / "If your fit note suggests
 * changes to your work, such as shorter hours, you'll talk them through ..." beside "Your
 * manager may ask Occupational Health for advice."). Note: measured on the tune set, such parts
 * raise the whole's covered weight by 0.13-0.20 and keep 0.88-0.99 of the similarity.
 */
const ADJOINING_CONTAINED = 0.3
const ADJOINING_KEEP = 0.85

/**
 * A part traced by a shared figure is taken before parts traced by words alone (their
 * strength is a share of term weight, at most about 1.1): the figure is the plainer evidence.
 */
const FIGURE_STRENGTH = 2

/**
 * Whether p stands near one of the parts (at most two clauses between, as for any part), in that
 * part's section. Note: a merge across two kept clauses ("booked through X" ... "limited to £120
 * a night" -> "booked through X, at no more than £120 a night") has its reworded part there.
 */
function besidePart(p: number, parts: readonly number[], sections: readonly string[]): boolean {
  return parts.some((q) => Math.abs(q - p) <= MAX_STEP && sections[q] === sections[p])
}

/**
 * Which sections of each side became which of the other: "x\u0001y" for section x of A and y of
 * B when a group holds a clause of each, counted per group so that a group can be left out.
 */
function sectionLinks(groups: readonly AlignedGroup[], sections: { a: readonly string[]; b: readonly string[] }): Map<string, Set<AlignedGroup>> {
  const links = new Map<string, Set<AlignedGroup>>()
  for (const g of groups) {
    for (const i of g.a) {
      for (const j of g.b) {
        const key = `${sections.a[i]}\u0001${sections.b[j]}`
        const held = links.get(key)
        if (held) held.add(g)
        else links.set(key, new Set([g]))
      }
    }
  }
  return links
}

/**
 * Whether p stands near a part in another section whose clauses another group already took
 * into the whole's section: two old sections merged into one ("1. Introduction" and "2.
 * Eligibility" -> "What we lend, and to whom"), a part of a merge drawn from each ("Equipment
 * shall not be loaned for private or personal purposes ..." two clauses after "Equipment
 * available for loan comprises ..." / "We keep cameras, projectors, ... and we never lend
 * anything out for your own private use."). The other group is the evidence that the sections
 * meet; this one's own pairs prove nothing.
 */
function besidePartOfMergedSection(
  p: number,
  parts: readonly number[],
  whole: number,
  side: 'a' | 'b',
  group: AlignedGroup,
  sections: { a: readonly string[]; b: readonly string[] },
  links: Map<string, Set<AlignedGroup>>,
): boolean {
  const own = side === 'b' ? sections.b : sections.a
  if (!parts.some((q) => Math.abs(q - p) <= MAX_STEP && own[q] !== own[p])) return false
  const key = side === 'b' ? `${sections.a[whole]}\u0001${sections.b[p]}` : `${sections.a[p]}\u0001${sections.b[whole]}`
  const by = links.get(key)
  return by !== undefined && [...by].some((g) => g !== group)
}

interface Growth {
  group: AlignedGroup
  /** The side the parts are on: 'b' for a split (whole in A), 'a' for a merge. */
  side: 'a' | 'b'
  part: number
  strength: number
  /**
   * Taken by place, or by the sentence of the whole it accounts for: its reworded words may
   * lower the group's similarity a little (PLACED_KEEP).
   */
  placed: boolean
  /** Taken because it adjoins a part and adds much of the whole (ADJOINING_KEEP applies). */
  adjoining?: boolean
}

/**
 * Grows the groups in place, by one round: each part is judged against the parts the group had
 * at the start of the round. freeA, freeB: 1 where a clause is in no group (updated as parts
 * are taken). Returns how many parts were taken; the caller runs rounds until none is, since
 * a part taken may bring the next within reach (a 1->4 split with a kept clause between each
 * part and the next). byMeaning: parts may also be traced by meaning (meaning-parts.ts), in a
 * revision only.
 */
export function growGroups(
  groups: AlignedGroup[],
  set: FeatureSet,
  scores: PairScores,
  freeA: Uint8Array,
  freeB: Uint8Array,
  termWeight: number,
  sections?: { a: readonly string[]; b: readonly string[] },
  figures: readonly FigureLink[] = [],
  byMeaning = false,
): number {
  let grown = 0
  // How alike each clause is to what it is already aligned with (0 for a clause in no group).
  const heldA = new Float64Array(set.a.length)
  const heldB = new Float64Array(set.b.length)
  for (const g of groups) {
    for (const i of g.a) heldA[i] = g.similarity
    for (const j of g.b) heldB[j] = g.similarity
  }
  // A part's best rival partner on the whole's side, by base score. Note: a partner already
  // aligned with something more alike than this part is no rival ("This does not apply where
  // ... children" is nearer the rule beside it, which has its own better pair).
  const bestOf = (side: 'a' | 'b', part: number): number => {
    let best = 0
    if (side === 'b') {
      for (const i of scores.partnersOfB(part)) if (scores.get(i, part) > heldA[i]!) best = Math.max(best, scores.get(i, part))
    } else for (const j of scores.partnersOf(part)) if (scores.get(part, j) > heldB[j]!) best = Math.max(best, scores.get(part, j))
    return best
  }
  const candidates: Growth[] = []
  let links: Map<string, Set<AlignedGroup>> | undefined
  for (const group of groups) {
    for (const side of ['a', 'b'] as const) {
      const wholeSide = side === 'b' ? group.a : group.b
      const parts = side === 'b' ? group.b : group.a
      if (wholeSide.length !== 1 || parts.length >= MAX_PARTS) continue
      const w = wholeSide[0]!
      const partFeatures = side === 'b' ? set.b : set.a
      const free = side === 'b' ? freeB : freeA
      const lo = Math.max(0, Math.min(...parts) - MAX_STEP)
      const hi = Math.min(partFeatures.length - 1, Math.max(...parts) + MAX_STEP)
      // The figure route: a clause near the parts holding a figure of the whole that no other
      // clause of either document holds (figures.ts) accounts for the sentence of the whole
      // that states it, whatever its other words ("... or who suffer a stillbirth after 24 weeks
      // of pregnancy" / "The same applies if your baby is stillborn after 24 weeks of
      // pregnancy."). Note: no part holds that figure, since only this clause does.
      for (const link of figures) {
        const [whole, p] = side === 'b' ? [link.a, link.b] : [link.b, link.a]
        if (whole === w && p >= lo && p <= hi && free[p] && !partFeatures[p]!.heading) candidates.push({ group, side, part: p, strength: FIGURE_STRENGTH, placed: true })
      }
      // Note: most groups have no clause left over near them; everything else is worked out
      // only for those that do (a 300-clause comparison has a few).
      const near: number[] = []
      for (let p = lo; p <= hi; p++) {
        const s = side === 'b' ? scores.get(w, p) : scores.get(p, w)
        const f = partFeatures[p]!
        if (free[p] && s > 0 && !f.heading && new Set(f.terms).size >= MIN_TERMS && s >= bestOf(side, p)) near.push(p)
      }
      if (near.length === 0) continue
      const whole = side === 'b' ? set.a[w]! : set.b[w]!
      const wholeTerms = new Set(whole.terms)
      const covered = new Set(parts.flatMap((p) => partFeatures[p]!.terms))
      let untraced: string[][] | undefined
      // Note: what the parts leave of the whole is the same for every clause near them: worked out once.
      const uncovered = whole.terms.filter((t) => !covered.has(t))
      const uncoveredShare = share(whole, covered, set)
      for (const p of near) {
        const f = partFeatures[p]!
        const contained = coverage(f.terms, wholeTerms, set.termStats)
        const novel = coverage(uncovered, new Set(f.terms), set.termStats) * uncoveredShare
        let strength = contained + novel
        // The place route: right beside a part, in its section, loosely contained and adding to the parts.
        // Note: its words may be the whole's synonyms ("receive a written response setting out the findings" / "write to you with what we found").
        const placed =
          sections !== undefined &&
          novel >= PLACED_NOVEL &&
          (besidePart(p, parts, side === 'b' ? sections.b : sections.a) || besidePartOfMergedSection(p, parts, w, side, group, sections, (links ??= sectionLinks(groups, sections)))) &&
          (contained >= LOOSELY_CONTAINED || softCoverage(f.terms, wholeTerms, set.termStats) >= LOOSELY_CONTAINED)
        // The adjoining route: right beside a part, in its section, adding a new part's share of the whole.
        const sectionOf = sections === undefined ? undefined : side === 'b' ? sections.b : sections.a
        const adjoining =
          sectionOf !== undefined &&
          novel >= NOVEL &&
          parts.some((q) => Math.abs(q - p) === 1 && sectionOf[q] === sectionOf[p]) &&
          softCoverage(f.terms, wholeTerms, set.termStats) >= ADJOINING_CONTAINED
        if (adjoining && (contained < CONTAINED || novel < NOVEL)) {
          candidates.push({ group, side, part: p, strength: contained + novel, placed: true, adjoining: true })
          continue
        }
        if ((contained < CONTAINED || novel < NOVEL) && !placed) {
          // The sentence route: sentences of the whole that the parts so far do not account for.
          untraced ??= sentenceTerms(whole.identity).filter((x) => softCoverage(x, covered, set.termStats) < TRACED)
          const own = new Set(f.terms)
          const found = Math.max(0, ...untraced.map((x) => softCoverage(x, own, set.termStats)))
          if (found < SENTENCE_FOUND || softCoverage(f.terms, wholeTerms, set.termStats) < LOOSELY_CONTAINED) {
            // The meaning route (meaning-parts.ts): beside a part (one clause between at most), in its section, two ideas
            // of the whole, a fifth of an untraced sentence in its own words, the whole nearest in meaning.
            if (!byMeaning || sections === undefined) continue
            const sectionOf = side === 'b' ? sections.b : sections.a
            if (!parts.some((q) => Math.abs(q - p) <= MEANING_STEP && sectionOf[q] === sectionOf[p]) || sharedIdeas(f.terms, whole.terms) < MEANING_IDEAS) continue
            if (Math.max(0, ...untraced.map((x) => coverage(x, own, set.termStats))) < MEANING_TRACED) continue
            if (!nearestInMeaning(set, side, p, w, (k) => (side === 'b' ? freeA : freeB)[k] === 1)) continue
          }
          strength = found
        }
        // Note: either weaker route (place, or a sentence traced) lets the similarity dip a little,
        // and so does a part traced by its words that the place route would also take.
        candidates.push({ group, side, part: p, strength, placed: contained < CONTAINED || novel < NOVEL || placed })
      }
    }
  }
  // Strongest first; ties by position, the same from either document.
  candidates.sort((x, y) => y.strength - x.strength || x.part + x.group.a[0]! + x.group.b[0]! - (y.part + y.group.a[0]! + y.group.b[0]!))
  const grownSide = new Map<AlignedGroup, 'a' | 'b'>()
  for (const c of candidates) {
    const free = c.side === 'b' ? freeB : freeA
    const parts = c.side === 'b' ? c.group.b : c.group.a
    const wholeSide = c.side === 'b' ? c.group.a : c.group.b
    if (!free[c.part] || wholeSide.length !== 1 || parts.length >= MAX_PARTS) continue
    if (grownSide.has(c.group) && grownSide.get(c.group) !== c.side) continue
    // Still near the parts as they stand (a part may have come nearer through another).
    if (c.part < Math.min(...parts) - MAX_STEP || c.part > Math.max(...parts) + MAX_STEP) continue
    const next = [...parts, c.part].sort((x, y) => x - y)
    const whole = c.side === 'b' ? set.a[wholeSide[0]!]! : set.b[wholeSide[0]!]!
    const partFeatures = c.side === 'b' ? set.b : set.a
    // A list introduction goes with its list, not with a stray item of it.
    if (!listIntroduction(whole.identity) && !introductionWhole(next, partFeatures, whole)) continue
    const together = similarityOf(whole, joinAll(next.map((p) => partFeatures[p]!), set), { termWeight })
    if (together < c.group.similarity * (c.adjoining ? ADJOINING_KEEP : c.placed ? PLACED_KEEP : 1)) continue
    free[c.part] = 0
    grownSide.set(c.group, c.side)
    if (c.side === 'b') c.group.b = next
    else c.group.a = next
    c.group.kind = c.side === 'b' ? 'split' : 'merged'
    c.group.similarity = Math.min(1, together)
    c.group.identical = false
    grown++
  }
  return grown
}

/** Share of the whole's term weight not yet covered by the parts. */
function share(whole: ClauseFeatures, covered: ReadonlySet<string>, set: FeatureSet): number {
  return 1 - coverage(whole.terms, covered, set.termStats)
}

function joinAll(parts: readonly ClauseFeatures[], set: FeatureSet): ClauseFeatures {
  return parts.slice(1).reduce((acc, p) => joinFeatures(acc, p, set), parts[0]!)
}

/**
 * Sentence traces: a leftover clause whose every sentence reappears, by its words, in one
 * clause of the other document and in no other. A consolidated or cut-down revision moves
 * parts of a clause to another section ("You'll get your building pass from reception on your
 * first day. Wear it the whole time ..." -> "Each employee shall be issued with a building pass
 * ..." in "Issue" and "Building passes shall be worn and visible at all times ..." in "Use and
 * care"), or merges duties of two old notes that stood far apart ("Don't lend your pass or keys
 * ..." + "Don't lend council kit to family or friends." -> "Passes, keys and equipment ... shall
 * not be lent to any other person, whether a colleague, a family member or a friend."). Neither
 * the place rules (parts within two clauses) nor the score (the short part is a small share of
 * the long whole) find such a part; its sentences, read one by one, do.
 *
 * Run on leftovers only, after every other leftover rule, so that nothing already paired moves.
 * The traced clause, if left over too and tracing back to it (or standing in the same gap), pairs
 * with it; if it is the one clause of its group on its side, the leftover becomes a part of that
 * group (a split or a merge), wherever it stands when its words say enough (farEvidence), else
 * within the growing rules' reach of a part.
 */
import type { AlignedGroup } from './groups'
import { relatedTerms } from '../text-features'
import { coverage, type FeatureSet, RELATED_CREDIT, sentenceTermsLazily } from './features'
import { distinctTerms, idfWeights } from './idf-weights'
import { MAX_PARTS } from './grow-groups'

/**
 * Least share of a sentence's term weight (synonyms and derivations at part credit) that its
 * clause must hold. Note: measured on the tune set, the true traces of leftovers into a group
 * held 0.45-0.73, the false ones standing as far ahead of the next clause 0.30-0.36 (titles and
 * table rows aside, which never trace).
 */
export const TRACE_HELD = 0.4

/**
 * How far the traced clause must stand ahead of the next best clause of that document, in the
 * same share: a sentence that two clauses hold alike ("We may stop you driving our vehicles.",
 * 0.65 in two) says nothing of where it came from. Note: the true traces of the tune set stood
 * 0.35-0.73 ahead; the other leftovers over TRACE_HELD at most 0.19 ahead (document-control rows
 * and titles aside, which never trace).
 */
export const TRACE_MARGIN = 0.3

/**
 * How much more of each sentence's term weight (words as written: a synonym of a loose verb,
 * "take" ~ "return", proves nothing) the traced clause must hold than the clauses already
 * aligned with it do: a sentence the group already says is no part of it ("not lend the
 * badge;" is held as much by "Keys are issued only where a badge reader is not fitted." as by
 * its word-for-word partner). Note: measured on the tune set, the true parts 0.18-0.46; the
 * false traces met (tune set and tests/compare/align/gap-lists.test.ts) 0.
 */
export const TRACE_NOVEL = 0.1

/** Distinct ideas a sentence must share with its clause: one shared word is chance. */
const TRACE_IDEAS = 2

/**
 * How far (in clauses, on its side) a part may stand from its group's nearest part and still be
 * traced on TRACE_IDEAS: the growing rules' reach, two clauses between (grow-groups.ts).
 */
const PART_REACH = 3

/**
 * A part standing beyond PART_REACH has no place to speak for it, and two shared words can be
 * one word read in another sense plus a common one: each sentence must share three ideas with
 * the whole, or hold FAR_SPREAD of its weight there with its heaviest held term set aside.
 * Note: on the tune set the two far parts that failed both were both false ("Questions? Ring the
 * store on extension 4410." into "... Extensions may be granted by the Store Supervisor ...",
 * 0.21; "the result is whatever it hands back to you." into "Non-compliance ... may result in
 * withdrawal of access ...", 0.20); the true far parts on two ideas held 0.36 and 0.38 ("Parking
 * permit returned", "Lost it? Tell Facilities straight away."), the one on three 0.25.
 */
const FAR_IDEAS = 3
const FAR_SPREAD = 0.3

const farEvidence = (c: Pick<TraceChoice, 'ideas' | 'spread'>): boolean => c.ideas >= FAR_IDEAS || c.spread >= FAR_SPREAD

/** A sentence with fewer distinct terms says too little to be traced (it is not counted). */
const SENTENCE_TERMS = 2

export interface TraceChoice {
  side: 'a' | 'b'
  /** The leftover, on `side`. */
  leftover: number
  /** The clause its sentences trace to, on the other side. */
  traced: number
  /** The weakest of its sentences' held shares. */
  strength: number
  /** The least, over its sentences, of what the traced clause holds beyond its partners on the leftover's side. */
  novelty: number
  /** The fewest distinct ideas (terms or synonyms) a sentence shares with the traced clause. */
  ideas: number
  /** The least, over its sentences, of the held share once the heaviest held term is set aside. */
  spread: number
}

/** One side's traceable clauses as a sentence is traced into them: term sets, and which clauses hold a term. */
export interface TraceTargets {
  features: FeatureSet['a']
  /** A clause's distinct terms as a set, made when first asked for (few clauses ever are). */
  termsOf: (k: number) => ReadonlySet<string>
  byTerm: Map<string, number[]>
  /**
   * Scratch for candidates, one slot per clause (reused sentence after sentence): ideas and
   * weight found, the sentence term that last found the clause as written or as related.
   * Note: Maps and Sets per sentence here were most of the step's time.
   */
  ideas: Int32Array
  weight: Float64Array
  exactAt: Int32Array
  relatedAt: Int32Array
  touched: number[]
  /** Counts the sentence terms traced so far (the marks above compare with it). */
  stamp: number
}

/** The targets of one side: its eligible clauses, indexed by their terms. */
export function traceTargets(features: FeatureSet['a'], eligible: (k: number) => boolean): TraceTargets {
  const byTerm = new Map<string, number[]>()
  for (let k = 0; k < features.length; k++) {
    if (!eligible(k)) continue
    for (const t of distinctTerms(features[k]!.terms)) {
      const list = byTerm.get(t)
      if (list) list.push(k)
      else byTerm.set(t, [k])
    }
  }
  const sets: (ReadonlySet<string> | undefined)[] = new Array(features.length)
  const n = features.length
  return {
    features,
    termsOf: (k) => (sets[k] ??= new Set(features[k]!.terms)),
    byTerm,
    ideas: new Int32Array(n),
    weight: new Float64Array(n),
    exactAt: new Int32Array(n),
    relatedAt: new Int32Array(n),
    touched: [],
    stamp: 0,
  }
}

const NONE: readonly number[] = []

/**
 * The clauses that hold TRACE_IDEAS distinct terms of the sentence (or a related term of each),
 * with the share of its term weight each holds: softCoverage of the sentence in each, summed in
 * one pass over the index. Note: no other clause can share enough ideas with the sentence; a
 * new 300-clause pair leaves sixty leftovers a side, and reading every clause for each sentence
 * took the pair's CPU time from about 100 to about 240 ms.
 */
function candidates(sentence: readonly string[], targets: TraceTargets, stats: FeatureSet['termStats']): { k: number; h: number }[] {
  const { terms, weights, total } = idfWeights(sentence, stats)
  const { ideas, weight, exactAt, relatedAt, touched, byTerm } = targets
  touched.length = 0
  for (let n = 0; n < terms.length; n++) {
    const stamp = ++targets.stamp
    const w = weights[n]!
    // Note: each clause gains once per sentence term, as written before related, in term order
    // (the same sums, to the last bit, as the sets this replaced).
    const exact = byTerm.get(terms[n]!) ?? NONE
    for (let x = 0; x < exact.length; x++) {
      const k = exact[x]!
      exactAt[k] = stamp
      if (ideas[k] === 0) {
        touched.push(k)
        ideas[k] = 1
        weight[k] = w
      } else {
        ideas[k] = ideas[k]! + 1
        weight[k] = weight[k]! + w
      }
    }
    for (const r of relatedTerms(terms[n]!)) {
      const list = byTerm.get(r)
      if (!list) continue
      for (let x = 0; x < list.length; x++) {
        const k = list[x]!
        if (exactAt[k] === stamp || relatedAt[k] === stamp) continue
        relatedAt[k] = stamp
        if (ideas[k] === 0) {
          touched.push(k)
          ideas[k] = 1
          weight[k] = RELATED_CREDIT * w
        } else {
          ideas[k] = ideas[k]! + 1
          weight[k] = weight[k]! + RELATED_CREDIT * w
        }
      }
    }
  }
  const out: { k: number; h: number }[] = []
  for (const k of touched) {
    if (ideas[k]! >= TRACE_IDEAS && total > 0) out.push({ k, h: weight[k]! / total })
    ideas[k] = 0
  }
  return out
}

/**
 * The share of the sentence's term weight that the clause holds (synonyms and derivations at
 * part credit, as `candidates` counts it) once its heaviest held term is set aside.
 */
export function heldWithoutTop(sentence: readonly string[], whole: ReadonlySet<string>, stats: FeatureSet['termStats']): number {
  const { terms, weights, total } = idfWeights(sentence, stats)
  if (total <= 0) return 0
  let held = 0
  let top = 0
  for (let n = 0; n < terms.length; n++) {
    const t = terms[n]!
    const w = whole.has(t) ? weights[n]! : [...relatedTerms(t)].some((r) => whole.has(r)) ? RELATED_CREDIT * weights[n]! : 0
    held += w
    top = Math.max(top, w)
  }
  return (held - top) / total
}

/** How many distinct terms of `x` are in `y`, as written or as a synonym (ordered-leftovers.ts ideasIn, on sets made once). */
function ideasIn(x: Iterable<string>, y: ReadonlySet<string>): number {
  let n = 0
  for (const t of x) {
    if (y.has(t)) n++
    else for (const r of relatedTerms(t)) if (y.has(r)) {
      n++
      break
    }
  }
  return n
}

/**
 * The clause of the other side that every traceable sentence of the leftover traces to, or
 * undefined (a sentence traced nowhere, or two sentences to two clauses, or one the clause's
 * partners already hold). Sentences with fewer than SENTENCE_TERMS distinct terms are passed
 * over; the sentences are read one at a time, and none after the first that traces nowhere.
 */
export function traceOf(
  sentences: Iterable<readonly string[]>,
  targets: TraceTargets,
  stats: FeatureSet['termStats'],
  partners: (k: number) => ReadonlySet<string> = () => new Set(),
): { traced: number; strength: number; novelty: number; ideas: number; spread: number } | undefined {
  let traced = -1
  let strength = Infinity
  let novelty = Infinity
  let ideas = Infinity
  let spread = Infinity
  for (const sentence of sentences) {
    const own = new Set(sentence)
    if (own.size < SENTENCE_TERMS) continue
    // Note: held shares first, best first; the ideas (the dearer check) only of the best few.
    const scored = candidates(sentence, targets, stats)
    // Note: most sentences of most leftovers no clause holds enough: no sorting for them.
    if (!scored.some((c) => c.h >= TRACE_HELD)) return undefined
    // A clause under TRACE_HELD - TRACE_MARGIN neither traces the sentence nor stands in the way.
    // Note: taken best first (by share, then place), one at a time: seldom more than two are read, so no sorting.
    let best = -1
    let held = 0
    let second = 0
    let bestIdeas = 0
    for (;;) {
      let at = -1
      for (let x = 0; x < scored.length; x++) {
        const h = scored[x]!.h
        if (h < TRACE_HELD - TRACE_MARGIN) continue
        if (at < 0 || h > scored[at]!.h || (h === scored[at]!.h && scored[x]!.k < scored[at]!.k)) at = x
      }
      if (at < 0) break
      const c = { ...scored[at]! }
      scored[at]!.h = -1
      // sharedIdeas of the sentence and the clause, on sets made once.
      const whole = targets.termsOf(c.k)
      const shared = Math.min(ideasIn(own, whole), ideasIn(whole, own))
      if (shared < TRACE_IDEAS) continue
      if (best < 0) {
        best = c.k
        held = c.h
        bestIdeas = shared
        if (held < TRACE_HELD) break
      } else {
        second = c.h
        break
      }
    }
    if (best < 0 || held < TRACE_HELD || held - second < TRACE_MARGIN) return undefined
    if (traced >= 0 && traced !== best) return undefined
    traced = best
    strength = Math.min(strength, held)
    ideas = Math.min(ideas, bestIdeas)
    spread = Math.min(spread, heldWithoutTop(sentence, targets.termsOf(best), stats))
    novelty = Math.min(novelty, coverage(sentence, targets.termsOf(best), stats) - coverage(sentence, partners(best), stats))
  }
  return traced >= 0 && novelty >= TRACE_NOVEL ? { traced, strength, novelty, ideas, spread } : undefined
}

/**
 * Leftovers of both sides with the clause their sentences trace to, strongest first (then A
 * before B, then by place: the same whichever document is A).
 */
export function sentenceTraces(
  set: FeatureSet,
  free: { a: (i: number) => boolean; b: (j: number) => boolean },
  traceable: { a: (i: number) => boolean; b: (j: number) => boolean },
  partners: { a: (j: number) => ReadonlySet<string>; b: (i: number) => ReadonlySet<string> },
): TraceChoice[] {
  const out: TraceChoice[] = []
  const targets = { a: undefined as TraceTargets | undefined, b: undefined as TraceTargets | undefined }
  for (const side of ['a', 'b'] as const) {
    const own = set[side]
    const other = side === 'a' ? 'b' : 'a'
    for (let k = 0; k < own.length; k++) {
      if (!free[side](k) || !traceable[side](k)) continue
      const found = traceOf(sentenceTermsLazily(own[k]!.identity), (targets[other] ??= traceTargets(set[other], traceable[other])), set.termStats, partners[side])
      if (found) out.push({ side, leftover: k, ...found })
    }
  }
  return out.sort((x, y) => y.strength - x.strength || (x.side === y.side ? x.leftover - y.leftover : x.side === 'a' ? -1 : 1))
}

/**
 * Applies the choices to the groups: a pair of two leftovers, or a part added to the group
 * whose one clause on its side is the traced clause (up to MAX_PARTS; beyond PART_REACH from
 * its parts only on farEvidence). Returns the new pairs; groups grown are changed in place. A
 * group grows on one side only (no many-to-many rows). together(i, j): whether two leftovers
 * stand in the same gap between in-order anchors (cut at sections), where one tracing to the
 * other is enough.
 */
export function applyTraces(
  choices: readonly TraceChoice[],
  groups: readonly AlignedGroup[],
  free: { a: Uint8Array; b: Uint8Array },
  together: (i: number, j: number) => boolean = () => false,
): [number, number][] {
  const pairs: [number, number][] = []
  const groupOf = { a: new Map<number, AlignedGroup>(), b: new Map<number, AlignedGroup>() }
  for (const g of groups) {
    for (const i of g.a) groupOf.a.set(i, g)
    for (const j of g.b) groupOf.b.set(j, g)
  }
  for (const c of choices) {
    const other = c.side === 'a' ? 'b' : 'a'
    if (!free[c.side][c.leftover]) continue
    if (free[other][c.traced]) {
      // Note: two leftovers pair only when each traces to the other: a short new clause
      // ("Devices are provided for business purposes.", 0.44) is held by a longer removed one.
      // Or when they stand in the same gap: there the place backs the one-way trace of a part
      // of a long clause cut into several ("Never leave it in a car or van overnight." / "Borrowers
      // are responsible for the safekeeping of equipment ..., shall not leave it unattended in
      // vehicles overnight, ..."), which the long clause cannot trace back.
      const [i, j] = c.side === 'a' ? [c.leftover, c.traced] : [c.traced, c.leftover]
      if (!choices.some((d) => d.side === other && d.leftover === c.traced && d.traced === c.leftover) && !together(i, j)) continue
      pairs.push(c.side === 'a' ? [c.leftover, c.traced] : [c.traced, c.leftover])
      free[c.side][c.leftover] = 0
      free[other][c.traced] = 0
      continue
    }
    const g = groupOf[other].get(c.traced)
    if (!g || g[other].length !== 1 || g[c.side].length >= MAX_PARTS) continue
    if (!farEvidence(c) && g[c.side].every((k) => Math.abs(k - c.leftover) > PART_REACH)) continue
    g[c.side] = [...g[c.side], c.leftover].sort((x, y) => x - y)
    g.kind = c.side === 'b' ? 'split' : 'merged'
    g.identical = false
    g.similarity = Math.min(g.similarity, 0.99)
    free[c.side][c.leftover] = 0
    groupOf[c.side].set(c.leftover, g)
  }
  return pairs
}

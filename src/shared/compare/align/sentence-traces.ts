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
 * The traced clause, if left over too and tracing back to it, pairs with it; if it is the one
 * clause of its group on its side, the leftover becomes a part of that group (a split or a
 * merge), wherever it stands.
 */
import type { AlignedGroup } from './groups'
import { relatedTerms } from '../text-features'
import { coverage, type FeatureSet, RELATED_CREDIT, sentenceTerms } from './features'
import { idfWeights } from './idf-weights'
import { MAX_PARTS } from './grow-groups'
import { sharedIdeas } from './ordered-leftovers'

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
}

/** One side's traceable clauses as a sentence is traced into them: term sets, and which clauses hold a term. */
export interface TraceTargets {
  features: FeatureSet['a']
  terms: ReadonlySet<string>[]
  byTerm: Map<string, number[]>
}

/** The targets of one side: its eligible clauses, indexed by their terms. */
export function traceTargets(features: FeatureSet['a'], eligible: (k: number) => boolean): TraceTargets {
  const terms: ReadonlySet<string>[] = []
  const byTerm = new Map<string, number[]>()
  features.forEach((f, k) => {
    const set = new Set(f.terms)
    terms.push(set)
    if (!eligible(k)) return
    for (const t of set) {
      const list = byTerm.get(t)
      if (list) list.push(k)
      else byTerm.set(t, [k])
    }
  })
  return { features, terms, byTerm }
}

/**
 * The clauses that hold TRACE_IDEAS distinct terms of the sentence (or a related term of each),
 * with the share of its term weight each holds: softCoverage of the sentence in each, summed in
 * one pass over the index. Note: no other clause can share enough ideas with the sentence; a
 * new 300-clause pair leaves sixty leftovers a side, and reading every clause for each sentence
 * took the pair's CPU time from about 100 to about 240 ms.
 */
function candidates(sentence: readonly string[], targets: TraceTargets, stats: FeatureSet['termStats']): { k: number; h: number }[] {
  const { terms, weights, total } = idfWeights(sentence, stats)
  const found = new Map<number, { ideas: number; weight: number }>()
  const exact = new Set<number>()
  const related = new Set<number>()
  for (let n = 0; n < terms.length; n++) {
    exact.clear()
    related.clear()
    for (const k of targets.byTerm.get(terms[n]!) ?? []) exact.add(k)
    for (const r of relatedTerms(terms[n]!)) for (const k of targets.byTerm.get(r) ?? []) if (!exact.has(k)) related.add(k)
    for (const [set, credit] of [[exact, 1], [related, RELATED_CREDIT]] as const) {
      for (const k of set) {
        const f = found.get(k)
        if (f) {
          f.ideas++
          f.weight += credit * weights[n]!
        } else found.set(k, { ideas: 1, weight: credit * weights[n]! })
      }
    }
  }
  const out: { k: number; h: number }[] = []
  for (const [k, f] of found) if (f.ideas >= TRACE_IDEAS && total > 0) out.push({ k, h: f.weight / total })
  return out
}

/**
 * The clause of the other side that every traceable sentence of the leftover traces to, or
 * undefined (a sentence traced nowhere, or two sentences to two clauses, or one the clause's
 * partners already hold).
 */
export function traceOf(
  sentences: readonly (readonly string[])[],
  targets: TraceTargets,
  stats: FeatureSet['termStats'],
  partners: (k: number) => ReadonlySet<string> = () => new Set(),
): { traced: number; strength: number; novelty: number } | undefined {
  let traced = -1
  let strength = Infinity
  let novelty = Infinity
  for (const sentence of sentences) {
    // Note: held shares first, best first; the ideas (the dearer check) only of the best few.
    const scored = candidates(sentence, targets, stats)
    // Note: most sentences of most leftovers no clause holds enough: no sorting for them.
    if (!scored.some((c) => c.h >= TRACE_HELD)) return undefined
    // A clause under TRACE_HELD - TRACE_MARGIN neither traces the sentence nor stands in the way.
    const sharing = scored.filter((c) => c.h >= TRACE_HELD - TRACE_MARGIN).sort((x, y) => y.h - x.h || x.k - y.k)
    let best = -1
    let held = 0
    let second = 0
    for (const c of sharing) {
      if (sharedIdeas(sentence, targets.features[c.k]!.terms) < TRACE_IDEAS) continue
      if (best < 0) {
        best = c.k
        held = c.h
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
    novelty = Math.min(novelty, coverage(sentence, targets.terms[best]!, stats) - coverage(sentence, partners(best), stats))
  }
  return traced >= 0 && novelty >= TRACE_NOVEL ? { traced, strength, novelty } : undefined
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
      const sentences = sentenceTerms(own[k]!.identity).filter((t) => new Set(t).size >= SENTENCE_TERMS)
      if (sentences.length === 0) continue
      const found = traceOf(sentences, (targets[other] ??= traceTargets(set[other], traceable[other])), set.termStats, partners[side])
      if (found) out.push({ side, leftover: k, ...found })
    }
  }
  return out.sort((x, y) => y.strength - x.strength || (x.side === y.side ? x.leftover - y.leftover : x.side === 'a' ? -1 : 1))
}

/**
 * Applies the choices to the groups: a pair of two leftovers, or a part added to the group
 * whose one clause on its side is the traced clause (up to MAX_PARTS). Returns the new pairs;
 * groups grown are changed in place. A group grows on one side only (no many-to-many rows).
 */
export function applyTraces(choices: readonly TraceChoice[], groups: readonly AlignedGroup[], free: { a: Uint8Array; b: Uint8Array }): [number, number][] {
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
      if (!choices.some((d) => d.side === other && d.leftover === c.traced && d.traced === c.leftover)) continue
      pairs.push(c.side === 'a' ? [c.leftover, c.traced] : [c.traced, c.leftover])
      free[c.side][c.leftover] = 0
      free[other][c.traced] = 0
      continue
    }
    const g = groupOf[other].get(c.traced)
    if (!g || g[other].length !== 1 || g[c.side].length >= MAX_PARTS) continue
    g[c.side] = [...g[c.side], c.leftover].sort((x, y) => x - y)
    g.kind = c.side === 'b' ? 'split' : 'merged'
    g.identical = false
    g.similarity = Math.min(g.similarity, 0.99)
    free[c.side][c.leftover] = 0
    groupOf[c.side].set(c.leftover, g)
  }
  return pairs
}

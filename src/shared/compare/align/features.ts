/**
 * What the aligner sees of each clause: its text for the identity test, its content terms,
 * and TF-IDF vectors of terms and of term shingles over the clauses of both documents.
 */
import { splitLabel } from '../../import/blocks'
import type { Clause } from '../../model'
import { knownTerms } from '../semantic'
import { STOP_WORDS } from '../stop-words'
import { type TermCounts, termCounts, weigh } from '../term-counts'
import { comparisonTerms as allTerms, cosine, relatedTerms, shingles, type SparseVector, stem, TermStatistics, tfidf, wordsOf } from '../text-features'
import { heldFigures } from './figures'
import { idfWeights } from './idf-weights'
import { sideFrequencies } from './side-frequencies'

export interface ClauseFeatures {
  /** The text as compared for identity: no label, plain quotes and dashes, single spaces. */
  identity: string
  terms: readonly string[]
  termVector: SparseVector
  shingleVector: SparseVector
  /** Lower-case words including stop words: the fallback for clauses with no content terms. */
  words: ReadonlySet<string>
  /** A title written as a list item (headingLike); set by the caller, which knows the labels. */
  heading: boolean
  /**
   * For a list introduction (listIntroduction), the index of the last item of its list (the
   * clauses after it at a deeper level, in its section); -1 for other clauses. Set by the caller.
   */
  listEnd: number
}

/**
 * Stems of stop words that survive as terms because the stop list is matched after stemming
 * ("where" -> "wher", "does" -> "doe", "while" -> "whil"): dropped from the aligner's terms.
 * Note: only here, not in contentTerms, which the library's index and families also read.
 */
const STOP_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].map(stem).filter((s) => !STOP_WORDS.has(s)))

/** The aligner's terms of a text: comparison terms without stop-word stems. */
export function comparisonTerms(text: string): string[] {
  return allTerms(text).filter((t) => !STOP_STEMS.has(t))
}

/** A heading has at most this many words. */
const HEADING_WORDS = 5

/**
 * A title written as a numbered list item ("1. Introduction", "5. Personal use", with the
 * clauses of that part nested under it), which importers still turn into a clause: a printed
 * label, a few words, the first capitalised, no digits, no table cells and no closing
 * punctuation. Such a title must never pair with a real clause that shares its words
 * ("Corporate accounts" against "Corporate accounts must not be used to ..."). Note: a short
 * line without a label ("Status Approved", a document-control row of a PDF) is left alone.
 */
export function headingLike(label: string | null | undefined, text: string, identity?: string): boolean {
  if (typeof label !== 'string' || label === '' || text.length > 80 || /[|\d]/.test(text)) return false
  identity ??= identityText(text)
  const words = identity.split(' ').filter((w) => /[A-Za-z]/.test(w))
  return words.length > 0 && words.length <= HEADING_WORDS && /^[A-Z]/.test(words[0]!) && !/[.!?;:,)]$/.test(identity)
}

/** Whether a title and a real clause: never a pair (two titles, or two clauses, may be). */
export function titleAgainstClause(x: ClauseFeatures, y: ClauseFeatures): boolean {
  return x.heading !== y.heading && x.identity !== y.identity
}

/**
 * A list introduction: a clause ending in a colon ("Staff must never post:"), which says
 * little until its items follow. Note: it shares its duty words with many clauses
 * ("staff must not share ..."), so it pairs one-to-one only with another introduction (a new
 * introduction in B otherwise takes a reworded item's old wording); it may still be a part
 * of a merge, where a list is written out as one sentence.
 */
export function listIntroduction(identity: string): boolean {
  return identity.endsWith(':')
}

/**
 * Two clauses that never pair one-to-one: a title and a clause; a list introduction and a
 * clause that does not hold the introduction's own words as written (a new introduction,
 * "Staff must never post:", shares its duty words with the old wording of one of its items
 * through synonyms, but is not that clause; an introduction turned into a sentence keeps its words).
 */
export function neverPaired(x: ClauseFeatures, y: ClauseFeatures): boolean {
  if (x.identity === y.identity) return false
  if (x.heading !== y.heading) return true
  const ix = listIntroduction(x.identity)
  if (ix === listIntroduction(y.identity)) return false
  const [intro, other] = ix ? [x, y] : [y, x]
  return wordsHeld(intro.words, other.words) < INTRODUCTION_HELD
}

/**
 * A printed label left at the start of a text ("3.2", "(b)", "1.", "•"). Note: a bare whole
 * number is left alone: "10 January 2011" and "5 working days" start with a number that is
 * part of what the clause says, not with a label.
 */
function stripLabel(text: string): string {
  const found = splitLabel(text)
  return found && !/^\d+$/.test(found.label) ? found.rest : text
}

/**
 * The text two clauses must share to be "the same": a printed label at the start removed,
 * typographic quotes and dashes made plain, table cell separators and whitespace runs made
 * one space. Note: a "|" is how importers join table cells, and a Word table and its PDF
 * rendering differ only there, so it counts as whitespace.
 */
export function identityText(text: string): string {
  const cells = text.includes('|') ? text.replace(/\s*\|\s*/g, ' ') : text
  // Note: most clauses are already one-spaced, where the replace would give the same text back.
  const spaced = (NOT_ONE_SPACED.test(cells) ? cells.replace(/\s+/g, ' ') : cells).trim()
  const rest = stripLabel(spaced)
  // Note: most clauses hold no typographic quote or dash; then the rest (a suffix of one-spaced text) only needs trimming.
  if (!TYPOGRAPHIC.test(rest)) return rest.trim()
  return rest
    .replace(/[’‘`′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whitespace that is not a single plain space (a tab, a line break, two in a row): what /\s+/g would change. */
const NOT_ONE_SPACED = /[^\S ]|\s\s/

/** The characters identityText makes plain (the space \u00a0 is already whitespace). */
const TYPOGRAPHIC = /[’‘`′“”″‐‑‒–—\u00a0]/

/** Corpus statistics over the clauses of both documents, and each clause's features. */
export interface FeatureSet {
  a: ClauseFeatures[]
  b: ClauseFeatures[]
  termStats: TermStatistics
  shingleStats: TermStatistics
}

/**
 * What the aligner reads of one clause on its own, before any other clause is known: the same
 * whatever it is compared with, so a service may prepare a source once for all its comparisons
 * (A against B, then A against C, prepares A once). Note: shared between comparisons, so
 * nothing here may be changed by the aligner.
 */
export interface PreparedClause {
  readonly identity: string
  readonly terms: readonly string[]
  readonly shingles: readonly string[]
  readonly words: ReadonlySet<string>
  readonly heading: boolean
  /** The terms and shingles counted (term-counts.ts): the clause's own half of its TF-IDF vectors. */
  readonly termCounts: TermCounts
  readonly shingleCounts: TermCounts
}

/** A clause's text as the aligner reads it: a clause without a string text reads as empty. */
export function clauseText(c: Pick<Clause, 'text'> | null | undefined): string {
  return typeof c?.text === 'string' ? c.text : ''
}

/** One clause prepared; `label` is its printed label, for headingLike (null: never a title). */
export function prepareClause(text: string, label?: string | null): PreparedClause {
  const identity = identityText(text)
  const terms = comparisonTerms(text)
  const shingled = shingles(terms)
  return { identity, terms, shingles: shingled, words: new Set(wordsOf(identity)), heading: headingLike(label, text, identity), termCounts: termCounts(terms), shingleCounts: termCounts(shingled) }
}

/**
 * Clauses already prepared, by text (and whether a label was printed, all a title needs of
 * it): a revision repeats most of its clauses word for word, so preparing both sides of one
 * comparison with one memo prepares each such clause once.
 */
export type PreparedMemo = Map<string, PreparedClause>

/** Every clause of one side prepared, in order (what alignClauses accepts as `prepared`). */
export function prepareClauses(clauses: readonly Pick<Clause, 'text' | 'label'>[], memo: PreparedMemo = new Map()): PreparedClause[] {
  return clauses.map((c) => {
    const text = clauseText(c)
    const key = `${typeof c?.label === 'string' && c.label !== '' ? 'L' : '-'}${text}`
    let prepared = memo.get(key)
    if (!prepared) memo.set(key, (prepared = prepareClause(text, c?.label)))
    return prepared
  })
}

/**
 * What every comparison of a prepared source reads of it as a whole, made now: the side's term
 * frequencies (side-frequencies.ts), each clause's terms found in the word vectors
 * (../semantic knownTerms), both kept per prepared list, and the figures each clause's text
 * holds (figures.ts heldFigures, kept by text), so a service that calls this when it prepares
 * a source off the request leaves a new pair only the pair's own work. Note: the
 * word vectors are decoded by the first call (about 30 ms, once per process): a service
 * decodes them in a turn of their own first (wordVectorTable).
 */
export function readyForComparisons(prepared: readonly PreparedClause[]): void {
  sideFrequencies(prepared)
  for (const p of prepared) {
    knownTerms(p.terms)
    heldFigures(p.identity)
  }
}

/** Corpus statistics and features of the clauses of both documents, from their texts (no titles). */
export function buildFeatures(aTexts: readonly string[], bTexts: readonly string[]): FeatureSet {
  return featuresOf(aTexts.map((t) => prepareClause(t)), bTexts.map((t) => prepareClause(t)))
}

/**
 * Corpus statistics over the prepared clauses of both documents (the only part that depends on
 * the pair), and each clause's TF-IDF vectors under them.
 */
export function featuresOf(pa: readonly PreparedClause[], pb: readonly PreparedClause[]): FeatureSet {
  const termStats = new TermStatistics()
  const shingleStats = new TermStatistics()
  // Note: each side's frequencies counted once per prepared list (side-frequencies.ts), as if its clauses were added one by one.
  for (const side of [sideFrequencies(pa), sideFrequencies(pb)]) {
    termStats.addCounted(side.documents, side.terms)
    shingleStats.addCounted(side.documents, side.shingles)
  }
  // Note: a clause both sides hold word for word is one prepared object (PreparedMemo), and
  // its vectors under the pair's statistics are the same: weighed once, shared (never changed).
  const vectors = new Map<PreparedClause, [SparseVector, SparseVector]>()
  const finish = (p: PreparedClause): ClauseFeatures => {
    let v = vectors.get(p)
    if (!v) vectors.set(p, (v = [weigh(p.termCounts, termStats), weigh(p.shingleCounts, shingleStats)]))
    return { identity: p.identity, terms: p.terms, termVector: v[0], shingleVector: v[1], words: p.words, heading: p.heading, listEnd: -1 }
  }
  return { a: pa.map(finish), b: pb.map(finish), termStats, shingleStats }
}

/** How much of `part`'s term weight (IDF over distinct terms) is found in `whole`. */
export function coverage(part: readonly string[], whole: ReadonlySet<string>, stats: TermStatistics): number {
  return weightedCoverage(part, whole, stats, 0)
}

/** Share a related word (accept ~ take) counts for, against the same word. */
export const RELATED_CREDIT = 0.75

/**
 * Like coverage, but a term whose common synonym is in `whole` counts for RELATED_CREDIT:
 * the weaker evidence that reworded text leaves.
 */
export function softCoverage(part: readonly string[], whole: ReadonlySet<string>, stats: TermStatistics): number {
  return weightedCoverage(part, whole, stats, RELATED_CREDIT)
}

/** The one loop behind both: a term found counts fully, a related one for `relatedCredit`. */
function weightedCoverage(part: readonly string[], whole: ReadonlySet<string>, stats: TermStatistics, relatedCredit: number): number {
  // Note: the distinct terms and their weights, in first-seen order, kept per list (idf-weights.ts).
  const { terms, weights, total } = idfWeights(part, stats)
  let found = 0
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!
    const w = weights[k]!
    if (whole.has(t)) found += w
    else if (relatedCredit > 0 && hasAny(relatedTerms(t), whole)) found += relatedCredit * w
  }
  return total === 0 ? 0 : found / total
}

function hasAny(terms: ReadonlySet<string>, whole: ReadonlySet<string>): boolean {
  for (const t of terms) if (whole.has(t)) return true
  return false
}

/**
 * The sentences of a clause, cut again after a semicolon or colon and before ", but": the
 * units whose source a split or merge must account for. Each as its comparison terms.
 */
export function sentenceTerms(text: string): string[][] {
  let found = sentencesOf.get(text)
  if (!found) {
    found = text
      .split(/(?<=[.!?;:])\s+|,\s+(?=but\s)/)
      .flatMap((s) => coordinatedParts(s))
      .map((s) => comparisonTerms(s))
      .filter((t) => t.length > 0)
    if (sentencesOf.size >= SENTENCES_KEPT) sentencesOf.clear()
    sentencesOf.set(text, found)
  }
  // Note: a new list each time (callers filter it); the term lists in it are shared and never changed.
  return found.slice()
}

/**
 * The same sentences as sentenceTerms, one at a time, each made only when asked for: a caller
 * that stops at the first sentence it cannot use (sentence-traces.ts) splits and stems no more.
 * Note: from the kept list when there is one; nothing is kept here.
 */
export function* sentenceTermsLazily(text: string): Generator<string[]> {
  const found = sentencesOf.get(text)
  if (found) {
    yield* found
    return
  }
  for (const s of text.split(/(?<=[.!?;:])\s+|,\s+(?=but\s)/)) {
    for (const part of coordinatedParts(s)) {
      const terms = comparisonTerms(part)
      if (terms.length > 0) yield terms
    }
  }
}

/**
 * Sentence terms by text: group growth asks for the same whole's sentences in every round and
 * both passes (a pure function of the text). Bounded, like the stem cache.
 */
const sentencesOf = new Map<string, string[][]>()
const SENTENCES_KEPT = 4096

/** A coordinated part must hold this many content terms to stand as a unit of its own. */
const PART_TERMS = 3

/**
 * A sentence cut again where a new duty or statement is joined on with ", and" (or ", or",
 * or ", must" / ", should" ... with no conjunction), or an exception with ", unless" / ", except"
 * (a revision often states the exception on its own: "This does not apply where ..."): "The press office deals with journalists
 * ..., and it is the only source of updates" holds two things a merge may have drawn from two
 * clauses. Note: a list of words ("discriminatory, abusive, and threatening") gives pieces too
 * short to trace, which stay joined to the piece before them.
 */
function coordinatedParts(sentence: string): string[] {
  const pieces = sentence.split(/,\s+(?=(?:and|or|unless|except)\s)|,\s+(?=(?:must|should|may|will|shall|can)\s)/)
  const out: string[] = []
  for (const piece of pieces) {
    if (out.length > 0 && (new Set(comparisonTerms(piece)).size < PART_TERMS || new Set(comparisonTerms(out.at(-1)!)).size < PART_TERMS)) out[out.length - 1] += `, ${piece}`
    else out.push(piece)
  }
  return out
}

export interface ScoreWeights {
  /** Weight of the TF-IDF cosine of terms; the rest goes to the cosine of shingles. */
  termWeight: number
}

/** Blend of term and shingle cosines, 0..1. */
export function blend(termCos: number, shingleCos: number, weights: ScoreWeights): number {
  const s = weights.termWeight * termCos + (1 - weights.termWeight) * shingleCos
  return Math.min(1, Math.max(0, s))
}

/** Similarity of two feature sets, scored the same way as the candidate pass does. */
export function similarityOf(x: ClauseFeatures, y: ClauseFeatures, weights: ScoreWeights): number {
  if (x.identity === y.identity) return 1
  if (x.terms.length === 0 || y.terms.length === 0) return wordJaccard(x, y)
  return blend(cosine(x.termVector, y.termVector), cosine(x.shingleVector, y.shingleVector), weights)
}

/** Fallback for clauses without content terms ("Version 1.0"): overlap of their plain words. */
export function wordJaccard(x: ClauseFeatures, y: ClauseFeatures): number {
  if (x.words.size === 0 || y.words.size === 0) return 0
  // Note: the smaller set walked (the count is the same): a clause with no content terms is
  // weighed against every clause of the other side, most of them long.
  const [small, large] = x.words.size <= y.words.size ? [x.words, y.words] : [y.words, x.words]
  let inter = 0
  for (const w of small) if (large.has(w)) inter++
  return inter / (x.words.size + y.words.size - inter)
}

/** Features of two clauses read as one (a split's two parts, a merge's two sources). */
export function joinFeatures(x: ClauseFeatures, y: ClauseFeatures, set: FeatureSet): ClauseFeatures {
  const terms = [...x.terms, ...y.terms]
  return {
    identity: `${x.identity} ${y.identity}`.trim(),
    terms,
    termVector: tfidf(terms, set.termStats),
    shingleVector: tfidf(shingles(terms), set.shingleStats),
    words: new Set([...x.words, ...y.words]),
    heading: false,
    listEnd: -1,
  }
}

/**
 * Whether a list introduction may be a part of a group with `parts` on its side, against
 * `whole`: with the whole of its list (a list written out as one sentence), or with its first
 * item when the whole holds the introduction's own words as written (the two run together);
 * never as the stray companion of an item whose words the whole rewrote.
 */
export function introductionWhole(parts: readonly number[], features: readonly ClauseFeatures[], whole: ClauseFeatures): boolean {
  const held = new Set(parts)
  for (const k of parts) {
    const f = features[k]!
    if (!listIntroduction(f.identity) || f.heading) continue
    if (f.listEnd <= k || !held.has(k + 1)) return false
    let all = true
    for (let item = k + 2; item <= f.listEnd; item++) if (!held.has(item)) all = false
    if (!all && wordsHeld(f.words, whole.words) < INTRODUCTION_HELD) return false
  }
  return true
}

/**
 * Share of a list introduction's plain words another clause must hold to be the same
 * introduction reworded or run into it. Note: plain words, not terms, because synonyms make a
 * new "Staff must never post:" look like an old "Staff must not share ...".
 */
const INTRODUCTION_HELD = 0.8

function wordsHeld(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0
  let held = 0
  for (const w of part) if (whole.has(w)) held++
  return held / part.size
}

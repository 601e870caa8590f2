/**
 * What comparison sees of a clause: content terms (lower-cased, light-stemmed, stop words,
 * numbers and labels gone, synonyms merged), word shingles, and TF-IDF vectors. Renumbering
 * and whitespace change none of these, so they never count as a change.
 */
import { splitLabel } from '../import/blocks'
import { rememberedWords } from '../text/remembered-words'
import { STOP_WORDS } from './stop-words'
import abbreviationData from './abbreviations.json' with { type: 'json' }
import relatedData from './related-words.json' with { type: 'json' }
import synonymData from './synonyms.json' with { type: 'json' }

/**
 * A light English stemmer (plurals, -ing, -ed, -ly, -ation...): enough that "posting",
 * "posts" and "posted" meet, without the surprises of a full Porter stemmer on short words.
 */
export const stem: (word: string) => string = rememberedWords(stemOf)

function stemOf(word: string): string {
  let w = word
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  // Two rounds, so "confidentiality" and "confidential" meet at the same stem.
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 4)
    if (!suffix) break
    w = w.slice(0, -suffix.length)
  }
  return w
}

const SUFFIXES = ['ational', 'ation', 'ition', 'ment', 'ness', 'ingly', 'edly', 'ing', 'ed', 'ly', 'er', 'ity', 'ive', 'ion', 'al', 'e', 'y']

/**
 * Lower-case words of a text, with typographic quotes and dashes made plain; numbers dropped:
 * the matches of /[a-z]+(?:'[a-z]+)?/g in the lower-cased text (any of ' ’ ‘ ` as the
 * apostrophe), each without a closing "'s" and without its apostrophe.
 * Note: scanned by hand, not matched: this runs for every clause of every comparison and
 * every clause of the library, and the regular expression, the two replaces before it and the
 * replaces for each apostrophe were most of its cost (tests/compare/text-scan.test.ts holds it
 * to the regular expression).
 */
export function wordsOf(text: string): string[] {
  const plain = text.toLowerCase()
  const words: string[] = []
  const n = plain.length
  let i = 0
  while (i < n) {
    if (!isLower(plain.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && isLower(plain.charCodeAt(i))) i++
    // An apostrophe with a letter after it joins the next run of letters ("don't", "council's").
    if (i + 1 < n && isApostrophe(plain.charCodeAt(i)) && isLower(plain.charCodeAt(i + 1))) {
      const end = i
      const after = i + 1
      i += 2
      while (i < n && isLower(plain.charCodeAt(i))) i++
      const tail = i - after === 1 && plain.charCodeAt(after) === 115 /* s */ ? '' : plain.slice(after, i)
      words.push(tail === '' ? plain.slice(start, end) : plain.slice(start, end) + tail)
    } else words.push(plain.slice(start, i))
  }
  return words
}

const isLower = (c: number): boolean => c >= 97 && c <= 122

/** ' ’ ‘ and `: what wordsOf reads as an apostrophe. */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 96

/** The clause text without a printed label at its start ("3.2", "(a)"): labels never count. */
export function withoutLabel(text: string): string {
  return splitLabel(text.trim())?.rest ?? text
}

interface SynonymPhrase {
  stems: string[]
  term: string
}

/** Multi-word synonyms first, so "line manager" is taken whole before "manager". */
const phraseStems = (phrase: string): string[] => wordsOf(phrase).map(stem)
const synonymPhrases: SynonymPhrase[] = synonymData.groups
  .flatMap((group) => group.map((phrase) => ({ stems: phraseStems(phrase), term: phraseStems(group[0]!).join('_') })))
  .sort((a, b) => b.stems.length - a.stems.length)

/** Phrases by their first stem, longest first: each word looks up only its own candidates. */
const phrasesByFirst = new Map<string, SynonymPhrase[]>()
for (const phrase of synonymPhrases) {
  const first = phrase.stems[0]
  if (first === undefined) continue
  const list = phrasesByFirst.get(first)
  if (list) list.push(phrase)
  else phrasesByFirst.set(first, [phrase])
}

/** Rewrite a run of stems so synonyms become one term. */
function mergeSynonyms(stems: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < stems.length; ) {
    const hit = phraseAt(stems, i)
    if (hit) {
      out.push(hit.term)
      i += hit.stems.length
    } else {
      out.push(stems[i]!)
      i++
    }
  }
  return out
}

/**
 * The first (longest) phrase starting at stems[i], or undefined. Note: loops, not find and
 * every, which made two closures for each word of every clause.
 */
function phraseAt(stems: readonly string[], i: number): SynonymPhrase | undefined {
  const candidates = phrasesByFirst.get(stems[i]!)
  if (candidates === undefined) return undefined
  for (const p of candidates) {
    let all = true
    for (let j = 0; j < p.stems.length; j++) {
      if (stems[i + j] !== p.stems[j]) {
        all = false
        break
      }
    }
    if (all) return p
  }
  return undefined
}

/**
 * The terms of a clause in order: stems with synonyms merged, stop words dropped. Negations
 * ("not", "never", "no") are kept: they change what a clause says.
 */
export function contentTerms(text: string): string[] {
  const stems = wordsOf(withoutLabel(text)).map(stem)
  return mergeSynonyms(stems).filter((t) => !STOP_WORDS.has(t) && t.length > 1)
}

/** Adjacent term pairs ("post_confidential"): order-aware evidence that survives rewording. */
export function shingles(terms: readonly string[], size = 2): string[] {
  const out: string[] = []
  // Note: pairs, the only size asked for, joined directly (a slice and a join for each cost more than the rest).
  if (size === 2) for (let i = 0; i + 2 <= terms.length; i++) out.push(`${terms[i]!} ${terms[i + 1]!}`)
  else for (let i = 0; i + size <= terms.length; i++) out.push(terms.slice(i, i + size).join(' '))
  return out
}

/** Document frequencies over a collection of clauses (each clause one document). */
export class TermStatistics {
  private readonly docFreq = new Map<string, number>()
  private docs = 0

  /** idf of the terms asked for since the last add (coverage asks for the same terms often). */
  private readonly idfCache = new Map<string, number>()

  /** Frequencies of collections counted apart (addCounted), summed in when a term is asked for. */
  private readonly counted: ReadonlyMap<string, number>[] = []

  add(terms: Iterable<string>): void {
    this.docs++
    this.idfCache.clear()
    for (const t of new Set(terms)) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1)
  }

  /**
   * A collection of `documents` documents whose document frequencies were counted apart, as if
   * each of its documents were added. Note: the aligner counts each source once (a source is
   * compared with several others) instead of adding both sources' clauses for every comparison.
   * The map must not change afterwards.
   */
  addCounted(documents: number, frequencies: ReadonlyMap<string, number>): void {
    this.docs += documents
    this.idfCache.clear()
    this.counted.push(frequencies)
  }

  /** Smoothed inverse document frequency: rare terms weigh more. */
  idf(term: string): number {
    let idf = this.idfCache.get(term)
    if (idf === undefined) {
      let df = this.docFreq.get(term) ?? 0
      for (const f of this.counted) df += f.get(term) ?? 0
      idf = Math.log((this.docs + 1) / (df + 1)) + 1
      this.idfCache.set(term, idf)
    }
    return idf
  }

  get documentCount(): number {
    return this.docs
  }
}

export type SparseVector = Map<string, number>

/** Sublinear TF times IDF, L2-normalised. */
export function tfidf(terms: readonly string[], stats: TermStatistics): SparseVector {
  // Note: one map, counts turned into weights in place (same keys, same order).
  const v: SparseVector = new Map()
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1)
  let norm = 0
  for (const [t, n] of v) {
    const w = (1 + Math.log(n)) * stats.idf(t)
    v.set(t, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, w] of v) v.set(t, w / norm)
  return v
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [t, w] of small) {
    const other = large.get(t)
    if (other !== undefined) dot += w * other
  }
  return dot
}

/** |A ∩ B| / |A ∪ B| of two sets; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0
  let inter = 0
  for (const x of a) if (b.has(x)) inter++
  return inter / (a.size + b.size - inter)
}

/**
 * Contractions written out, so that "don't" reads as "do not" (a negation) and not as the
 * word "dont". "can't" and "won't" are not regular.
 */
export function expandContractions(text: string): string {
  // Note: every rule needs an apostrophe; most clauses have none, and skip the four passes.
  if (!APOSTROPHE.test(text)) return text
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/\b(can)'t\b/gi, '$1not')
    .replace(/\b(w)on't\b/gi, '$1ill not')
    .replace(/\b([a-z]+)n't\b/gi, '$1 not')
}

const APOSTROPHE = /['’‘`]/

/** Stem -> the stem of its derivation group's first word (privacy, private -> privac). */
const derivedStem = new Map<string, string>()
for (const group of relatedData.derived) {
  const stems = group.map((w) => stem(w))
  for (const s of stems) if (!derivedStem.has(s)) derivedStem.set(s, stems[0]!)
}

/**
 * The terms comparison reads: content terms with contractions written out and the forms of
 * one idea in other parts of speech merged (related-words.json, from WordNet), so that
 * "accepting" and "acceptance", "privacy" and "private" meet. Note: the library (families,
 * the draft check) still reads contentTerms.
 */
export function comparisonTerms(text: string): string[] {
  return contentTerms(expandNegations(expandAbbreviations(expandContractions(text)))).map((t) => derivedStem.get(t) ?? t)
}

/** Long form -> its abbreviation (abbreviations.json), longest first so "UK GDPR" is taken whole. */
const LONG_FORMS: [string, string][] = Object.entries(abbreviationData.abbreviations as Record<string, string[]>)
  .flatMap(([short, longs]) => longs.map((long): [string, string] => [long, short]))
  .sort((x, y) => y[0].length - x[0].length)
const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/ /g, '\\s+')
const capitals = (x: string): boolean => x === x.toUpperCase()
const FORM_AS_PRINTED = new RegExp(`(?<![A-Za-z0-9])(?:${LONG_FORMS.filter(([l]) => capitals(l)).map(([l]) => escape(l)).join('|')})(?![A-Za-z0-9])`, 'g')
const FORM_ANY_CASE = new RegExp(`(?<![A-Za-z0-9])(?:${LONG_FORMS.filter(([l]) => !capitals(l)).map(([l]) => escape(l)).join('|')})(?![A-Za-z0-9])`, 'gi')
const SHORT_OF = new Map(LONG_FORMS.map(([l, s]) => [capitals(l) ? l : l.toLowerCase().replace(/’/g, "'"), s]))

/**
 * Long forms of policy abbreviations read as the abbreviation ("United Kingdom" -> "UK",
 * "information technology" and "IT" -> "ICT", "human resources" -> "HR"): one word both
 * wordings share and nothing else does. Forms in capitals as printed, so the pronoun "it" stays
 * a stop word.
 */
export function expandAbbreviations(text: string): string {
  const key = (m: string): string => m.replace(/\s+/g, ' ')
  return text
    .replace(FORM_AS_PRINTED, (m) => SHORT_OF.get(key(m)) ?? m)
    .replace(FORM_ANY_CASE, (m) => SHORT_OF.get(key(m).toLowerCase().replace(/’/g, "'")) ?? m)
}

/** Negating word -> the word it negates ("unapproved" -> "approved"; "non" -> "not", as in "non-compliance"). */
const NEGATED: ReadonlyMap<string, string> = new Map(Object.entries(abbreviationData.negated as Record<string, string>))

/**
 * Words that negate by a prefix written as "not" and the word they negate, so that
 * "unapproved" meets "approved" through the word and stays its opposite through "not" (a term
 * comparison keeps). Note: a listed set (abbreviations.json), not a rule: "inform", "discover"
 * and "interest" begin with a prefix and negate nothing.
 */
export function expandNegations(text: string): string {
  // Note: most clauses hold no such word; a scan that finds none spares a replace that calls back for every word.
  if (!hasNegatedWord(text)) return text
  return text.replace(/[A-Za-z]+/g, (w) => {
    const base = NEGATED.get(w.toLowerCase())
    return base === undefined ? w : base === 'not' ? 'not' : `not ${base}`
  })
}

/**
 * Whether a run of ASCII letters in `text` is a listed negating word, in any case (what the
 * replace in expandNegations would change). A word is looked up only when a listed word has
 * its first letter and its length.
 */
function hasNegatedWord(text: string): boolean {
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const first = text.charCodeAt(i) | 32
    const start = i
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++
    const length = i - start
    if (length < NEGATED_LONGEST && NEGATED_SHAPES[(first - 97) * NEGATED_LONGEST + length] === 1 && NEGATED.has(text.slice(start, i).toLowerCase())) return true
  }
  return false
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** One more than the longest listed negating word. */
const NEGATED_LONGEST = Math.max(0, ...[...NEGATED.keys()].map((w) => w.length)) + 1

/** 1 at (first letter, length) of each listed negating word (a word of other letters is never listed: its lower case is not). */
const NEGATED_SHAPES = new Uint8Array(26 * NEGATED_LONGEST)
for (const w of NEGATED.keys()) {
  const first = w.charCodeAt(0) - 97
  if (first >= 0 && first < 26) NEGATED_SHAPES[first * NEGATED_LONGEST + w.length] = 1
}

/** Comparison term -> terms of its common synonyms (accept ~ take): weak evidence only. */
const relatedOf = new Map<string, Set<string>>()
for (const [word, others] of Object.entries(relatedData.related as Record<string, string[]>)) {
  const [w] = comparisonTerms(word)
  if (!w) continue
  for (const other of others) {
    const [o] = comparisonTerms(other)
    if (!o || o === w) continue
    for (const [x, y] of [[w, o], [o, w]] as const) {
      let set = relatedOf.get(x)
      if (!set) relatedOf.set(x, (set = new Set()))
      set.add(y)
    }
  }
}

/** The terms related to a comparison term (empty for most). */
export function relatedTerms(term: string): ReadonlySet<string> {
  return relatedOf.get(term) ?? EMPTY
}
const EMPTY: ReadonlySet<string> = new Set()

/**
 * Sentence boundaries inside a clause, for word diffs that read sentence by sentence. Policy
 * text is full of full stops that end nothing: "e.g.", "i.e.", "Mr.", "No. 5", "s.3(1)",
 * "para. 4", initials, decimals and section numbers, so a boundary needs a terminator, a
 * space, and then something that can start a sentence, and the word before it must not be a
 * known abbreviation.
 */
export interface Sentence {
  /** Offsets into the text given: text.slice(start, end) === sentence.text. */
  start: number
  end: number
  text: string
}

/** Abbreviations (without their final stop) after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'cf', 'viz', 'approx', 'c', 'ca', 'vs', 'v', 'al',
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'revd', 'cllr', 'sr', 'jr', 'st', 'hon', 'rt',
  'no', 'nos', 'vol', 'p', 'pp', 'para', 'paras', 's', 'ss', 'art', 'arts', 'cl', 'reg', 'regs', 'sch', 'sec', 'fig', 'ch', 'pt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'ref', 'tel', 'ext', 'min', 'max', 'est', 'incl', 'excl',
])

const TERMINATOR = /[.!?]+['"’”)\]]*/y
const SENTENCE_START = /['"‘“(\[]*[\p{Lu}\p{N}]/uy

/** The word the full stop at `stop` ends, as written ("No", "e.g", "J"). */
function wordBefore(text: string, stop: number): string {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 20), stop))
  return m ? m[1]!.replace(/^\.+|\.+$/g, '') : ''
}

function isBoundary(text: string, stopIndex: number, sentenceStart: number): boolean {
  if (text[stopIndex] !== '.') return true
  // "1." or "(a)." standing alone is a label, not a sentence.
  const before = text.slice(sentenceStart, stopIndex).trim()
  if (/^\(?(\p{N}+(\.\p{N}+)*|[a-z])\)?$/u.test(before)) return false
  const word = wordBefore(text, stopIndex)
  // Known abbreviations, and a single capital initial ("J. Smith"), end nothing.
  return !ABBREVIATIONS.has(word.toLowerCase()) && !/^\p{Lu}$/u.test(word)
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number): void => {
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed })
  }
  for (let i = 0; i < text.length; i++) {
    if (!'.!?'.includes(text[i]!)) continue
    TERMINATOR.lastIndex = i
    const term = TERMINATOR.exec(text)
    if (!term) continue
    const afterTerm = i + term[0].length
    // A boundary needs whitespace after the terminator ("s.3(1)", "1.5" and URLs have none).
    const space = /^\s+/.exec(text.slice(afterTerm))
    if (!space) {
      i = afterTerm - 1
      continue
    }
    const next = afterTerm + space[0].length
    SENTENCE_START.lastIndex = next
    if (SENTENCE_START.test(text) && isBoundary(text, i, start)) {
      push(afterTerm)
      start = next
    }
    i = afterTerm - 1
  }
  push(text.length)
  return sentences
}

/**
 * Joining a paragraph's lines into words, undoing hyphenation at line ends.
 *
 * A hyphen at the end of a line is either a break inside one word ("organi-" / "sation") or
 * part of a compound that happened to fall at the end of the line ("well-" / "being"). The PDF
 * rarely says which, so the rule, in order:
 * 1. a soft hyphen (U+00AD) at the end of the line is a break: join, no hyphen;
 * 1b. a web or mail address broken at its end ("…/social-" / "media/…", "…/policies/" /
 *    "staff") is one word: a hyphen stays, and after "/" the parts join with no space.
 *    An address is never hyphenated by a word processor, only wrapped at its own punctuation;
 * 2. no hyphen, or a dash (– —), or the next line starts neither lower case: not a break. A
 *    hyphen stays and the words join without a space ("pre-" / "2025" is "pre-2025"); a dash
 *    keeps its space;
 * 3. the document itself decides where it can: the hyphenated form elsewhere inside a line
 *    ("well-being") keeps the hyphen; the joined form elsewhere ("organisation") joins;
 * 4. a compound is assumed where breaking there would be odd for a hyphenator: the part before
 *    the hyphen is one character or has a digit ("e-" / "mail", "24-" / "hour"), or is already
 *    part of a compound ("face-to-" / "face"), or is a word English writes before a hyphen
 *    in compounds ("socio-" / "economic", "self-" / "employed", "non-" / "urgent": COMPOUND_HEADS, a short list of forms no hyphenator breaks after);
 * 5. otherwise it is a break: join without the hyphen. Justified policies are hyphenated
 *    by the word processor far more often than they wrap exactly at a compound's hyphen.
 */
import { wordsOf } from './line-words'
import type { Line, Word } from './types'

const HYPHEN = /[-\u2010\u2011]$/

/**
 * Words written before a hyphen in compounds far more often than a hyphenator breaks a word
 * after them ("socio-economic" became "socioeconomic" on a real policy). A hyphenator's break
 * is after a syllable, and these are whole words or combining forms policies hyphenate.
 */
const COMPOUND_HEADS = new Set(['socio', 'self', 'non', 'cross', 'well', 'anti', 'semi', 'co'])
const DASH = /[\u2013\u2014]$/

/** Words the document prints inside lines, to settle rule 3. */
export interface Lexicon {
  /** Lower-case pairs joined by a hyphen, e.g. "well-being" (and "face-to", "to-face"). */
  hyphenated: ReadonlySet<string>
  /** Lower-case words without hyphens. */
  plain: ReadonlySet<string>
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** A word without the punctuation around it, lower case. */
function bare(word: string): string {
  // Note: trimmed by hand, as a regex anchored at the end backtracks badly on long junk.
  const chars = [...word.toLowerCase()]
  let start = 0
  let end = chars.length
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end--
  return chars.slice(start, end).join('')
}

export function buildLexicon(lines: readonly Line[]): Lexicon {
  const hyphenated = new Set<string>()
  const plain = new Set<string>()
  for (const line of lines) {
    const words = line.text.split(' ')
    words.forEach((word, i) => {
      // The last word of a line may be the first half of a broken word: not evidence.
      if (i === words.length - 1 && (HYPHEN.test(word) || line.softHyphen)) return
      const w = bare(word)
      if (!w) return
      const parts = w.split(/[-\u2010\u2011]/)
      if (parts.length === 1) plain.add(w)
      else for (let j = 1; j < parts.length; j++) if (parts[j - 1] && parts[j]) hyphenated.add(`${parts[j - 1]}-${parts[j]}`)
    })
  }
  return { hyphenated, plain }
}

export type Break = 'space' | 'join' | 'keep-hyphen' | 'glue'

/** The start of a web or mail address: a scheme, "www.", or a path after a domain. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[\w.-]+@[\w-]+\.|[\w-]+(?:\.[\w-]+)+\/)/i

/** How the last word of one line meets the first word of the next (rules 1 to 5 above). */
export function lineBreak(left: string, right: string, softHyphen: boolean, lexicon: Lexicon): Break {
  if (softHyphen) return 'join'
  if (ADDRESS.test(left) && /[-\u2010\u2011]$/.test(left)) return 'keep-hyphen'
  // Note: only before lower case or a digit: "…/policies/" then "Staff …" is an address that ended.
  if (ADDRESS.test(left) && /\/$/.test(left) && /^[\p{Ll}\p{N}]/u.test(right)) return 'glue'
  if (DASH.test(left) || !HYPHEN.test(left)) return 'space'
  const stem = left.slice(0, -1)
  if (!/[\p{L}\p{N}]$/u.test(stem)) return 'space'
  if (!/^\p{Ll}/u.test(right)) return 'keep-hyphen'
  const head = bare(stem).split(/[-\u2010\u2011]/).pop() ?? ''
  const tail = /^\p{L}+/u.exec(right)?.[0].toLowerCase() ?? ''
  if (lexicon.hyphenated.has(`${head}-${tail}`)) return 'keep-hyphen'
  if (lexicon.plain.has(head + tail)) return 'join'
  if (head.length <= 1 || /\d/.test(head) || /[\p{L}\p{N}][-\u2010\u2011]/u.test(stem) || COMPOUND_HEADS.has(head)) return 'keep-hyphen'
  return 'join'
}

/** The words of a paragraph's lines, with line-end hyphenation undone. */
export function joinLines(lines: readonly Line[], lexicon: Lexicon): Word[] {
  const words: Word[] = []
  let prev: Line | null = null
  for (const line of lines) {
    const incoming = wordsOf(line)
    const last = words[words.length - 1]
    const first = incoming[0]
    if (prev && last && first) {
      const how = lineBreak(last.text, first.text, prev.softHyphen, lexicon)
      if (how !== 'space') {
        // A kept hyphen is written as the ordinary one, whichever hyphen character the PDF used.
        const left = prev.softHyphen || how === 'glue' ? last.text : how === 'join' ? last.text.slice(0, -1) : last.text.slice(0, -1) + '-'
        words[words.length - 1] = { text: left + first.text, bold: last.bold && first.bold }
        incoming.shift()
      }
    }
    words.push(...incoming)
    prev = line
  }
  return words
}

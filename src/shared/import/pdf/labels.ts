/**
 * Printed clause labels at the start of a PDF line: "1.", "1.2", "2.3.1", "(a)", "a)", "a.",
 * "(iv)", "iv)", "IV.", and bullets, including the Symbol and Wingdings bullets Word writes as
 * private-use characters. This extends blocks.ts's splitLabel, which plain text can afford to
 * keep simpler: a PDF loses list markup, so the label is all there is to go on, and it also
 * says which list style an item belongs to (its `style`), which the nesting rules need.
 *
 * Note: a bare number ("12 ") is not a label here, unlike in plain text: in a PDF it is far
 * more often a wrapped line starting with a date or a quantity ("12 months").
 */

/**
 * 'decimal' is the clause numbering ("1.", "2.3.1") whose depth says the level; 'number' is a
 * numbered sub-list ("1)", "(1)") that nests like letters do.
 */
export type LabelKind = 'decimal' | 'number' | 'letter' | 'roman' | 'letter-or-roman' | 'bullet'

export interface PrintedLabel {
  /** The label as printed (private-use bullets shown as the symbol they draw). */
  label: string
  /** The text after the label and its space. */
  rest: string
  kind: LabelKind
  /**
   * The list style: labels of one list share it ("(a)" and "(b)"; "1.1" and "2.3"). Bullets
   * share it per character. Letters and roman numerals share the punctuation form ("(x)").
   */
  style: string
  /** Number of parts of a decimal label ("2.3.1" is 3); 1 for everything else. */
  depth: number
  /** The counter without punctuation: "2.3.1", "a", "iv", "•". */
  value: string
}

/** Bullets fonts draw from the private use area (Symbol, Wingdings), as what they show. */
const PRIVATE_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf06c': '●',
  '\uf0a7': '▪',
  '\uf0a8': '□',
  '\uf076': '❖',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  '\uf0e8': '➔',
  '\uf02d': '–',
}

const BULLET = /^([•·●▪◦‣○■□❖➢►▶✓✔➔*\-–—o]|[\ue000-\uf8ff])\s+(?=\S)/u
const DECIMAL_PATH = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)/
const DECIMAL_ONE = /^(\d{1,3})([.)])\s+(?=\S)/
const PAREN = /^\(([a-z]{1,2}|[A-Z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3})\)\s+(?=\S)/
const RIGHT_PAREN = /^([a-z]|[A-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\)\s+(?=\S)/
const LETTER_DOT = /^([a-z]|[ivxlc]{1,6}|[IVX]{1,5})\.\s+(?=\S)/

const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i

function letterKind(value: string): LabelKind {
  if (/^\d+$/.test(value)) return 'number'
  if (!ROMAN.test(value)) return 'letter'
  return value.length === 1 ? 'letter-or-roman' : 'roman'
}

/** Punctuation shape plus case, e.g. "(x)", "x)", "X." */
function shape(open: string, value: string, close: string): string {
  const kase = /^\d+$/.test(value) ? '1' : value === value.toUpperCase() ? 'X' : 'x'
  return `${open}${kase}${close}`
}

export function readLabel(text: string): PrintedLabel | null {
  let m = BULLET.exec(text)
  if (m) {
    const label = PRIVATE_BULLETS[m[1]!] ?? (/[\ue000-\uf8ff]/u.test(m[1]!) ? '•' : m[1]!)
    return { label, rest: text.slice(m[0].length), kind: 'bullet', style: `bullet ${label}`, depth: 1, value: label }
  }
  m = DECIMAL_PATH.exec(text)
  if (m) {
    const value = m[1]!
    const depth = value.split('.').length
    return { label: m[0].trim(), rest: text.slice(m[0].length), kind: 'decimal', style: `decimal ${depth}`, depth, value }
  }
  m = DECIMAL_ONE.exec(text)
  if (m) {
    // "1." heads the clause numbering ("1.1" is the level below); "1)" is a sub-list.
    const label = `${m[1]}${m[2]}`
    const rest = text.slice(m[0].length)
    if (m[2] === '.') return { label, rest, kind: 'decimal', style: 'decimal 1', depth: 1, value: m[1]! }
    return { label, rest, kind: 'number', style: shape('', m[1]!, ')'), depth: 1, value: m[1]! }
  }
  for (const [re, open, close] of [
    [PAREN, '(', ')'],
    [RIGHT_PAREN, '', ')'],
    [LETTER_DOT, '', '.'],
  ] as const) {
    m = re.exec(text)
    if (m) {
      const value = m[1]!
      return { label: `${open}${value}${close}`, rest: text.slice(m[0].length), kind: letterKind(value), style: shape(open, value, close), depth: 1, value }
    }
  }
  return null
}

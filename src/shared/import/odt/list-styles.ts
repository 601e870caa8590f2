/**
 * ODF list and outline numbering: how each level of a list style prints its number
 * (format, prefix, suffix, how many parent levels it shows, start value), and counters
 * that continue across lists the way text:continue-numbering says.
 */
import { attr, childElements, descendants, type Document } from '../xml'
import { NS } from './namespaces'

export interface LevelStyle {
  kind: 'number' | 'bullet'
  format: string
  prefix: string
  suffix: string
  displayLevels: number
  start: number
  bullet: string
}

export type ListStyle = Map<number, LevelStyle>

/** Private-use bullet characters (Symbol/Wingdings/OpenSymbol fonts) print as a bullet. */
export function printableBullet(char: string): string {
  if (!char) return '•'
  const code = char.codePointAt(0)!
  return code >= 0xe000 && code <= 0xf8ff ? '•' : char
}

function levelStyle(el: import('../xml').Element): LevelStyle {
  const isBullet = el.localName === 'list-level-style-bullet'
  return {
    kind: isBullet ? 'bullet' : 'number',
    format: attr(el, NS.style, 'num-format') ?? '',
    prefix: attr(el, NS.style, 'num-prefix') ?? '',
    suffix: attr(el, NS.style, 'num-suffix') ?? '',
    displayLevels: Number(attr(el, NS.text, 'display-levels') ?? '1') || 1,
    start: Number(attr(el, NS.text, 'start-value') ?? '1') || 1,
    bullet: printableBullet(attr(el, NS.text, 'bullet-char') ?? '•'),
  }
}

function readLevels(style: import('../xml').Element): ListStyle {
  const levels: ListStyle = new Map()
  for (const el of childElements(style)) {
    const level = Number(attr(el, NS.text, 'level') ?? '0')
    if (level > 0 && (el.localName === 'list-level-style-number' || el.localName === 'list-level-style-bullet' || el.localName === 'outline-level-style')) {
      levels.set(level, levelStyle(el))
    }
  }
  return levels
}

/** Every text:list-style in the given documents, by style name. */
export function readListStyles(...docs: Document[]): Map<string, ListStyle> {
  const styles = new Map<string, ListStyle>()
  for (const doc of docs) {
    for (const style of descendants(doc, NS.text, 'list-style')) {
      const name = attr(style, NS.style, 'name')
      if (name) styles.set(name, readLevels(style))
    }
  }
  return styles
}

/** The outline (heading) numbering, when the document numbers its headings. */
export function readOutlineStyle(...docs: Document[]): ListStyle | null {
  for (const doc of docs) {
    const outline = descendants(doc, NS.text, 'outline-style')[0]
    if (outline) return readLevels(outline)
  }
  return null
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
]

function roman(n: number): string {
  let out = ''
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value }
  return out
}

function letters(n: number): string {
  // ODF repeats the letter past z ("aa", "bbb"), as LibreOffice does by default.
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case '1': return String(n)
    case 'a': return letters(n)
    case 'A': return letters(n).toUpperCase()
    case 'i': return roman(n)
    case 'I': return roman(n).toUpperCase()
    default: return ''
  }
}

/** The label a list item prints, from the counters of every level down to its own. */
export function labelFor(style: ListStyle | undefined, level: number, counters: number[]): string | null {
  const own = style?.get(level)
  if (!own) return null
  if (own.kind === 'bullet') return own.bullet
  if (!own.format) return null
  const parts: string[] = []
  for (let l = Math.max(1, level - own.displayLevels + 1); l <= level; l++) {
    parts.push(formatNumber(counters[l - 1] ?? 1, l === level ? own.format : (style?.get(l)?.format || '1')))
  }
  return `${own.prefix}${parts.join('.')}${own.suffix}`.trim() || null
}

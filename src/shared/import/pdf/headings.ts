/**
 * Which paragraphs are headings, and at which level.
 *
 * A heading is short, has no closing punctuation (a question may be a heading) and either
 * - is set larger than the body text, or
 * - is bold at about body size (at most two lines), or
 * - is a lone numbered line ("4.1 Before polling day") in body style with body text after it.
 * A labelled item ("(a)", "•") is never a heading, even in bold: it is a clause.
 *
 * Levels come from the heading styles the document uses, ranked by size and then weight (the
 * largest is level 1), except that numbering outranks style: "4.1" sits one level under the
 * "4." heading before it, and at the level of an earlier "4.x" heading, whatever its font.
 */
import type { PrintedLabel } from './labels'
import type { FirstLineRow } from './table-header-rows'

/** A paragraph with what the structure rules need to know about it. */
export interface StyledParagraph {
  text: string
  /**
   * What the paragraph's block says when it is not a heading: its text and inline Markdown,
   * without the label when it has one. Made here, so that no paragraph keeps its words.
   */
  body: { text: string; inline: string }
  size: number
  bold: boolean
  lineCount: number
  /** Left edge of the first line (where a label is printed). */
  x0: number
  page: number
  label: PrintedLabel | null
  /** Its first line when that line may be a table row (table-header-rows.ts). */
  row: FirstLineRow | null
  /**
   * When it has no label and its first line is cut into cells: each cell's text and inline,
   * for a row of a table with a header (structure.ts joins them as a Word row's are).
   */
  cells: { text: string; inline: string }[] | null
}

const MAX_HEADING_CHARS = 160
const MAX_LONE_NUMBERED_CHARS = 80
/** A heading is at least this much larger than body text (× body size). */
const LARGER = 1.12

const CLOSING = /[.;,:]["'”’)]*$/

export function isHeading(p: StyledParagraph, next: StyledParagraph | undefined, bodySize: number): boolean {
  if (p.text.length > MAX_HEADING_CHARS || p.lineCount > 3 || CLOSING.test(p.text) || !/\p{L}/u.test(p.text)) return false
  if (p.label && p.label.kind !== 'decimal') return false
  if (p.size >= bodySize * LARGER && p.size - bodySize >= 1) return true
  if (p.size < bodySize - 0.6) return false
  if (p.bold) return p.lineCount <= 2
  // A lone numbered line followed by body text: "4.1 Before polling day".
  return (
    p.label !== null &&
    p.lineCount === 1 &&
    p.label.rest.length <= MAX_LONE_NUMBERED_CHARS &&
    /^\p{Lu}/u.test(p.label.rest) &&
    next !== undefined &&
    next.label === null &&
    !next.bold &&
    Math.abs(next.size - p.size) <= 0.6 &&
    next.page <= p.page + 1
  )
}

function styleKey(p: StyledParagraph): string {
  return `${Math.round(p.size * 2) / 2}|${p.bold ? 'b' : 'r'}`
}

/** The level (1 is the top) of each heading, in document order. */
export function headingLevels(headings: readonly StyledParagraph[]): number[] {
  const keys = [...new Set(headings.map(styleKey))].sort((a, b) => {
    const [sa, wa] = a.split('|')
    const [sb, wb] = b.split('|')
    return Number(sb) - Number(sa) || (wa === wb ? 0 : wa === 'b' ? -1 : 1)
  })
  const levels: number[] = []
  headings.forEach((h, i) => {
    let level = keys.indexOf(styleKey(h)) + 1
    if (h.label?.kind === 'decimal') {
      const depth = h.label.depth
      for (let j = i - 1; j >= 0; j--) {
        const other = headings[j]!.label
        if (other?.kind !== 'decimal') continue
        if (other.depth === depth - 1 && h.label.value.startsWith(`${other.value}.`)) {
          level = levels[j]! + 1
          break
        }
        if (other.depth === depth) {
          level = levels[j]!
          break
        }
        if (other.depth < depth - 1) break
      }
    }
    levels.push(Math.min(6, Math.max(1, level)))
  })
  return levels
}

/**
 * How the coverage heat map names its columns and shades its cells, as data so it is tested
 * without a browser: a source is headed by its organisation and a short title (the file name
 * only in the tooltip), and a cell's shade steps with its clause count, a gap carrying a
 * symbol as well as a colour.
 */
import type { SourceSummary } from '../../../shared/model'
import { organisationInTitle } from '../../../shared/import/recognise/organisation-in-title'

export interface ColumnHeading {
  organisation: string
  /** The title without the organisation's name, cut at a word to fit a column head. */
  short: string
  /** What tells two versions of one policy apart: its date, else its format. */
  detail: string
  full: string
}

const MAX_SHORT = 34

/**
 * The organisation as recorded, else as the title names it ("Riverside Borough Council Social
 * Media Policy"), else empty. Imports read it from the title since December 2026; a source
 * imported before records none until the user edits its details.
 */
export function organisationOf(source: SourceSummary): string {
  if (source.origin === 'draft') return 'Your draft'
  if (source.organisation) return source.organisation
  return organisationInTitle(source.title) ?? ''
}

export function columnHeading(source: SourceSummary, sameTitle: boolean): ColumnHeading {
  const organisation = organisationOf(source)
  let short = source.title
  // "Riverside Borough Council Social Media Policy" under "Riverside Borough Council" reads as "Social Media Policy".
  if (organisation && short.toLowerCase().startsWith(organisation.toLowerCase())) short = short.slice(organisation.length).replace(/^[\s:,–-]+/, '') || source.title
  if (short.length > MAX_SHORT) short = `${short.slice(0, short.lastIndexOf(' ', MAX_SHORT - 1) > 10 ? short.lastIndexOf(' ', MAX_SHORT - 1) : MAX_SHORT - 1)}…`
  const detail = sameTitle ? (source.date ?? source.format.toUpperCase()) : ''
  return { organisation, short, detail, full: source.origin === 'draft' ? source.title : `${source.title} (${source.origin})` }
}

/** Every column's heading; versions of one policy (same title) also show their date or format. */
export function columnHeadings(sources: readonly SourceSummary[]): ColumnHeading[] {
  const titles = new Map<string, number>()
  for (const s of sources) titles.set(s.title, (titles.get(s.title) ?? 0) + 1)
  // Note: titles that differ only by "(DRAFT)" are one policy too; compare without brackets.
  const base = (t: string): string => t.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase()
  const bases = new Map<string, number>()
  for (const s of sources) bases.set(base(s.title), (bases.get(base(s.title)) ?? 0) + 1)
  return sources.map((s) => columnHeading(s, (titles.get(s.title) ?? 0) > 1 || (bases.get(base(s.title)) ?? 0) > 1))
}

/**
 * A source named in one line, as the wordings under a cell head their cards: "Riverside Borough
 * Council: Social Media Policy (2012-02-20)". Note: most imports record no organisation, and
 * then the short title stands alone (it had printed ": Social media at Wealdham").
 */
export function headingLine(h: ColumnHeading): string {
  const named = h.organisation ? `${h.organisation}: ${h.short}` : h.short
  return h.detail ? `${named} (${h.detail})` : named
}

/**
 * Column widths in em of the table's 13 px text. A head wraps only at spaces (never inside a
 * word: "participati|on" cannot be read), so a column is as wide as its longest word needs,
 * from 7em up to 11em; per character, the 13 px bold title takes ~0.7em and the 11 px capitals
 * of the organisation ~0.64em (measured in DejaVu Sans, Debian's default), plus 12 px of padding.
 */
export const COLUMN_MIN_EM = 7
export const COLUMN_MAX_EM = 11
const PADDING_EM = 1
const TITLE_EM_PER_CHAR = 0.7
export const ORG_EM_PER_CHAR = 0.64
const DETAIL_EM_PER_CHAR = 0.52

const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((w) => w.length))

export function columnWidthEm(h: ColumnHeading): number {
  const needed = PADDING_EM + Math.max(longestWord(h.short) * TITLE_EM_PER_CHAR, longestWord(h.organisation) * ORG_EM_PER_CHAR, longestWord(h.detail) * DETAIL_EM_PER_CHAR)
  return Math.round(Math.min(COLUMN_MAX_EM, Math.max(COLUMN_MIN_EM, needed)) * 10) / 10
}

/**
 * A word too long even for the widest column gets soft hyphens, so it breaks with a hyphen
 * shown (CSS hyphens: manual) instead of running into the next column. The full name stays
 * in the head's tooltip and accessible name.
 */
export function breakLongWords(text: string, em: number = COLUMN_MAX_EM - PADDING_EM, emPerChar: number = TITLE_EM_PER_CHAR): string {
  const fits = Math.max(4, Math.floor(em / emPerChar))
  return text.replace(/\S+/g, (word) => (word.length <= fits ? word : (word.match(new RegExp(`.{1,${fits - 1}}`, 'gu')) ?? [word]).join('\u00AD')))
}

/** Shade steps: none, 1, 2–3, 4–6, 7 or more clauses. */
export function shadeOf(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0
  if (count === 1) return 1
  if (count <= 3) return 2
  if (count <= 6) return 3
  return 4
}

export const GAP_SYMBOL = '○'

/** A cell's words for a screen reader and its tooltip. */
export function cellLabel(topic: string, heading: ColumnHeading, count: number, gap: boolean): string {
  const clauses = count === 1 ? '1 clause' : `${count} clauses`
  return `${topic}, ${heading.organisation} ${heading.short}: ${gap ? 'a gap, most other sources cover this' : clauses}`
}

/** Roving focus in a grid: where an arrow key, Home or End takes the active cell. */
export function moveCell(at: { row: number; col: number }, key: string, size: { rows: number; cols: number }, ctrl = false): { row: number; col: number } | null {
  const clamp = (n: number, max: number): number => Math.max(0, Math.min(max - 1, n))
  if (key === 'ArrowRight') return { row: at.row, col: clamp(at.col + 1, size.cols) }
  if (key === 'ArrowLeft') return { row: at.row, col: clamp(at.col - 1, size.cols) }
  if (key === 'ArrowDown') return { row: clamp(at.row + 1, size.rows), col: at.col }
  if (key === 'ArrowUp') return { row: clamp(at.row - 1, size.rows), col: at.col }
  if (key === 'Home') return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 }
  if (key === 'End') return ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { row: at.row, col: size.cols - 1 }
  return null
}

/** The heat map's text size in px (13 px: its em), and its topic column's width in em. */
export const HEATMAP_EM_PX = 13
export const TOPIC_COLUMN_EM = 14

/**
 * How many source columns the heat map draws first: those that start within `viewPx` (the
 * work area's width) and one more; the rest follow once that has been painted. Note: worked
 * out from the columns' known widths, not measured, so the first render reads no layout.
 */
export function columnsInView(widthsEm: readonly number[], viewPx: number, emPx: number = HEATMAP_EM_PX): number {
  let left = TOPIC_COLUMN_EM * emPx
  let n = 0
  while (n < widthsEm.length && left < viewPx) left += widthsEm[n++]! * emPx
  return Math.min(widthsEm.length, n + 1)
}

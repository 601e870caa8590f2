/**
 * Page furniture: running headers, running footers and page numbers. They are not part of the
 * policy, and left in they would break clauses that run across a page and repeat on every page.
 *
 * Only lines at the top or bottom edge of a page are candidates. One is furniture when it is a
 * lone page number ("3", "Page 3", "Page 3 of 7", "- 3 -", "3/7", "iv"), or when the same text
 * (any numbers in it may differ, so "Page 2 of 9" matches "Page 3 of 9") stands at about the same
 * place on many pages.
 */
import type { Line } from './types'

/** How many lines at each edge of a page may be furniture. */
const EDGE_LINES = 3
/** The share of the page height, from each edge, where headers and footers live. */
const EDGE_BAND = 0.15
/** Repeated lines this close (points) to the same position count as the same furniture. */
const POSITION_TOLERANCE = 6
/** Furniture repeats on at least this share of pages (0.4 lets alternate left/right headers through). */
const REPEAT_SHARE = 0.4

const PAGE_NUMBER = [
  /^\d{1,4}$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\[?\d{1,4}\]?$/,
  /^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i,
  /^[ivxlc]{1,7}$/i,
]

export function isPageNumber(text: string): boolean {
  const t = text.trim()
  // A lone roman numeral is a page number only when it is a plausible one ("iv", not "civil").
  if (/^[ivxlc]+$/i.test(t) && !/^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(t)) return false
  return PAGE_NUMBER.some((re) => re.test(t))
}

/** The text with its numbers blanked, so that repeated furniture matches whatever page it is on. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

interface Candidate {
  line: Line
  edge: 'top' | 'bottom'
  /** Distance from the edge it is near, so pages of different sizes compare. */
  offset: number
}

function candidatesOf(page: readonly Line[]): Candidate[] {
  const out: Candidate[] = []
  page.slice(0, EDGE_LINES).forEach((line) => {
    if (line.baseline <= line.pageHeight * EDGE_BAND) out.push({ line, edge: 'top', offset: line.baseline })
  })
  // Note: on a short page a line may be in both slices, but the bands do not overlap.
  page.slice(-EDGE_LINES).forEach((line) => {
    if (line.baseline >= line.pageHeight * (1 - EDGE_BAND)) out.push({ line, edge: 'bottom', offset: line.pageHeight - line.baseline })
  })
  return out
}

/** Lines of each page (top to bottom) without headers, footers and page numbers. */
export function removeFurniture(pages: readonly (readonly Line[])[]): Line[][] {
  const candidates = pages.map(candidatesOf)
  const furniture = new Set<Line>()
  for (const c of candidates.flat()) if (isPageNumber(c.line.text)) furniture.add(c.line)
  const pagesWithText = pages.filter((p) => p.length > 0).length
  if (pagesWithText >= 2) {
    const needed = Math.max(2, Math.ceil(pagesWithText * REPEAT_SHARE))
    const groups = new Map<string, Candidate[]>()
    for (const c of candidates.flat()) {
      const key = `${c.edge}|${furnitureKey(c.line.text)}`
      const group = groups.get(key) ?? []
      group.push(c)
      groups.set(key, group)
    }
    for (const group of groups.values()) {
      // Lines with this text that stand at about the same place as each other.
      for (const c of group) {
        const near = group.filter((d) => Math.abs(d.offset - c.offset) <= POSITION_TOLERANCE)
        if (new Set(near.map((d) => d.line.page)).size >= needed) furniture.add(c.line)
      }
    }
  }
  return pages.map((page) => page.filter((line) => !furniture.has(line)))
}

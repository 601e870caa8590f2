/**
 * The document's own measures, learnt from its lines: the body text size, the usual distance
 * between the lines of a paragraph at each size, and the left and right edges of the text on
 * each page. Paragraph and heading rules compare against these rather than fixed numbers,
 * because policies come in every size, spacing and margin.
 */
import type { Line } from './types'

export interface Metrics {
  /** The size most of the document's characters are set in. */
  bodySize: number
  /** The usual baseline-to-baseline distance inside a paragraph of this size. */
  spacing(size: number): number
  /** Left and right edges of the body text on a page. */
  left(page: number): number
  right(page: number): number
}

const round = (n: number): number => Math.round(n * 2) / 2

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}

export function measure(pages: readonly (readonly Line[])[]): Metrics {
  const all = pages.flat()
  const chars = new Map<number, number>()
  for (const line of all) chars.set(round(line.size), (chars.get(round(line.size)) ?? 0) + line.text.length)
  const bodySize = [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10

  // Baseline gaps between neighbouring lines of one size on one page.
  const gaps = new Map<number, number[]>()
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const [a, b] = [page[i - 1]!, page[i]!]
      if (round(a.size) !== round(b.size)) continue
      const gap = b.baseline - a.baseline
      if (gap > 0.8 * a.size && gap < 3 * a.size) {
        const list = gaps.get(round(a.size)) ?? []
        list.push(gap)
        gaps.set(round(a.size), list)
      }
    }
  }
  // Note: the lower quartile, not the mode: in a list of one-line items most gaps are
  // paragraph gaps, and the quartile still finds the tighter spacing inside paragraphs.
  const spacingBySize = new Map([...gaps].map(([size, values]) => [size, percentile(values, 0.25)]))

  // Edges of the body text, per page and for the whole document (for pages without body text).
  const left = new Map<number, number>()
  const right = new Map<number, number>()
  let docLeft = Infinity
  let docRight = -Infinity
  for (const line of all) {
    if (round(line.size) !== bodySize) continue
    left.set(line.page, Math.min(left.get(line.page) ?? Infinity, line.x0))
    right.set(line.page, Math.max(right.get(line.page) ?? -Infinity, line.x1))
    docLeft = Math.min(docLeft, line.x0)
    docRight = Math.max(docRight, line.x1)
  }
  return {
    bodySize,
    spacing: (size) => spacingBySize.get(round(size)) ?? 1.2 * size,
    left: (page) => left.get(page) ?? (Number.isFinite(docLeft) ? docLeft : 0),
    right: (page) => right.get(page) ?? (Number.isFinite(docRight) ? docRight : 0),
  }
}

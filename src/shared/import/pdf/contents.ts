/**
 * A table of contents: lines that end in a leader of dots and a page number ("2. Scope .... 4").
 * It repeats the headings the document has where they stand, with page numbers that mean
 * nothing once the text is imported, so a run of such lines is left out, with the "Contents"
 * heading just above it, and the caller warns that it was.
 *
 * Note: a contents list without leaders (numbers pushed right by a tab) cannot be told from a
 * short clause ending in a number, so it stays in.
 */
import type { Line } from './types'

/** Text, a leader of at least four dots (spaced or not, or an ellipsis), a page number. */
const ENTRY_PATTERN = /^\S.*?(?:[.·…_]\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,7})$/i
/** Longer lines are text, and testing them could take long (the pattern backtracks). */
const MAX_ENTRY_CHARS = 300
const isEntry = (text: string): boolean => text.length <= MAX_ENTRY_CHARS && ENTRY_PATTERN.test(text)
const HEADING = /^(?:table of )?contents$/i
/** Fewer entries than this in a row are a stray line with dots, not a table of contents. */
const MIN_ENTRIES = 3

export interface ContentsResult {
  pages: Line[][]
  /** Pages a table of contents was removed from. */
  removedFrom: number[]
}

export function removeContents(pages: readonly (readonly Line[])[]): ContentsResult {
  const lines = pages.flat()
  const drop = new Set<Line>()
  let i = 0
  while (i < lines.length) {
    if (!isEntry(lines[i]!.text)) {
      i++
      continue
    }
    let end = i
    while (end < lines.length && isEntry(lines[end]!.text)) end++
    if (end - i >= MIN_ENTRIES) {
      for (let j = i; j < end; j++) drop.add(lines[j]!)
      const before = lines[i - 1]
      if (before && HEADING.test(before.text)) drop.add(before)
    }
    i = end
  }
  return {
    pages: pages.map((page) => page.filter((line) => !drop.has(line))),
    removedFrom: [...new Set([...drop].map((line) => line.page))].sort((a, b) => a - b),
  }
}

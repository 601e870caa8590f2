/**
 * A line's words, kept compactly: its text is its words joined by single spaces (words hold no
 * white space), so only which words are bold is stored beside it, and Word objects are made
 * only where a step needs them, one paragraph at a time. Holding every line's words as objects
 * took eight times a large PDF's size, more than everything else the importer keeps (issue 12).
 */
import type { Line, RowCell, Word } from './types'

/** Which of these words are bold: all, none, or one flag a word. */
export function boldFlags(words: readonly Word[]): boolean | boolean[] {
  const bold = words.map((w) => w.bold)
  if (bold.every((b) => b)) return true
  if (bold.every((b) => !b)) return false
  return bold
}

/** The line's words, as new objects the caller may change. */
export function wordsOf(line: Pick<Line, 'text' | 'boldWords'>): Word[] {
  const { boldWords } = line
  return line.text.split(' ').map((text, i) => ({ text, bold: typeof boldWords === 'boolean' ? boldWords : boldWords[i]! }))
}

export function firstWord(line: Pick<Line, 'text'>): string {
  const space = line.text.indexOf(' ')
  return space < 0 ? line.text : line.text.slice(0, space)
}

/** The line's cells as a table row: its gathered columns (wrapped-rows.ts), or its words cut at its wide gaps; null when it has neither. */
export function lineCells(line: Pick<Line, 'x0' | 'breaks' | 'cells'>): RowCell[] | null {
  if (line.cells) return line.cells
  if (!line.breaks) return null
  return [{ x: line.x0, word: 0 }, ...line.breaks.filter((b) => b.wide).map((b) => ({ x: b.x, word: b.word }))]
}

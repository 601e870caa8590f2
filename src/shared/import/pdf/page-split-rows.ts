/**
 * A table row that a page break cuts through. Word and LibreOffice let a row break across
 * pages by default, so the row's cells go on at the top of the next page, each in its own
 * column: "Statements about council" / "The communications manager … must be" at the foot of
 * one page, "decisions" / "told before the post goes out." at the head of the next. Read as
 * two lines, the row was "… must be decisions told before …" or a clause of its own.
 *
 * The next page's first line (repeated table headers already gone) continues the row that
 * ends the page before when
 * - that row was split into cells (wrapped-rows.ts gathered it, or its one line has wide gaps),
 * - every cell of the line starts at one of the row's column edges, left to right, and its
 *   last cell ends before the next column's edge, and
 * - its first column is empty (only the row's later cells go on), or the row's cells wrapped
 *   (it was gathered) and the line's first cell starts in lower case (a word going on, where
 *   a new row would start a new label).
 * The two are then one line, read column by column: each column's words from the page before,
 * then its words from this page. The line stays where the row started.
 */
import { boldFlags, lineCells, wordsOf } from './line-words'
import type { Line, LineBreak, RowCell, Word } from './types'

/** A cell starts this close (× size) to a column's left edge. */
const EDGE_SLACK = 0.3

/** The column of each of the line's cells, or null when a cell starts at no column edge or they go back left. */
function columnsOf(cells: readonly RowCell[], edges: readonly number[], slack: number): number[] | null {
  const columns: number[] = []
  for (const cell of cells) {
    const column = edges.findIndex((x) => Math.abs(x - cell.x) <= slack)
    if (column < 0 || (columns.length > 0 && column <= columns[columns.length - 1]!)) return null
    columns.push(column)
  }
  return columns
}

/** The words of each cell: cells[k] runs from its word to the next cell's. */
function cellWords(words: readonly Word[], cells: readonly RowCell[]): Word[][] {
  return cells.map((cell, k) => words.slice(cell.word, cells[k + 1]?.word ?? words.length))
}

/** The row and its continuation as one line, or null when `next` does not continue `row`. */
export function continuedRow(row: Line, next: Line): Line | null {
  const rowCells = lineCells(row)
  if (!rowCells || rowCells.length < 2) return null
  const nextCells = lineCells(next) ?? [{ x: next.x0, word: 0 }]
  const slack = EDGE_SLACK * row.size
  const edges = rowCells.map((c) => c.x)
  const columns = columnsOf(nextCells, edges, slack)
  if (!columns) return null
  // Its last cell ends inside its column: prose after the table runs on past the column edges.
  const edgeAfter = edges[columns[columns.length - 1]! + 1]
  if (edgeAfter !== undefined && next.x1 > edgeAfter - slack) return null
  const nextWords = wordsOf(next)
  const goesOn = columns[0]! > 0 || (row.cells !== undefined && /^\p{Ll}/u.test(nextWords[0]!.text))
  if (!goesOn) return null
  const own = cellWords(wordsOf(row), rowCells)
  const more = cellWords(nextWords, nextCells)
  columns.forEach((column, k) => own[column]!.push(...more[k]!))
  const words: Word[] = []
  const cells: RowCell[] = []
  const breaks: LineBreak[] = []
  own.forEach((cellText, k) => {
    if (cellText.length === 0) return
    cells.push({ x: edges[k]!, word: words.length })
    if (words.length > 0) breaks.push({ x: edges[k]!, word: words.length, wide: true })
    words.push(...cellText)
  })
  return {
    ...row,
    x1: Math.max(row.x1, next.x1),
    text: words.map((w) => w.text).join(' '),
    boldWords: boldFlags(words),
    softHyphen: next.softHyphen,
    breaks,
    cells,
  }
}

/** Lines of each page with a row cut by a page break read as one line, at the foot of the page it starts on. */
export function joinRowsAcrossPages(pages: readonly (readonly Line[])[]): Line[][] {
  const out = pages.map((lines) => [...lines])
  for (let p = 1; p < out.length; p++) {
    const before = out[p - 1]!
    const row = before[before.length - 1]
    const next = out[p]![0]
    if (!row || !next) continue
    const joined = continuedRow(row, next)
    if (!joined) continue
    before[before.length - 1] = joined
    out[p]!.shift()
  }
  return out
}

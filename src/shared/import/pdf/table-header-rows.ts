/**
 * The header row of a table in a PDF ("Role  Responsibility  Contact" over the rows it labels).
 * Printed in bold at body size it looked like a heading, and the rows under it became a section
 * of their own named after the columns; printed plain, it was a clause. A Word file's table
 * says which row is the header; a PDF only shows lines split into cells by wide gaps.
 *
 * A paragraph is a table's header row when
 * - it is one line of two or more cells (split at its wide gaps, and at narrower gaps where
 *   the rows below start a cell), every cell a short label (recognise/table-header.ts's
 *   test, as for Word tables), and not a document-control field with its value ("Approved by |
 *   Cabinet": recognise/document-control.ts reads those);
 * - the paragraphs after it start with lines split into cells (the table's rows; up to three
 *   are looked at, since a row's short cells can sit closer than the gap that tells cells
 *   apart), and not all of their cells are labels (in a table of fields every row is labels),
 *   unless it is bold and they are not (a header row styled as one, over rows of names), or
 *   every cell of it names a column and most rows' first cells do not
 *   (recognise/column-heading.ts: "Account  Run by" over "Main council feed  Communications team");
 * - its columns are theirs: no row starts right of its first cell, and each of its other cells
 *   has a row cell starting after the previous header cell and at or before it (a header's
 *   cells are often centred over their columns).
 * It becomes a paragraph with its cells joined as a Word row's are, marked as a table header,
 * so it is kept in the reader and left out of clauses and topics, as in Word.
 */
import { escapeMarkdown } from '../blocks'
import { CELL_SEPARATOR, INLINE_CELL_SEPARATOR } from '../kit/table-row'
import { controlPairs } from '../recognise/document-control'
import { isColumnHeading } from '../recognise/column-heading'
import { isShortLabel } from '../recognise/table-header'
import type { Line, LineBreak } from './types'

/** A cell of a paragraph's first line: its left edge and its words. */
export interface FirstLineCell {
  x: number
  text: string
}

/** A paragraph's first line when it has wide gaps (it may be a table row): its words, left edge and gaps. */
export interface FirstLineRow {
  words: string[]
  x0: number
  breaks: LineBreak[]
}

/** How far (× size) a row cell may start right of the header cell over it (rounding, padding). */
const SLACK = 0.5
/** How many rows under a header are read for its columns. */
const ROWS_READ = 3

/** The line as a possible table row, or null when no gap in it is wide enough. */
export function rowOfLine(line: Line): FirstLineRow | null {
  return line.breaks ? { words: line.text.split(' '), x0: line.x0, breaks: line.breaks } : null
}

/** The row's cells, split at the gaps `split` keeps. */
function cellsOf(row: FirstLineRow, split: (b: LineBreak) => boolean): FirstLineCell[] {
  const starts = [{ x: row.x0, word: 0 }, ...row.breaks.filter(split)]
  return starts.map((start, i) => ({ x: start.x, text: row.words.slice(start.word, starts[i + 1]?.word ?? row.words.length).join(' ') }))
}

/** The cells of a table row: split at its wide gaps only. */
export const rowCells = (row: FirstLineRow): FirstLineCell[] => cellsOf(row, (b) => b.wide)

export interface RowLike {
  lineCount: number
  size: number
  /** Every line bold. */
  bold: boolean
  row: FirstLineRow | null
}

/** The cells of paragraphs[i] when it is the header row of the table of rows after it, else null. */
export function headerRowCells(paragraphs: readonly RowLike[], i: number): FirstLineCell[] | null {
  const header = paragraphs[i]!
  if (header.lineCount !== 1 || !header.row) return null
  const rows: FirstLineCell[][] = []
  let boldRow = false
  for (let j = i + 1; j < paragraphs.length && rows.length < ROWS_READ && paragraphs[j]!.row; j++) {
    rows.push(rowCells(paragraphs[j]!.row!))
    boldRow ||= paragraphs[j]!.bold
  }
  if (rows.length === 0) return null
  const slack = SLACK * header.size
  const starts = rows.flat().map((c) => c.x)
  const cells = cellsOf(header.row, (b) => b.wide || starts.some((x) => Math.abs(x - b.x) <= slack))
  if (cells.length < 2 || !cells.every((c) => isShortLabel(c.text)) || controlPairs(headerRowBody(cells).text) !== null) return null
  // Note: rows of labels only under a plain first row may be a table of fields, or a list set
  // in columns; a bold first row over plain rows is a header as the table's author styled it,
  // and so is a plain one that names its columns over rows that name things.
  if (rows.every((row) => row.every((c) => isShortLabel(c.text))) && !(header.bold && !boldRow) && !(firstRow(paragraphs, i) && namesColumns(cells, rows))) return null
  if (rows.some((row) => row[0]!.x > cells[0]!.x + slack)) return null
  const aligned = cells.every((cell, k) => k === 0 || starts.some((x) => x > cells[k - 1]!.x + slack && x <= cell.x + slack))
  return aligned ? cells : null
}

/** paragraphs[i] is not under a row: a table's header is its first row, not a row of names like "Libraries page  Cultural services". */
const firstRow = (paragraphs: readonly RowLike[], i: number): boolean => i === 0 || !paragraphs[i - 1]!.row

/**
 * Every cell of the header names a column ("Account  Run by"), and most rows' first cells do
 * not: in a table of fields ("Owner  Communications team" / "Contact  …") the first column is
 * the names, and its first row is a field like the rest.
 */
function namesColumns(cells: readonly FirstLineCell[], rows: readonly FirstLineCell[][]): boolean {
  if (!cells.every((c) => isColumnHeading(c.text))) return false
  const named = rows.filter((row) => isColumnHeading(row[0]!.text)).length
  return named * 2 < rows.length
}

/** The header row's text and inline Markdown, its cells joined as a Word table row's are. */
export function headerRowBody(cells: readonly FirstLineCell[]): { text: string; inline: string } {
  return { text: cells.map((c) => c.text).join(CELL_SEPARATOR), inline: cells.map((c) => escapeMarkdown(c.text)).join(INLINE_CELL_SEPARATOR) }
}

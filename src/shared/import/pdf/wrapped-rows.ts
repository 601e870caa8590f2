/**
 * Table rows whose cells are aligned to the top and wrap (the commoner case beside the centred
 * cells of cell-rows.ts). Read by baseline, such a row interleaves its cells: "1.0  20 February
 * Changes after consultation: …" / "2012  list of approved sites …", so "2012" lands inside
 * the summary. Read by column it is "1.0 20 February 2012 Changes after consultation: … list
 * of approved sites …".
 *
 * The signature is the column grid. A row's first line is cut into cells where its inked runs
 * are separated by a wide gap; their left edges (with those of the rows above it in the same
 * table, so a row whose first line leaves a cell empty keeps that column) are the columns. A
 * line below it is one of the row's wrapped lines when it leaves the first column empty and
 * each of its cells starts at a column edge and ends before the next column begins, at a line
 * spacing below. Body text never fits that grid: a wrapped line of a paragraph starts at the
 * margin (the first column) or, under a hanging number, at the text indent and runs on past
 * any edge but the last.
 *
 * Note: a row is gathered when reading it by column changes the order of its words (a wrapped
 * line holds a cell left of a cell printed above it), or when only its last cell wrapped inside
 * a column that ends short of the text's right edge ("Owner  Head of Health, Safety and" /
 * "Wellbeing Services"), where the paragraph rules would take the short line for a paragraph's
 * end. A numbered clause and its wrapped text ("1.1  This policy …" / "from colleagues …") reads
 * the same either way and is left to the paragraph rules (hyphenation, wrapping) as before.
 *
 * A line that fills the first column too is a new row, unless the table sets its rows apart
 * (cell padding, borders) by more than its cells' own line spacing, and the line sits one cell
 * line below the row's last line: then it is the wrapped line of a first-column cell ("Data
 * protection" / "officer"). A list printed in two columns has one spacing throughout and keeps
 * each line. Until one of the table's own wrapped lines shows its cell line spacing, the page's
 * usual line spacing at the row's size stands in for it: in a table where every cell of a row
 * wraps ("Routine service" / "updates" beside "The officer … may publish these" / "without …"),
 * no line ever leaves the first column empty to show it. And no line further below the one
 * above it than that spacing (and a little) is a wrapped line.
 */
import { readLabel } from './labels'
import type { RunGroup, TextRun } from './types'

/** A gap wider than this × size between inked runs separates two cells. */
const CELL_GAP = 0.6
/** A cell's lines start this close (× size) to its column's left edge. */
const EDGE_SLACK = 0.3
/** A wrapped line of a cell is at most this × size below the line above it. */
const WRAP_SPACING = 1.6
/** Sizes this close are the same. */
const SIZE_SLACK = 0.6
/** Rows set apart by more than this × size beyond a cell's line spacing; a cell line within it. */
const ROW_SEPARATION = 0.2
/** Rows further apart than this × size are not of one table. */
const MAX_ROW_GAP = 2.5
/** A cell ending more than this × size before the text's right edge sits in a narrow column. */
const NARROW_COLUMN = 2.5

interface Cell {
  x0: number
  x1: number
  runs: TextRun[]
}

const inked = (runs: readonly TextRun[]): TextRun[] => runs.filter((r) => r.text.trim() !== '')
const sizeOf = (runs: readonly TextRun[]): number => Math.max(...runs.map((r) => r.size))
const topOf = (runs: readonly TextRun[]): number => Math.min(...runs.map((r) => r.baseline))

/** A line's runs (left to right) cut into cells at wide gaps. */
function cellsOf(runs: readonly TextRun[], size: number): Cell[] {
  const cells: Cell[] = []
  for (const run of runs) {
    const last = cells[cells.length - 1]
    if (last && run.x - last.x1 <= CELL_GAP * size) {
      last.runs.push(run)
      last.x1 = Math.max(last.x1, run.x + run.width)
    } else {
      cells.push({ x0: run.x, x1: run.x + run.width, runs: [run] })
    }
  }
  return cells
}

/** Column edges: the row's own cells, with the table's edges when both start at one margin. */
function columnEdges(cells: readonly Cell[], tableEdges: readonly number[], slack: number): number[] {
  const own = cells.map((c) => c.x0)
  if (tableEdges.length === 0 || Math.abs(tableEdges[0]! - own[0]!) > slack) return own
  const edges = [...tableEdges]
  for (const x of own) if (!edges.some((e) => Math.abs(e - x) <= slack)) edges.push(x)
  return edges.sort((a, b) => a - b)
}

/** The column a cell starts in: the nearest edge at or left of it (a first line's cells). */
function columnAt(edges: readonly number[], x: number, slack: number): number {
  let column = 0
  edges.forEach((e, i) => {
    if (e <= x + slack) column = i
  })
  return column
}

/**
 * A wrapped line's cells by column, or null when the line is not one: every cell starts at an
 * edge (other than the first, unless `firstColumn`) and ends before the next edge.
 */
function wrappedCells(cells: readonly Cell[], edges: readonly number[], slack: number, firstColumn: boolean): { column: number; runs: TextRun[] }[] | null {
  const placed: { column: number; runs: TextRun[] }[] = []
  for (const cell of cells) {
    const column = edges.findIndex((e) => Math.abs(e - cell.x0) <= slack)
    if (column < (firstColumn ? 0 : 1)) return null
    const next = edges[column + 1]
    if (next !== undefined && cell.x1 > next - slack) return null
    placed.push({ column, runs: cell.runs })
  }
  return placed
}

const byX = (a: TextRun, b: TextRun): number => a.x - b.x

/** The line (runs left to right) starts with a bullet or a clause number. */
function startsWithLabel(runs: readonly TextRun[]): boolean {
  return readLabel(runs.slice(0, 4).map((r) => r.text.trim()).join(' ')) !== null
}

/** Where each column's runs start in a row read by column (`placed` sorted by column). */
function rowCellsOf(placed: readonly { column: number; runs: TextRun[] }[], edges: readonly number[]): { x: number; run: number }[] {
  const cells: { x: number; run: number }[] = []
  let run = 0
  for (const cell of placed) {
    if (cell.runs.length === 0) continue
    if (cells[cells.length - 1]?.x !== edges[cell.column]) cells.push({ x: edges[cell.column]!, run })
    run += cell.runs.length
  }
  return cells
}

/** Steps between baselines are counted in bins this wide (points). */
const SPACING_BIN = 0.5

/**
 * The commonest step between the baselines of consecutive lines of one size (within
 * SIZE_SLACK of `size`) on the page, at most WRAP_SPACING × size apart, and not both cut into
 * cells: the page's line spacing at that size, or Infinity when no two such lines follow each
 * other.
 */
export function usualSpacing(facts: readonly (LineFacts | null)[], size: number): number {
  const counts = new Map<number, number>()
  let best = Infinity
  let bestCount = 0
  for (let k = 1; k < facts.length; k++) {
    const above = facts[k - 1]
    const line = facts[k]
    if (!above || !line || Math.abs(above.size - size) > SIZE_SLACK || Math.abs(line.size - size) > SIZE_SLACK) continue
    // Note: two lines both cut into cells may be a table's rows, whose spacing is the very thing
    // being judged; on a page of one-line paragraphs they were its only "line spacing", and a
    // table of one-line rows then read as one row whose cells had wrapped.
    if (above.cells.length > 1 && line.cells.length > 1) continue
    const step = line.top - above.top
    if (step <= 0 || step > WRAP_SPACING * size) continue
    const bin = Math.round(step / SPACING_BIN)
    const count = (counts.get(bin) ?? 0) + 1
    counts.set(bin, count)
    if (count > bestCount || (count === bestCount && bin * SPACING_BIN < best)) {
      best = bin * SPACING_BIN
      bestCount = count
    }
  }
  return best
}

/** What the rows are read from, worked out once a line: its inked runs left to right, size, top and cells. */
export interface LineFacts {
  runs: TextRun[]
  size: number
  top: number
  cells: Cell[]
}

function factsOf(group: RunGroup): LineFacts | null {
  if (group.ordered) return null
  const runs = inked(group.runs)
  if (runs.length === 0) return null
  if (runs.length > 1) runs.sort(byX)
  const size = sizeOf(runs)
  return { runs, size, top: topOf(runs), cells: cellsOf(runs, size) }
}

/**
 * Lines (top to bottom, each a RunGroup) with each top-aligned table row whose cells wrapped
 * gathered into one group, read column by column, top to bottom in each column.
 */
export function gatherWrappedRows(groups: readonly RunGroup[]): RunGroup[] {
  const out: RunGroup[] = []
  // Note: a loop, not Math.max(...runs): a page of single-glyph runs can outgrow the argument limit.
  let right = -Infinity
  for (const group of groups) for (const r of group.runs) right = Math.max(right, r.x + r.width)
  let tableEdges: number[] = []
  // The table's line spacing inside a cell, once a wrapped line showed it, and its last row's last baseline.
  let cellSpacing = Infinity
  let rowBottom: number | null = null
  const endTable = (): void => {
    tableEdges = []
    cellSpacing = Infinity
    rowBottom = null
  }
  // Worked out when first needed, once: most lines are looked at only as a row's possible start.
  const known: (LineFacts | null | undefined)[] = new Array(groups.length)
  const factsAt = (k: number): LineFacts | null => (known[k] === undefined ? (known[k] = factsOf(groups[k]!)) : known[k]!)
  // The page's line spacing by size, asked for only by rows of a table that has not shown its own.
  const spacings = new Map<number, number>()
  const spacingAt = (size: number): number => {
    const key = Math.round(size * 10)
    let spacing = spacings.get(key)
    if (spacing === undefined) {
      for (let k = 0; k < groups.length; k++) factsAt(k)
      spacings.set(key, (spacing = usualSpacing(known as (LineFacts | null)[], size)))
    }
    return spacing
  }
  let i = 0
  while (i < groups.length) {
    const first = factsAt(i)
    if (!first || first.cells.length < 2) {
      out.push(groups[i]!)
      endTable()
      i++
      continue
    }
    const { runs, size, cells } = first
    const slack = EDGE_SLACK * size
    // Another table (or none) begins where the margin moves or the rows are far apart.
    const rowGap = rowBottom === null ? 0 : first.top - rowBottom
    if (tableEdges.length > 0 && (Math.abs(tableEdges[0]! - cells[0]!.x0) > slack || rowGap > MAX_ROW_GAP * size)) endTable()
    const edges = columnEdges(cells, tableEdges, slack)
    // How far the row stands below the line above it when it starts a table (a page's first
    // rows after a repeated header or a carried-over cell): enough to show its rows are set apart.
    const above = rowBottom === null && i > 0 ? factsAt(i - 1) : null
    const gapAbove = rowBottom !== null ? rowGap : above ? first.top - above.top : 0
    // A numbered clause's wrapped line may go back to the margin, under its number: only a
    // table's own cells wrap inside the first column.
    const labelled = startsWithLabel(runs)
    const columns: { column: number; runs: TextRun[] }[] = []
    let lastBaseline = first.top
    let j = i + 1
    for (; j < groups.length; j++) {
      const next = factsAt(j)
      if (!next || Math.abs(next.size - size) > SIZE_SLACK) break
      const below = next.top - lastBaseline
      if (below <= 0 || below > WRAP_SPACING * size) break
      // A line further below than the page's usual spacing (and some) starts a row of its own,
      // though its first cell is empty: the rest of a cell carried over from the page before,
      // under the table's header repeated at the top of this page.
      const usual = spacingAt(size)
      if (usual !== Infinity && below > usual + ROW_SEPARATION * size) break
      const spacing = cellSpacing === Infinity ? spacingAt(size) : cellSpacing
      // A line under a bullet or number that starts with one is the next item, not a wrapped cell.
      const apart = !labelled && gapAbove > spacing + ROW_SEPARATION * size && below <= spacing + ROW_SEPARATION * size / 2 && !startsWithLabel(next.runs)
      const placed = wrappedCells(next.cells, edges, slack, apart)
      if (!placed) break
      cellSpacing = Math.min(cellSpacing, below)
      columns.push(...placed)
      lastBaseline = next.top
    }
    tableEdges = edges
    rowBottom = lastBaseline
    if (j === i + 1) {
      // No wrapped line: the line stands as it is (most lines, so nothing more is worked out).
      out.push(groups[i]!)
      i = j
      continue
    }
    columns.unshift(...cells.map((c) => ({ column: columnAt(edges, c.x0, slack), runs: c.runs })))
    const lineOrder = known.slice(i, j).flatMap((f) => f!.runs)
    // A stable sort keeps each column's lines top to bottom; a cell's runs are already by x.
    const byColumn = [...columns].sort((a, b) => a.column - b.column)
    const columnOrder = byColumn.flatMap((c) => c.runs)
    const reordered = columnOrder.some((run, k) => run !== lineOrder[k])
    const lastCell = cells[cells.length - 1]!
    const narrowRow = lastCell.x1 < right - NARROW_COLUMN * size && readLabel(lineOrder.slice(0, runs.length).map((r) => r.text.trim()).join(' ')) === null
    if (reordered || narrowRow) out.push({ runs: columnOrder, ordered: true, top: first.top, cells: rowCellsOf(byColumn, edges) })
    else out.push(...groups.slice(i, j))
    i = j
  }
  return out
}

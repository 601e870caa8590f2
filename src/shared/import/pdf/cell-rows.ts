/**
 * Table rows whose cells are centred vertically (LibreOffice's default for tables): a row with
 * a one-line cell beside a two-line cell prints the short cell half a line below the long
 * cell's first line, so reading by baseline interleaves the cells ("First issue, … with" /
 * "1.0  2 May 2024" / "the trade unions …") and a row of the version table becomes three
 * paragraphs.
 *
 * The signature is geometric: two lines of one size whose baselines are closer than any line
 * spacing allows (under 0.8 × the size; text set solid is 1 × size) cannot be lines of one
 * column, so they are cells side by side. Such baselines are gathered into one row, its runs
 * grouped into columns by horizontal overlap, and read column by column, top to bottom in each:
 * "1.0 2 May 2024 First issue, … with the trade unions …", as a top-aligned row reads.
 */
import type { RunGroup, TextRun } from './types'

/** Baselines closer than this × size belong to cells side by side, not to lines of one column. */
const CELL_OFFSET = 0.8
/** Sizes this close are the same. */
const SIZE_SLACK = 0.6

const sizeOf = (runs: readonly TextRun[]): number => Math.max(...runs.map((r) => r.size))
const baselineOf = (runs: readonly TextRun[]): number => runs.reduce((lowest, r) => Math.min(lowest, r.baseline), Infinity)

/** Runs of one row, column by column (left to right), each column top to bottom. */
function readByColumn(runs: readonly TextRun[]): TextRun[] {
  const byX = [...runs].sort((a, b) => a.x - b.x)
  const columns: { x1: number; runs: TextRun[] }[] = []
  for (const run of byX) {
    const last = columns[columns.length - 1]
    if (last && run.x < last.x1) {
      last.runs.push(run)
      last.x1 = Math.max(last.x1, run.x + run.width)
    } else {
      columns.push({ x1: run.x + run.width, runs: [run] })
    }
  }
  return columns.flatMap((c) => c.runs.sort((a, b) => a.baseline - b.baseline || a.x - b.x))
}

/**
 * Lines (runs grouped by baseline, top to bottom) with the cells of a vertically centred row
 * gathered into one; `ordered` marks those whose runs are already in reading order.
 */
export function gatherCellRows(lines: readonly TextRun[][]): RunGroup[] {
  const out: RunGroup[] = []
  let row: TextRun[][] = []
  const flush = (): void => {
    if (row.length === 1) out.push({ runs: row[0]!, ordered: false })
    else if (row.length > 1) out.push({ runs: readByColumn(row.flat()), ordered: true })
    row = []
  }
  for (const line of lines) {
    const prev = row[row.length - 1]
    const size = sizeOf(line)
    const close = prev !== undefined && Math.abs(sizeOf(prev) - size) <= SIZE_SLACK && baselineOf(line) - baselineOf(prev) < CELL_OFFSET * size
    if (!close) flush()
    row.push(line)
  }
  flush()
  return out
}

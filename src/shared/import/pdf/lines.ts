/**
 * Runs to lines. A PDF has no lines, only pieces of text at positions, often split mid-word
 * (kerning, ligatures, soft hyphens) and often without the spaces between words. Runs whose
 * baselines are within a fraction of their size are one line; the line reads left to right;
 * a space goes where the geometry shows a gap, not where pdfjs guessed one.
 */
import { gatherCellRows } from './cell-rows'
import { boldFlags } from './line-words'
import { gatherWrappedRows } from './wrapped-rows'
import type { Line, LineBreak, PageText, RowCell, TextRun, Word } from './types'

/** Baselines closer than this × size are one line (superscripts sit about 0.33 higher). */
const BASELINE_TOLERANCE = 0.4
/** A horizontal gap wider than this × size is a word space (a space is about 0.25 em). */
const SPACE_GAP = 0.15
/**
 * A gap to the right wider than this × size starts a table cell: word spaces are about 0.25 em,
 * and stretched in justified text to under 1 em; the gutter between two cells is the cells'
 * padding plus whatever the shorter text leaves.
 */
const CELL_GAP = 1.5
/**
 * A gap wider than this × size may be between cells too: a narrow column's gutter ("Version"
 * / "Date") is no wider than a stretched space, so it counts only where the rows below start a
 * cell there (pdf/table-header-rows.ts).
 */
const LOOSE_GAP = 0.35
/** A run that repeats the previous one this close is the same text drawn twice (fake bold, shadow). */
const DUPLICATE_OFFSET = 0.2
/** The share of a line's characters that must be bold for the line to count as bold. */
const BOLD_SHARE = 0.9

const SOFT_HYPHEN = '\u00ad'

/** Group runs into lines by baseline, top to bottom. */
function groupByBaseline(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x)
  const groups: TextRun[][] = []
  let current: TextRun[] = []
  let anchor = 0
  let anchorSize = 0
  for (const run of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.max(anchorSize, run.size)
    if (current.length > 0 && run.baseline - anchor <= tolerance) {
      current.push(run)
      // The biggest run sets the line's baseline: a superscript must not pull it up.
      if (run.size > anchorSize) {
        anchor = run.baseline
        anchorSize = run.size
      }
    } else {
      if (current.length > 0) groups.push(current)
      current = [run]
      anchor = run.baseline
      anchorSize = run.size
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** The value that most characters have (sizes, fonts). */
function dominant<T>(runs: readonly TextRun[], key: (r: TextRun) => T): T {
  const weight = new Map<T, number>()
  for (const run of runs) weight.set(key(run), (weight.get(key(run)) ?? 0) + run.text.trim().length)
  let best = key(runs[0]!)
  let bestWeight = -1
  for (const [value, w] of weight) {
    if (w > bestWeight) {
      best = value
      bestWeight = w
    }
  }
  return best
}

interface Char {
  c: string
  bold: boolean
  /** A space wider than a word space, before a word starting at this left edge. */
  gapTo?: { x: number; wide: boolean }
  /** The first character of a gathered row's column, whose left edge this is. */
  cellX?: number
}

/**
 * Whether a space separates two neighbouring runs. A trailing space the PDF drew is real (its
 * width is inside the run); a leading space pdfjs added with no gap behind it is not, unless
 * the font changes there (a style change often starts a new run with its space).
 */
function spaceBetween(prev: TextRun, prevEnd: number, next: TextRun): boolean {
  if (/\s$/.test(prev.text)) return true
  // Note: a cell's wrapped line after a hyphen (a row read cell by cell) keeps the hyphen and
  // takes no space: in a narrow column "check-" / "in" is a real hyphen far more often than a
  // word broken by hyphenation, which tables are rarely set with.
  if (next.x < prevEnd - prev.size && next.baseline > prev.baseline && /\p{L}-$/u.test(prev.text)) return false
  // Runs of a row read cell by cell (cell-rows.ts): a new baseline or a step back left is a new cell.
  if (Math.abs(next.baseline - prev.baseline) > BASELINE_TOLERANCE * Math.min(prev.size, next.size) || next.x < prevEnd - prev.size) return true
  const gap = next.x - prevEnd
  if (gap > SPACE_GAP * Math.min(prev.size, next.size)) return true
  return /^\s/.test(next.text) && next.font !== prev.font && gap > -SPACE_GAP * next.size
}

/** One line from runs that share a baseline (or a table row's, ordered, standing at `top`). */
function lineOf(group: TextRun[], page: PageText, ordered = false, top?: number, rowCells?: readonly { x: number; run: number }[]): Line | null {
  const runs = ordered ? group : [...group].sort((a, b) => a.x - b.x)
  const chars: Char[] = []
  const kept: TextRun[] = []
  let prev: TextRun | null = null
  let prevEnd = -Infinity
  // The column whose first character is still to come (its first runs may be blank).
  let cell = 0
  let cellX: number | undefined
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!
    while (rowCells && cell < rowCells.length && rowCells[cell]!.run <= k) cellX = rowCells[cell++]!.x
    if (!run.text.trim()) continue
    if (prev && run.text === prev.text && Math.abs(run.x - prev.x) < DUPLICATE_OFFSET * run.size) continue
    if (prev && spaceBetween(prev, prevEnd, run)) {
      const gap = (run.x - prevEnd) / Math.min(prev.size, run.size)
      chars.push({ c: ' ', bold: prev.bold && run.bold, ...(gap > LOOSE_GAP ? { gapTo: { x: run.x, wide: gap > CELL_GAP } } : {}) })
    }
    // Its own leading space was weighed by spaceBetween; at the start of a line it is nothing.
    let first = true
    for (const c of run.text.trimStart()) {
      chars.push(first && cellX !== undefined ? { c, bold: run.bold, cellX } : { c, bold: run.bold })
      first = false
    }
    cellX = undefined
    kept.push(run)
    prev = run
    prevEnd = Math.max(prevEnd, run.x + run.width)
  }
  if (kept.length === 0) return null
  // Soft hyphens are invisible unless a word breaks at one: drop them, but remember a final one.
  let end = chars.length
  while (end > 0 && /\s/.test(chars[end - 1]!.c)) end--
  const softHyphen = end > 0 && chars[end - 1]!.c === SOFT_HYPHEN
  const visible = chars.filter((ch) => ch.c !== SOFT_HYPHEN)
  const words: Word[] = []
  const breaks: LineBreak[] = []
  const cells: RowCell[] = []
  let word: Char[] = []
  const flush = (): void => {
    if (word.length > 0) words.push({ text: word.map((ch) => ch.c).join(''), bold: word.every((ch) => ch.bold) })
    word = []
  }
  for (const ch of visible) {
    if (/\s/.test(ch.c)) {
      flush()
      if (ch.gapTo !== undefined && words.length > 0) breaks.push({ ...ch.gapTo, word: words.length })
    } else {
      if (ch.cellX !== undefined && word.length === 0) cells.push({ x: ch.cellX, word: words.length })
      word.push(ch)
    }
  }
  flush()
  if (words.length === 0) return null
  const inked = visible.filter((ch) => !/\s/.test(ch.c))
  const boldShare = inked.filter((ch) => ch.bold).length / inked.length
  return {
    page: page.pageNumber,
    pageWidth: page.width,
    pageHeight: page.height,
    // Note: a wrapped row stands at its first line, so the gap to the next row is the row's height.
    baseline: top ?? dominant(kept, (r) => r.baseline),
    x0: kept.reduce((min, r) => Math.min(min, r.x), Infinity),
    x1: kept.reduce((max, r) => Math.max(max, r.x + r.width), -Infinity),
    size: Math.round(dominant(kept, (r) => r.size) * 10) / 10,
    font: dominant(kept, (r) => r.font),
    bold: boldShare >= BOLD_SHARE,
    text: words.map((w) => w.text).join(' '),
    boldWords: boldFlags(words),
    softHyphen,
    ...(breaks.some((b) => b.wide) ? { breaks } : {}),
    ...(cells.length > 1 ? { cells } : {}),
  }
}

/** The lines of one page, top to bottom. */
export function linesOfPage(page: PageText): Line[] {
  return gatherWrappedRows(gatherCellRows(groupByBaseline(page.runs)))
    .map((group) => lineOf(group.runs, page, group.ordered, group.top, group.cells))
    .filter((line): line is Line => line !== null)
}

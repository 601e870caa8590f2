/**
 * The PDF importer's own intermediate forms, from positioned text to lines and paragraphs.
 * They are plain data, free of pdfjs types, so that every step after loading is a pure
 * function that tests can feed by hand.
 *
 * Coordinates are PDF points in the page as a reader sees it: x grows to the right, y grows
 * downwards from the top edge (pdfjs's viewport space at scale 1, so page rotation is applied).
 */

/** One piece of upright text as the PDF placed it. */
export interface TextRun {
  text: string
  /** Left edge of the run. */
  x: number
  /** Baseline, measured from the top of the page. */
  baseline: number
  /** Advance width along the baseline. */
  width: number
  /** Font size as drawn (vertical scale of the text matrix). */
  size: number
  /** pdfjs's name for the font; equal names mean the same font in one document. */
  font: string
  bold: boolean
}

export interface PageText {
  /** 1-based. */
  pageNumber: number
  width: number
  height: number
  runs: TextRun[]
}

/**
 * Runs to be read as one line: the runs of one baseline, or the cells of a table row gathered
 * from several baselines (cell-rows.ts, wrapped-rows.ts), whose runs are then already in
 * reading order (`ordered`) and whose line stands at the row's top baseline (`top`), if set.
 */
export interface RunGroup {
  runs: TextRun[]
  ordered: boolean
  top?: number
  /** A wrapped table row's columns: each one's left edge and the index of its first run in `runs`. */
  cells?: { x: number; run: number }[]
}

/** A word of a line, with its emphasis. */
export interface Word {
  text: string
  bold: boolean
}

/** Runs that share a baseline, in reading order. */
export interface Line {
  page: number
  pageWidth: number
  pageHeight: number
  baseline: number
  /** Left edge of the first run and right edge of the last. */
  x0: number
  x1: number
  /** The size most of its characters are set in. */
  size: number
  /** The font most of its characters are set in. */
  font: string
  /** Nearly all of its characters are bold. */
  bold: boolean
  /** The line's text, whitespace normalised, soft hyphens removed: its words joined by single spaces. */
  text: string
  /** Which of its words are bold: all, none, or one flag a word (line-words.ts reads them). */
  boldWords: boolean | boolean[]
  /** The line ended in a soft hyphen (U+00AD): a word certainly continues on the next line. */
  softHyphen: boolean
  /**
   * The gaps wider than a word space, when at least one is far wider (the line may be a table
   * row, split into cells): where the word after each starts and its index in the line.
   */
  breaks?: LineBreak[]
  /**
   * A table row gathered from wrapped cells (wrapped-rows.ts), read column by column: each
   * column's left edge and the index of its first word. A row's cells are what a page break
   * through the row continues (page-split-rows.ts).
   */
  cells?: RowCell[]
}

/** A column of a gathered table row: its left edge and the index of its first word in the line. */
export interface RowCell {
  x: number
  word: number
}

/** A gap in a line wider than a word space: the left edge and index of the word after it. */
export interface LineBreak {
  x: number
  word: number
  /** Far wider than a word space: certainly a gap between table cells. */
  wide: boolean
}

/** Lines that read as one paragraph (they may run across a page break). */
export interface Paragraph {
  lines: Line[]
}

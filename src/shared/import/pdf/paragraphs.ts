/**
 * Lines to paragraphs. A line starts a new paragraph when:
 * - the gap above it is wider than the document's usual line spacing at that size;
 * - it starts with a printed label ("1.2", "(a)", "•"), unless it is plainly a wrapped line
 *   that happens to start with a number (see continuesWrappedLine);
 * - its size or weight differs from the line before (a heading next to body text), unless
 *   only the weight changed where the line before was plainly wrapped mid-sentence (a list
 *   item whose last words are bold: "… to the" / "**Information Governance Team.**");
 * - its left edge leaves the paragraph's continuation indent (only the first line of a
 *   paragraph may stand out, as a first-line or hanging indent);
 * - the line before it stopped well short of the right margin (the paragraph ended there),
 *   unless the line's first word is too wide for the room that was left (a long address
 *   wrapped whole: "… on the intranet at" / "https://…/approved-accounts-2025 before …");
 * - the line before it ended a sentence with room to spare for this line's first word: the
 *   text was not wrapped there, so a paragraph ended (list items whose markers are drawn, not
 *   printed as text, and that no gap or indent sets apart).
 * - it and the line before are rows of one table (cut into cells at the same place).
 * A paragraph continues across a page break when the next page's first line carries on in the
 * same style and indent (measured from the page's own margin too, for mirrored margins), the
 * last line before the break did not stop short, and the text breaks mid-sentence (no full
 * stop before the break, or lower case after it).
 */
import { firstWord } from './line-words'
import { readLabel } from './labels'
import type { Metrics } from './metrics'
import type { Line, Paragraph } from './types'

/** Extra distance above the usual line spacing that still counts as the same paragraph. */
const GAP_SLACK = 0.15
/** Sizes this close are the same style. */
const SIZE_SLACK = 0.6
/** An indent change smaller than this × size is the same indent. */
const INDENT_SLACK = 0.8
/** A line that stops more than this × size before the margin ended its paragraph (a long word is about 8 em). */
const SHORT_LINE = 8
/** A line within this × size of the right margin ran to it. */
const FULL_LINE = 2.5
/** How much wider than the next word the room left must be (× size) to say the word would have fit. */
const ROOM_SLACK = 1

const endsSentence = (text: string): boolean => /[.!?:;]["'”’)]*$/.test(text)
const startsLowerCase = (text: string): boolean => /^\p{Ll}/u.test(text)

function runsToMargin(line: Line, metrics: Metrics): boolean {
  return line.x1 >= metrics.right(line.page) - FULL_LINE * line.size
}

function stopsShort(line: Line, metrics: Metrics): boolean {
  return line.x1 < metrics.right(line.page) - SHORT_LINE * line.size
}

/** The left edge of the paragraph's wrapped lines, once there is one. */
function continuationX(paragraph: Paragraph): number | null {
  return paragraph.lines[1]?.x0 ?? null
}

/**
 * A line that starts with something label-like but sits at the paragraph's continuation
 * indent right under a line that ran to the margin mid-sentence is a wrapped line ("… set out
 * in section" / "3.2 of the code …"), not a new clause.
 */
function continuesWrappedLine(paragraph: Paragraph, prev: Line, line: Line, metrics: Metrics): boolean {
  const contX = continuationX(paragraph) ?? paragraph.lines[0]!.x0
  return Math.abs(line.x0 - contX) <= INDENT_SLACK * line.size && runsToMargin(prev, metrics) && !endsSentence(prev.text)
}

/** Room left between a line's end and the right margin. */
function roomLeft(line: Line, metrics: Metrics): number {
  return metrics.right(line.page) - line.x1
}

/**
 * The width the line's first word takes, with the space before it, estimated from the line's
 * width shared out by characters (a PDF line gives no word positions).
 */
function firstWordWidth(line: Line): number {
  const first = firstWord(line)
  const chars = Math.max(line.text.length, 1)
  return ((line.x1 - line.x0) * (first.length + 1)) / chars
}

/**
 * A line that ended mid-sentence where the next line's first word could not fit on it: the
 * text was wrapped there (a long address that stopped the line short, or bold words that
 * carry on a sentence).
 */
function wrappedThere(prev: Line, line: Line, metrics: Metrics): boolean {
  return !endsSentence(prev.text) && firstWordWidth(line) > roomLeft(prev, metrics)
}

/**
 * A line that ended a sentence although the next line's first word would have fit after it
 * (with a margin for the estimate): nothing wrapped there, the paragraph ended, whatever case
 * follows ("… spoken to someone;" / "tell your manager …" are two list items). Needed where
 * a short document's usual line spacing is its paragraph gap, so no gap sets items apart.
 */
function endedWithRoomToSpare(prev: Line, line: Line, metrics: Metrics): boolean {
  if (!endsSentence(prev.text)) return false
  return firstWordWidth(line) + ROOM_SLACK * line.size < roomLeft(prev, metrics)
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) <= SIZE_SLACK
}

function sameStyle(a: Line, b: Line): boolean {
  return sameSize(a, b) && a.bold === b.bold
}

/**
 * Whether a line keeps the paragraph's continuation indent. On a later page it may also keep
 * it relative to that page's margin (mirrored margins move the whole text block).
 */
function indentFits(paragraph: Paragraph, line: Line, metrics: Metrics): boolean {
  const second = paragraph.lines[1]
  if (!second) return true
  const slack = INDENT_SLACK * line.size
  if (Math.abs(line.x0 - second.x0) <= slack) return true
  if (line.page === second.page) return false
  const shift = metrics.left(line.page) - metrics.left(second.page)
  return Math.abs(line.x0 - shift - second.x0) <= slack
}

function continuesAcrossPage(paragraph: Paragraph, prev: Line, line: Line, metrics: Metrics): boolean {
  if (!indentFits(paragraph, line, metrics)) return false
  // With only one line so far, the next may not start left of the first (that is a new paragraph).
  if (continuationX(paragraph) === null && line.x0 < paragraph.lines[0]!.x0 - INDENT_SLACK * line.size) return false
  if (stopsShort(prev, metrics)) return false
  // Note: a sentence that ends exactly at the foot of a page is taken as the paragraph's end;
  // mid-paragraph that is rare, and merging two paragraphs would hide a clause.
  return !endsSentence(prev.text) || startsLowerCase(line.text)
}

/** Where a line's first wide gap ends (its second cell starts), or null when it has none. */
function secondCellX(line: Line): number | null {
  return line.breaks?.find((b) => b.wide)?.x ?? null
}

/**
 * Two lines cut into cells at the same place are two rows of one table: a row whose cells
 * wrapped was gathered into one line already (wrapped-rows.ts), so the next row is not a
 * wrapped line of it, however the room left on its short cells reads.
 */
function rowsOfOneTable(prev: Line, line: Line): boolean {
  const a = secondCellX(prev)
  const b = secondCellX(line)
  return a !== null && b !== null && Math.abs(a - b) <= INDENT_SLACK * line.size
}

function startsNew(paragraph: Paragraph, line: Line, metrics: Metrics): boolean {
  const prev = paragraph.lines[paragraph.lines.length - 1]!
  if (rowsOfOneTable(prev, line)) return true
  if (!sameStyle(prev, line) && !(sameSize(prev, line) && wrappedThere(prev, line, metrics))) return true
  if (readLabel(line.text) && !continuesWrappedLine(paragraph, prev, line, metrics)) return true
  if (line.page !== prev.page) return !continuesAcrossPage(paragraph, prev, line, metrics)
  const gap = line.baseline - prev.baseline
  if (gap <= 0 || gap > metrics.spacing(line.size) + Math.max(1.5, GAP_SLACK * line.size)) return true
  if (!indentFits(paragraph, line, metrics)) return true
  if (stopsShort(prev, metrics)) return !wrappedThere(prev, line, metrics)
  return endedWithRoomToSpare(prev, line, metrics)
}

/** Lines (all pages, in reading order, furniture removed) to paragraphs. */
export function buildParagraphs(lines: readonly Line[], metrics: Metrics): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let current: Paragraph | null = null
  for (const line of lines) {
    if (current && !startsNew(current, line, metrics)) {
      current.lines.push(line)
    } else {
      current = { lines: [line] }
      paragraphs.push(current)
    }
  }
  return paragraphs
}

/**
 * Paragraphs to blocks: words joined across lines (hyphenation.ts), headings found and
 * levelled (headings.ts), labels split from clause text and list levels given (lists.ts), and
 * bold kept as Markdown emphasis in `inline`. A table's header row (table-header-rows.ts) and
 * the rows under it have their cells joined with " | ", as a Word, OpenDocument or HTML table
 * row's are (kit/table-row.ts); rows of a table with no header found stay as printed, since a
 * line cut by wide gaps may as well be a list set in columns.
 */
import { escapeMarkdown, normaliseSpace, type Block } from '../blocks'
import { headingLevels, isHeading, type StyledParagraph } from './headings'
import { buildLexicon, joinLines } from './hyphenation'
import { lineCells } from './line-words'
import { readLabel } from './labels'
import { ListNesting } from './lists'
import { joinRow } from '../kit/table-row'
import { headerRowBody, headerRowCells, rowOfLine, type FirstLineCell } from './table-header-rows'
import type { Line, Paragraph, Word } from './types'

/** How far (× size) a row may start left of its table's first column (rounding, padding). */
const ROW_SLACK = 0.5

/** Words as Markdown: runs of bold words become **…**. */
export function inlineOf(words: readonly Word[]): string {
  const parts: string[] = []
  let i = 0
  while (i < words.length) {
    const bold = words[i]!.bold
    const run: string[] = []
    while (i < words.length && words[i]!.bold === bold) run.push(escapeMarkdown(words[i++]!.text))
    parts.push(bold ? `**${run.join(' ')}**` : run.join(' '))
  }
  return parts.join(' ')
}

/** A labelled paragraph's text and inline Markdown after its label, the first word (label patterns end at a space and contain none). */
function bodyOf(words: readonly Word[]): { text: string; inline: string } {
  const rest = words.slice(1)
  return { text: normaliseSpace(rest.map((w) => w.text).join(' ')), inline: inlineOf(rest) }
}

export function styled(paragraphs: readonly Paragraph[]): StyledParagraph[] {
  const lexicon = buildLexicon(paragraphs.flatMap((p) => p.lines))
  return paragraphs.map((p) => {
    const words = joinLines(p.lines, lexicon)
    const text = normaliseSpace(words.map((w) => w.text).join(' '))
    const first = p.lines[0]!
    const label = readLabel(text)
    return {
      text,
      body: label ? bodyOf(words) : { text, inline: inlineOf(words) },
      size: first.size,
      bold: p.lines.every((l) => l.bold),
      lineCount: p.lines.length,
      x0: first.x0,
      page: first.page,
      label,
      row: rowOfLine(first),
      cells: label ? null : cellBodies(words, first),
    }
  })
}

/**
 * The paragraph's words cut where its first line's cells start (a gathered row's columns, or
 * the line's wide gaps), or null when the line has one cell. The cells start inside the first
 * line, so the words of later lines (a last cell's wrapped lines) go to the last cell.
 */
function cellBodies(words: readonly Word[], first: Line): { text: string; inline: string }[] | null {
  const starts = (lineCells(first) ?? []).map((c) => c.word)
  if (starts.length < 2) return null
  return starts.map((start, k) => {
    const cell = words.slice(start, starts[k + 1] ?? words.length)
    return { text: normaliseSpace(cell.map((w) => w.text).join(' ')), inline: inlineOf(cell) }
  })
}

/**
 * Whether the paragraph is a row of the table whose header row's cells are `header`: it is cut
 * into cells and starts in the header's first column (at or right of its left edge, before the
 * second header cell's: a header's cells may be centred over their columns).
 */
function rowUnder(p: StyledParagraph, header: readonly FirstLineCell[]): boolean {
  if (!p.cells || !p.row) return false
  const slack = ROW_SLACK * p.size
  return p.row.x0 >= header[0]!.x - slack - (header[1]!.x - header[0]!.x) && p.row.x0 < header[1]!.x - slack
}

/** Styled paragraphs to blocks, in reading order. */
export function toBlocks(paragraphs: readonly StyledParagraph[], bodySize: number): Block[] {
  const headerRows = paragraphs.map((_, i) => headerRowCells(paragraphs, i))
  const headingFlags = paragraphs.map((p, i) => headerRows[i] === null && isHeading(p, paragraphs[i + 1], bodySize))
  const levels = headingLevels(paragraphs.filter((_, i) => headingFlags[i]))
  const nesting = new ListNesting()
  const blocks: Block[] = []
  let heading = 0
  // The header row of the table being read, while its rows follow.
  let table: FirstLineCell[] | null = null
  paragraphs.forEach((p, i) => {
    if (headingFlags[i]) {
      blocks.push({ kind: 'heading', level: levels[heading++]!, text: p.text })
      nesting.reset()
      table = null
      return
    }
    const headerCells = headerRows[i]
    if (headerCells) {
      blocks.push({ kind: 'paragraph', label: null, level: nesting.unlabelled(p.x0, p.size), ...headerRowBody(headerCells), role: 'table-header' })
      table = headerCells
      return
    }
    if (table && rowUnder(p, table)) {
      // One table row, one clause, its cells joined as in every other format (kit/table-row.ts).
      blocks.push({ kind: 'paragraph', label: null, level: nesting.unlabelled(p.x0, p.size), ...joinRow(p.cells!)! })
      return
    }
    table = null
    if (p.label) {
      blocks.push({ kind: 'paragraph', label: p.label.label, level: nesting.labelled(p.label, p.x0, p.size), ...p.body })
      return
    }
    blocks.push({ kind: 'paragraph', label: null, level: nesting.unlabelled(p.x0, p.size), ...p.body })
  })
  return blocks
}

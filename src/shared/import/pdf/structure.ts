/**
 * Paragraphs to blocks: words joined across lines (hyphenation.ts), headings found and
 * levelled (headings.ts), labels split from clause text and list levels given (lists.ts), and
 * bold kept as Markdown emphasis in `inline`.
 */
import { escapeMarkdown, normaliseSpace, type Block } from '../blocks'
import { headingLevels, isHeading, type StyledParagraph } from './headings'
import { buildLexicon, joinLines } from './hyphenation'
import { readLabel } from './labels'
import { ListNesting } from './lists'
import { headerRowBody, headerRowCells, rowOfLine } from './table-header-rows'
import type { Paragraph, Word } from './types'

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
    }
  })
}

/** Styled paragraphs to blocks, in reading order. */
export function toBlocks(paragraphs: readonly StyledParagraph[], bodySize: number): Block[] {
  const headerRows = paragraphs.map((_, i) => headerRowCells(paragraphs, i))
  const headingFlags = paragraphs.map((p, i) => headerRows[i] === null && isHeading(p, paragraphs[i + 1], bodySize))
  const levels = headingLevels(paragraphs.filter((_, i) => headingFlags[i]))
  const nesting = new ListNesting()
  const blocks: Block[] = []
  let heading = 0
  paragraphs.forEach((p, i) => {
    if (headingFlags[i]) {
      blocks.push({ kind: 'heading', level: levels[heading++]!, text: p.text })
      nesting.reset()
      return
    }
    const headerCells = headerRows[i]
    if (headerCells) {
      blocks.push({ kind: 'paragraph', label: null, level: nesting.unlabelled(p.x0, p.size), ...headerRowBody(headerCells), role: 'table-header' })
      return
    }
    if (p.label) {
      blocks.push({ kind: 'paragraph', label: p.label.label, level: nesting.labelled(p.label, p.x0, p.size), ...p.body })
      return
    }
    blocks.push({ kind: 'paragraph', label: null, level: nesting.unlabelled(p.x0, p.size), ...p.body })
  })
  return blocks
}

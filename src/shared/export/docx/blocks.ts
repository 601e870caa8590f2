/**
 * Export blocks as Word paragraphs and tables: the title block, tables, the contents field,
 * numbered section headings and clauses (numbering properties, never typed numbers), with
 * their comments and revisions; body paragraphs. Numbered paragraphs use the list instance
 * they are given: a new instance starts every number again at 1 (a pack's appendices).
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, PageBreak, Paragraph, type ParagraphChild, Table, TableOfContents, TextRun } from 'docx'
import type { ClauseBlock, ExportBlock, HeadingBlock } from '../model'
import { markParagraphMoved } from './moves'
import { POLICY_LIST } from './numbering'
import type { Revisions } from './revision-ids'
import { revisedContent } from './revisions'
import { textRuns } from './runs'
import { STYLE } from './styles'
import { tableBlock } from './tables'

export function blockContent(block: ExportBlock, revisions: Revisions, listInstance = 0): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ style: STYLE.title, text: block.title }), ...block.subtitle.map((line) => new Paragraph({ style: STYLE.subtitle, text: line }))]
    case 'table':
      return tableBlock(block)
    case 'contents':
      return [new Paragraph({ style: STYLE.heading, text: block.title }), new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-1' })]
    case 'plain-heading':
      return [new Paragraph({ style: STYLE.heading, text: block.text })]
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })]
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })]
    case 'restart-numbering':
      // Note: the renderer moves on to a new list instance here; the marker prints nothing.
      return []
    case 'heading':
    case 'clause':
      return [numberedParagraph(block, revisions, listInstance)]
  }
}

function numberedParagraph(block: HeadingBlock | ClauseBlock, revisions: Revisions, instance: number): Paragraph {
  const isClause = block.kind === 'clause'
  const runs = isClause ? block.runs : [{ text: block.text }]
  const children: ParagraphChild[] = revisedContent(block, runs, revisions)
  if (isClause && block.comments.length > 0) {
    children.unshift(...block.comments.map((id) => new CommentRangeStart(id)))
    for (const id of block.comments) children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }))
  }
  const mark = block.change === 'inserted' ? { insertion: revisions.next() } : block.change === 'deleted' ? { deletion: revisions.next() } : {}
  const paragraph = new Paragraph({
    style: isClause ? STYLE.clause[block.level - 1] : STYLE.section,
    // Note: instance 0 is left out, so a document without appendices writes what it always has.
    numbering: { reference: POLICY_LIST, level: isClause ? block.level : 0, ...(instance > 0 ? { instance } : {}) },
    run: mark,
    children,
  })
  if (block.change === 'moved-from' || block.change === 'moved-to') markParagraphMoved(paragraph, block.change === 'moved-from' ? 'moveFrom' : 'moveTo', revisions.next())
  return paragraph
}

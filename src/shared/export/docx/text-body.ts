/**
 * The body of document.xml as text, for the blocks the text writer takes (text-scope.ts):
 * the title block, tables, unnumbered headings, page breaks, body paragraphs and the
 * numbered headings and clauses, as blocks.ts has docx write them. Each list instance (a
 * restart-numbering marker starts the next) gets the w:numId docx would give it: 2 for the
 * first (docx's own bullet list is 1), then one more for each instance in order of first use.
 */
import type { ExportBlock } from '../model'
import { STYLE } from './ids'
import { LinkTargets, numberedParagraphXml, runXml, textRunXml } from './paragraph-xml'
import { contentsXml, tocBookmark, writtenHeadingText } from './text-contents'
import { isRevised, RevisionCounter, revisedContent } from './text-revisions'
import { tableXml } from './text-tables'

export interface TextBody {
  xml: string
  /** How many list instances the body numbers paragraphs in (each one a w:num). */
  listInstances: number
  /** The hyperlinks' targets, in order: relationships rIdLink1, rIdLink2, ... */
  links: string[]
  /** Whether it holds a table of contents (Word is then asked to update fields on opening). */
  withContents: boolean
}

/** A paragraph with a style and, as docx's Paragraph({ text }) writes it, one run unless the text is empty. */
const styledParagraph = (style: string, text: string): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${text ? textRunXml(text) : ''}</w:p>`

/** `revisions`: who and when for tracked changes, and the first id (after the comments'). */
export function bodyXml(blocks: readonly ExportBlock[], textWidth: number, revisions: RevisionCounter): TextBody {
  const pieces: string[] = []
  const links = new LinkTargets()
  let instance = 0
  const numIds = new Map<number, string>()
  const numId = (i: number): string => numIds.get(i) ?? (numIds.set(i, String(numIds.size + 2)), numIds.get(i)!)
  // With a table of contents, every section heading whose written text has more than blanks is
  // an entry (docx's levelIn: its text trimmed), bookmarked in order.
  const withContents = blocks.some((b) => b.kind === 'contents')
  const isEntry = (b: ExportBlock): boolean => withContents && b.kind === 'heading' && writtenHeadingText(b).trim() !== ''
  const headings = blocks.flatMap((b) => (isEntry(b) && b.kind === 'heading' ? [writtenHeadingText(b)] : []))
  let heading = 0
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        pieces.push(styledParagraph(STYLE.title, block.title), ...block.subtitle.map((line) => styledParagraph(STYLE.subtitle, line)))
        break
      case 'table':
        pieces.push(tableXml(block, textWidth, links))
        break
      case 'plain-heading':
        pieces.push(styledParagraph(STYLE.heading, block.text))
        break
      case 'page-break':
        pieces.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        break
      case 'paragraph':
        // Note: docx closes a paragraph with no properties and no runs on itself.
        pieces.push(block.runs.length > 0 ? `<w:p>${block.runs.map((r) => runXml(r, links)).join('')}</w:p>` : '<w:p/>')
        break
      case 'restart-numbering':
        instance++
        break
      case 'heading':
      case 'clause':
        pieces.push(numberedParagraphXml(block, numId(instance), links, isEntry(block) ? tocBookmark(++heading) : undefined, isRevised(block) ? revisedContent(block, revisions, links) : undefined))
        break
      case 'contents':
        pieces.push(contentsXml(block.title, headings, textWidth))
        break
    }
  }
  return { xml: pieces.join(''), listInstances: numIds.size, links: links.targets, withContents }
}

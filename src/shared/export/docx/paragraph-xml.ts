/**
 * Paragraphs and runs as WordprocessingML text, written as docx writes them, byte for byte
 * (its util/xml/stringify.ts escaping, its run property order). Shared by the fast path inside
 * the docx writer (fast-paragraphs.ts) and the text writer (text-body.ts), which load no docx.
 */
import type { ClauseBlock, HeadingBlock, InlineRun } from '../model'
import { STYLE } from './ids'

export type PlainNumberedBlock = HeadingBlock | ClauseBlock

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

/** docx's escaping: the five entities, and control characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '')
}

/** A bare text run: `<w:t>` keeps its spaces, as docx's Text always says. */
export const textRunXml = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`

/** An on/off property as docx's OnOffElement writes it: bare when on, w:val="false" when off. */
const onOff = (name: string, value: boolean): string => (value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`)

/**
 * The hyperlinks of a document in order of appearance: each link is its own relationship, as
 * docx makes one per ExternalHyperlink, with the id packing.ts would give it (rIdLink1, ...).
 */
export class LinkTargets {
  readonly targets: string[] = []

  add(target: string): string {
    this.targets.push(target)
    return `rIdLink${this.targets.length}`
  }
}

/** A run's properties, in docx's order (the inside of w:rPr; empty for none). */
export function runPropertiesXml(run: InlineRun): string {
  let props = run.link ? '<w:rStyle w:val="Hyperlink"/>' : ''
  if (run.bold !== undefined) props += onOff('b', run.bold) + onOff('bCs', run.bold)
  if (run.italic !== undefined) props += onOff('i', run.italic) + onOff('iCs', run.italic)
  if (run.strike) props += '<w:strike/>'
  if (run.underline) props += '<w:u w:val="single"/>'
  return props
}

/**
 * A run with docx's TextRun({ text, bold, italics, strike, underline }) properties, in its
 * order: rStyle (Hyperlink, for a link), b, bCs, i, iCs, strike, u. Left-out bold or italic
 * writes nothing; false writes off. A link wraps the run in w:hyperlink (runs.ts's
 * ExternalHyperlink); without `links` to number it, a link is a writer's bug.
 */
export function runXml(run: InlineRun, links?: LinkTargets): string {
  const xml = textRunXml(run.text, runPropertiesXml(run))
  if (run.link === undefined) return xml
  if (!links) throw new Error('A link reached a writer that cannot number it.')
  return `<w:hyperlink w:history="1" r:id="${links.add(run.link)}">${xml}</w:hyperlink>`
}

/**
 * A numbered heading or clause in list `numId`, with its revisions if `revised` says them. A clause's comments are
 * anchored as blocks.ts has docx anchor them: every range start before the runs, then each
 * comment's range end and its reference run.
 */
export function numberedParagraphXml(block: PlainNumberedBlock, numId: string, links?: LinkTargets, bookmark?: { start: string; end: string }, revised?: RevisedContent): string {
  const isClause = block.kind === 'clause'
  const style = isClause ? STYLE.clause[block.level - 1] : STYLE.section
  const level = isClause ? block.level : 0
  let runs = revised ? revised.content : isClause ? block.runs.map((r) => runXml(r, links)).join('') : runXml({ text: block.text })
  if (isClause && block.comments.length > 0) {
    const starts = block.comments.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('')
    const ends = block.comments.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join('')
    runs = starts + runs + ends
  }
  // A section heading the table of contents links to (text-contents.ts).
  if (bookmark) runs = bookmark.start + runs + bookmark.end
  return `<w:p><w:pPr><w:pStyle w:val="${escapeXml(style!)}"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>${revised?.mark ?? ''}</w:pPr>${runs}</w:p>`
}

/** A tracked paragraph's content and the revision of its paragraph mark (w:rPr inside w:pPr), as text-revisions.ts writes them. */
export interface RevisedContent {
  content: string
  mark: string
}

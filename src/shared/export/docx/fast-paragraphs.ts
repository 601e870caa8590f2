/**
 * The bulk of a policy, its plain numbered headings and clauses, written as XML text instead
 * of docx's object tree. Why: docx builds a dozen objects per paragraph, turns them into an
 * intermediate tree and then into text; for a 1,000-clause policy that was about half of the
 * CLI's `compose --out` run. The text written here is what docx writes for the same paragraph,
 * byte for byte (tests/export/fast-paragraphs.test.ts compares the two on every shape this
 * accepts; tests/export/byte-identity.test.ts pins whole files).
 *
 * How it fits docx: each stretch of plain paragraphs is handed to docx as one placeholder
 * paragraph with the same numbering (so docx registers the list instance in the same order
 * and gives it the same w:numId), and a style id no text can produce; after docx compiles,
 * the placeholder is replaced by the stretch's text with that w:numId.
 * Anything else (revisions, comments, links, strike, underline) stays with docx.
 */
import { Paragraph } from 'docx'
import type { ExportBlock, InlineRun } from '../model'
import { POLICY_LIST } from './ids'
import { numberedParagraphXml, type PlainNumberedBlock } from './paragraph-xml'

export type { PlainNumberedBlock }

/** A run of plain paragraphs and the placeholder docx writes in its place. */
export interface FastStretch {
  style: string
  blocks: PlainNumberedBlock[]
}

/**
 * Headings and clauses with no revision, comment, link or formatting other than bold and
 * italic. Note: with a table of contents, docx writes the contents' entries and bookmarks from
 * the heading paragraphs it holds, so headings then stay with docx.
 */
export function isPlainNumbered(block: ExportBlock, withContents: boolean): block is PlainNumberedBlock {
  if (block.kind === 'heading') return !withContents && block.change === undefined && block.segments === undefined
  if (block.kind !== 'clause') return false
  return block.change === undefined && block.segments === undefined && block.comments.length === 0 && block.runs.every(isPlainRun)
}

function isPlainRun(run: InlineRun): boolean {
  return run.link === undefined && !run.strike && !run.underline && (run.bold === undefined || run.bold === true) && (run.italic === undefined || run.italic === true)
}

/** The placeholder: numbered like the stretch (registering its list instance), styled with an id only this module writes. */
export function placeholderParagraph(stretch: FastStretch, instance: number): Paragraph {
  return new Paragraph({ style: stretch.style, numbering: { reference: POLICY_LIST, level: 0, ...(instance > 0 ? { instance } : {}) } })
}

/** A style id for stretch `n`: XML text escapes '<', so no paragraph text can contain this attribute. */
export const placeholderStyle = (n: number): string => `PwFastStretch${n}`

/** document.xml with each stretch's placeholder paragraph replaced by the stretch's paragraphs. */
export function fillStretches(xml: string, stretches: readonly FastStretch[]): string {
  const pieces: string[] = []
  let from = 0
  for (const stretch of stretches) {
    const at = xml.indexOf(`<w:pStyle w:val="${stretch.style}"/>`, from)
    if (at < 0) throw new Error(`The writer lost the placeholder ${stretch.style}.`)
    const start = xml.lastIndexOf('<w:p>', at)
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length
    const numId = /<w:numId w:val="([^"]*)"\/>/.exec(xml.slice(at, end))![1]!
    pieces.push(xml.slice(from, start))
    for (const block of stretch.blocks) pieces.push(numberedParagraphXml(block, numId))
    from = end
  }
  pieces.push(xml.slice(from))
  return pieces.join('')
}

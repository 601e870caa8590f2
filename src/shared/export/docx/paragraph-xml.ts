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
 * A run with docx's TextRun({ text, bold, italics, strike, underline }) properties, in its
 * order: b, bCs, i, iCs, strike, u. Left-out bold or italic writes nothing; false writes off.
 */
export function runXml(run: InlineRun): string {
  let props = ''
  if (run.bold !== undefined) props += onOff('b', run.bold) + onOff('bCs', run.bold)
  if (run.italic !== undefined) props += onOff('i', run.italic) + onOff('iCs', run.italic)
  if (run.strike) props += '<w:strike/>'
  if (run.underline) props += '<w:u w:val="single"/>'
  return textRunXml(run.text, props)
}

/** A numbered heading or clause with no revision, comment or link, in list `numId`. */
export function numberedParagraphXml(block: PlainNumberedBlock, numId: string): string {
  const isClause = block.kind === 'clause'
  const style = isClause ? STYLE.clause[block.level - 1] : STYLE.section
  const level = isClause ? block.level : 0
  const runs = isClause ? block.runs.map(runXml).join('') : runXml({ text: block.text })
  return `<w:p><w:pPr><w:pStyle w:val="${escapeXml(style!)}"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs}</w:p>`
}

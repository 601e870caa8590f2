/**
 * Inline runs as Word runs: bold, italic, struck through, underlined, and links (hyperlinks,
 * whose ids packing makes fixed). Strike and underline are formatting (a comparison report's
 * marks), never revisions: those are revisions.ts.
 */
import { ExternalHyperlink, type ParagraphChild, TextRun, UnderlineType } from 'docx'
import type { InlineRun } from '../model'

export function textRuns(runs: readonly InlineRun[]): ParagraphChild[] {
  return runs.map((run) => {
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      ...(run.strike ? { strike: true } : {}),
      ...(run.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      ...(run.link ? { style: 'Hyperlink' } : {}),
    })
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text
  })
}

/** Inline runs as Word runs: bold, italic, and links (hyperlinks, whose ids packing makes fixed). */
import { ExternalHyperlink, type ParagraphChild, TextRun } from 'docx'
import type { InlineRun } from '../model'

export function textRuns(runs: readonly InlineRun[]): ParagraphChild[] {
  return runs.map((run) => {
    const text = new TextRun({ text: run.text, bold: run.bold, italics: run.italic, ...(run.link ? { style: 'Hyperlink' } : {}) })
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text
  })
}

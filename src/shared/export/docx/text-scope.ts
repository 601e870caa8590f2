/**
 * Which documents the text writer (text-package.ts) takes: every kind of block the export
 * model has, each written as docx writes it (tests/export/text-writer.test.ts), except a
 * table of contents listing a tracked heading. docx stays the reference the tests hold the
 * text writer to, the writer for that one case, and the writer a caller can ask for
 * (`renderDocx(doc, { writer: 'docx' })`). Note: a new kind of block goes to docx until the
 * text writer learns it: add it here only with its test.
 */
import type { ExportBlock, ExportDocument } from '../model'

const TEXT_BLOCKS: ReadonlySet<ExportBlock['kind']> = new Set(['title', 'table', 'contents', 'heading', 'plain-heading', 'clause', 'page-break', 'paragraph', 'restart-numbering'] satisfies ExportBlock['kind'][])

export function canWriteAsText(doc: ExportDocument): boolean {
  if (!doc.blocks.every((block) => TEXT_BLOCKS.has(block.kind))) return false
  // Note: docx takes a contents entry's text from the heading's written runs, which for a
  // tracked heading means its revisions; the text writer lists headings by their text, so a
  // tracked export with contents and a revised heading stays with docx.
  const revisedHeading = doc.blocks.some((b) => b.kind === 'heading' && (b.change !== undefined || b.segments !== undefined))
  return !(revisedHeading && doc.blocks.some((b) => b.kind === 'contents'))
}

/**
 * Which documents the text writer (text-package.ts) takes: every kind of block the export
 * model has, each written as docx writes it (tests/export/text-writer.test.ts), so no export
 * loads docx. docx stays the reference the tests hold the text writer to, and the writer a
 * caller can ask for (`renderDocx(doc, { writer: 'docx' })`). Note: a new kind of block goes
 * to docx until the text writer learns it: add it here only with its test.
 */
import type { ExportBlock, ExportDocument } from '../model'

const TEXT_BLOCKS: ReadonlySet<ExportBlock['kind']> = new Set(['title', 'table', 'contents', 'heading', 'plain-heading', 'clause', 'page-break', 'paragraph', 'restart-numbering'] satisfies ExportBlock['kind'][])

export function canWriteAsText(doc: ExportDocument): boolean {
  return doc.blocks.every((block) => TEXT_BLOCKS.has(block.kind))
}

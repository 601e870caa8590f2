/**
 * Which documents the text writer (text-package.ts) takes: everything but what it cannot yet
 * write byte for byte as docx does. Those stay with docx: a table of contents (docx's field
 * and bookmarks) and revisions and moves (a tracked export or a pack's Appendix B). An export
 * of a draft, with links, sources as an appendix or as comments, notes as comments, a marking
 * or a template, is all text.
 */
import type { ExportBlock, ExportDocument } from '../model'

export function canWriteAsText(doc: ExportDocument): boolean {
  return doc.blocks.every(isTextBlock)
}

function isTextBlock(block: ExportBlock): boolean {
  switch (block.kind) {
    case 'contents':
      return false
    case 'heading':
      return block.change === undefined && block.segments === undefined
    case 'clause':
      return block.change === undefined && block.segments === undefined
    default:
      return true
  }
}

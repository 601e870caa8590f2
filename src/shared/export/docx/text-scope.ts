/**
 * Which documents the text writer (text-package.ts) takes: everything but what it cannot yet
 * write byte for byte as docx does, which is revisions and moves (a tracked export, a pack's
 * Appendix B: revisions.ts, moves.ts). Every other export of a draft, with links, contents,
 * sources as an appendix or as comments, notes as comments, a marking or a template, is text.
 */
import type { ExportBlock, ExportDocument } from '../model'

export function canWriteAsText(doc: ExportDocument): boolean {
  return doc.blocks.every(isTextBlock)
}

function isTextBlock(block: ExportBlock): boolean {
  switch (block.kind) {
    case 'heading':
      return block.change === undefined && block.segments === undefined
    case 'clause':
      return block.change === undefined && block.segments === undefined
    default:
      return true
  }
}

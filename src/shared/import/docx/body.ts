/**
 * The block-level walk of a part (the document body, a table cell, a text box, a note):
 * paragraphs, tables and the containers they sit in, in reading order. A text box's
 * paragraphs follow the paragraph it is anchored in: the reader meets them there, and they
 * are never lost or merged into a sentence they do not belong to.
 */
import { childElements, type Element } from '../xml'
import type { PartContext } from './context'
import type { Item } from './items'
import { chosenBranch, MC, W } from './ooxml'
import { readParagraph } from './paragraph'
import { tableItems } from './tables'

export function walkBlocks(container: Element, ctx: PartContext, out: Item[] = []): Item[] {
  for (const el of childElements(container)) {
    if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
      const branch = chosenBranch(el)
      if (branch) walkBlocks(branch, ctx, out)
      continue
    }
    if (el.namespaceURI !== W) continue
    switch (el.localName) {
      case 'p': {
        const { item, boxes } = readParagraph(el, ctx)
        if (item) out.push(item)
        for (const box of boxes) walkBlocks(box, ctx, out)
        break
      }
      case 'tbl':
        out.push(...tableItems(el, ctx, walkBlocks))
        break
      case 'sdt': {
        const inner = childElements(el, W, 'sdtContent')[0]
        if (inner) walkBlocks(inner, ctx, out)
        break
      }
      case 'ins':
      case 'moveTo':
        ctx.stats.trackedChanges = true
        walkBlocks(el, ctx, out)
        break
      case 'del':
      case 'moveFrom':
        ctx.stats.trackedChanges = true
        break
      case 'customXml':
        walkBlocks(el, ctx, out)
        break
      case 'altChunk':
        // Note: content merged in from another file (HTML, RTF) when Word next saves; it has no text here yet.
        ctx.stats.embeddedFiles++
        break
      default:
      // Section properties, bookmarks, comment ranges, permissions: no text.
    }
  }
  return out
}

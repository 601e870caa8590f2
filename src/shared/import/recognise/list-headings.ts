/**
 * Headings written as list items: a numbered item holding only a short title ("1. Introduction",
 * "5. Personal use") with the clauses of that part nested beneath it. It is the heading of its
 * section, so the items beneath carry it in their trail and "add this section" can take them.
 *
 * The rule: a numbered (not bulleted) item, at most eight words and 60 characters, starting
 * with a capital, with no sentence ending, and followed by an item of a deeper level. It
 * becomes a heading one level below the last real heading above it (beside a document-control
 * heading, not under it), and the items beneath
 * it move up one list level.
 */
import type { Block } from '../blocks'
import { isControlHeading } from './document-control'

type Paragraph = Extract<Block, { kind: 'paragraph' }>

const NUMBERED = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[IVX]{1,5}\.)$/

export function isTitleLike(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= 60 && t.split(/\s+/).length <= 8 && /^\p{Lu}/u.test(t) && !/[.!?;:,]$/.test(t)
}

function nextParagraph(blocks: readonly Block[], i: number): Paragraph | null {
  const next = blocks[i + 1]
  return next?.kind === 'paragraph' ? next : null
}

export function recogniseListHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  let headingLevel = 0
  // While inside a list heading's part: its list level, and the real heading level above it.
  let part: { itemLevel: number } | null = null
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      // Note: a "Version history" heading closes the front matter; the parts that follow are its siblings.
      headingLevel = isControlHeading(block.text) ? block.level - 1 : block.level
      part = null
      out.push(block)
      return
    }
    if (part && block.level <= part.itemLevel) part = null
    const next = nextParagraph(blocks, i)
    if (
      !block.role &&
      block.label !== null &&
      NUMBERED.test(block.label) &&
      isTitleLike(block.text) &&
      next !== null &&
      next.level > block.level
    ) {
      part = { itemLevel: block.level }
      out.push({ kind: 'heading', level: headingLevel + 1, text: `${block.label} ${block.text}` })
      return
    }
    out.push(part ? { ...block, level: Math.max(0, block.level - 1) } : block)
  })
  return out
}

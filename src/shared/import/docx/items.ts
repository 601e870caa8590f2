/**
 * What walking a part yields before it becomes blocks: paragraphs still as styled segments
 * with what their style and numbering say, and table rows already joined. Heading levels and
 * typed labels are decided on the whole list (to-blocks.ts), because the first depends on
 * which heading levels the document uses at all.
 */
import type { Segment } from '../kit/inline-runs'
import { ownString } from '../kit/own-strings'
import type { ListLabel } from './numbering'

export interface ParagraphItem {
  kind: 'paragraph'
  segments: Segment[]
  /** Real Word numbering, when the paragraph is in a list. */
  list: ListLabel | null
  /** Outline level 0-8 from the paragraph or its style, or undefined for body text. */
  outline: number | undefined
  title: boolean
  /** Styled Subtitle: a heading at level 2, under the title. */
  subtitle: boolean
  /** A table-of-contents entry, left out of the import. */
  toc: boolean
}

/** A table row whose cells are one line each, joined by kit/table-row.ts. */
export interface RowItem {
  kind: 'row'
  text: string
  inline: string
}

export type Item = ParagraphItem | RowItem

/**
 * Replace, in place, the texts of items[from..] with their own copies (kit/own-strings.ts):
 * cut from a batch's XML, they would keep all of it alive to the end of the import. A row's
 * inline Markdown that equals its text shares the one copy.
 */
export function ownItemStrings(items: Item[], from = 0): void {
  for (let i = from; i < items.length; i++) {
    const item = items[i]!
    if (item.kind === 'row') {
      const text = ownString(item.text)
      item.inline = item.inline === item.text ? text : ownString(item.inline)
      item.text = text
    } else {
      for (const segment of item.segments) segment.text = ownString(segment.text)
    }
  }
}

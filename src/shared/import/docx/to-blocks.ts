/**
 * Items to blocks, deciding what needs the whole document:
 *
 * - Heading levels. The Title paragraph is level 1. Body headings are shifted so that the
 *   highest one the document uses is level 1, or level 2 when there is a Title (so "Heading 1"
 *   under a Title is level 2, and a document that starts at "Heading 2" has no empty level).
 * - A "heading" longer than a heading could be (numbered clauses written in a heading style,
 *   which some councils do to get "2.1" numbers) is a clause, not a heading.
 * - A numbered heading carries its printed number in its text ("2. Principles").
 * - A paragraph without a printed Word number whose text starts with a typed label ("3.2",
 *   "(a)", "•") has it split off and nested as every importer nests typed labels, counted as
 *   Word counts list levels: "1." at 1, "1.1" at 2; "(a)" or "•" one below the last number.
 * - Table-of-contents entries are left out (the headings they list are imported in place).
 * - Empty paragraphs are left out; a numbered paragraph with no text still counted in its list.
 */
import { splitLabel, typedLabelLevel, type Block } from '../blocks'
import { dropLeading, markdown, plainText } from '../kit/inline-runs'
import type { Item, ParagraphItem } from './items'

/** Longer than any heading in the example policies; shorter than a clause. */
export const MAX_HEADING_CHARS = 200

export interface Outline {
  blocks: Block[]
  /** The text of the first Title paragraph, if any. */
  title: string | null
  contentsEntries: number
}

function headingText(item: ParagraphItem): string {
  const text = plainText(item.segments)
  return item.list?.label && text ? `${item.list.label} ${text}` : text
}

function isHeading(item: ParagraphItem): boolean {
  if (item.toc || (!item.title && !item.subtitle && item.outline === undefined)) return false
  const text = headingText(item)
  return text !== '' && text.length <= MAX_HEADING_CHARS
}

export function itemsToBlocks(items: readonly Item[]): Outline {
  const paragraphs = items.filter((i): i is ParagraphItem => i.kind === 'paragraph')
  const headings = paragraphs.filter(isHeading)
  const titles = headings.filter((h) => h.title)
  const bodyLevels = headings.filter((h) => !h.title && h.outline !== undefined).map((h) => h.outline!)
  const top = bodyLevels.reduce((a, b) => Math.min(a, b), bodyLevels[0] ?? 0)
  const shift = (titles.length > 0 ? 2 : 1) - top

  const blocks: Block[] = []
  let contentsEntries = 0
  // As in the plain-text importer: "(a)" after a typed "2.1" nests one deeper than it.
  let numberedLevel = 0
  for (const item of items) {
    if (item.kind === 'row') {
      blocks.push({ kind: 'paragraph', label: null, level: 0, text: item.text, inline: item.inline })
      continue
    }
    if (item.toc) {
      if (plainText(item.segments) !== '') contentsEntries++
      continue
    }
    if (isHeading(item)) {
      // Note: a Subtitle styled with an outline level too goes by its outline, like any heading.
      const level = item.title ? 1 : item.outline !== undefined ? item.outline + shift : 2
      blocks.push({ kind: 'heading', level, text: headingText(item) })
      continue
    }
    let segments = item.segments
    let label = item.list?.label ?? null
    let level = item.list?.level ?? 0
    if (label === null) {
      const typed = splitLabel(plainText(segments))
      if (typed) {
        label = typed.label
        segments = dropLeading(segments, typed.label.length)
        if (item.list) level = item.list.level
        else if (/^\d/.test(typed.label)) level = numberedLevel = typedLabelLevel(typed.label)
        else level = numberedLevel + 1
      }
    }
    const text = plainText(segments)
    if (text === '') continue
    blocks.push({ kind: 'paragraph', label, level, text, inline: markdown(segments) })
  }
  const title = titles[0] ? headingText(titles[0]) : null
  return { blocks, title, contentsEntries }
}

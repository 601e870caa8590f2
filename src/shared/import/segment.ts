/**
 * Blocks to clauses. Headings build the section trail; every paragraph or list item becomes
 * one clause, tagged with the topics it speaks to. Clause ids come from the source id and the
 * block's position, so re-importing the same bytes gives the same ids.
 */
import type { Clause, OutlineEntry, SourceId } from '../model'
import { tagDocumentTopics } from '../topics/tag-document'
import type { Block } from './blocks'
import { capClauseLength, cutWarning } from './cap-clause-length'

export interface Segmented {
  outline: OutlineEntry[]
  clauses: Clause[]
  /** Said about the segmentation itself (a paragraph too long for one clause). */
  warnings: string[]
}

export function clauseId(sourceId: SourceId, position: number): string {
  return `${sourceId.slice(0, 16)}.${position}`
}

export function segment(sourceId: SourceId, input: readonly Block[]): Segmented {
  // Cut before positions are taken, so ids stay stable; files without a huge paragraph are unchanged.
  const { blocks, cut } = capClauseLength(input)
  const outline: OutlineEntry[] = []
  const clauses: Clause[] = []
  // trail[i] is the open heading at level i + 1.
  const trail: string[] = []
  // The document's first heading, when no clause comes before it: the title, for tagging.
  let firstHeading: string | undefined
  blocks.forEach((block, position) => {
    if (block.kind === 'heading') {
      if (outline.length === 0 && clauses.length === 0) firstHeading = block.text
      outline.push({ level: block.level, text: block.text })
      trail.length = Math.max(0, block.level - 1)
      trail[block.level - 1] = block.text
      return
    }
    const text = block.text
    if (!text && !block.label) return
    const section = trail.filter((h): h is string => typeof h === 'string')
    // Note: front matter and table headers keep their place for the reader but speak to no topic.
    const role = block.role ? { role: block.role } : {}
    clauses.push({
      id: clauseId(sourceId, position),
      sourceId,
      section,
      label: block.label,
      level: block.level,
      text,
      inline: block.inline,
      topics: [],
      ...role,
    })
  })
  // Topics are given once the whole trail structure is known (a heading above every section tags nothing).
  const topics = tagDocumentTopics(clauses, firstHeading)
  // Front matter and table header rows are not policy text: they carry no topics.
  clauses.forEach((c, i) => (c.topics = c.role ? [] : topics[i]!))
  return { outline, clauses, warnings: cut > 0 ? [cutWarning(cut)] : [] }
}

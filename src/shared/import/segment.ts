/**
 * Blocks to clauses. Headings build the section trail; every paragraph or list item becomes
 * one clause, tagged with the topics it speaks to. Clause ids come from the source id and the
 * block's position, so re-importing the same bytes gives the same ids.
 */
import type { Clause, OutlineEntry, SourceId, TopicId } from '../model'
import { tagDocumentTopics } from '../topics/tag-document'
import type { Block } from './blocks'
import { capClauseLength, cutWarning, type CappedBlocks } from './cap-clause-length'
import { ownString } from './kit/own-strings'

export interface Segmented {
  outline: OutlineEntry[]
  clauses: Clause[]
  /** Said about the segmentation itself (a paragraph too long for one clause). */
  warnings: string[]
}

export function clauseId(sourceId: SourceId, position: number): string {
  return `${sourceId.slice(0, 16)}.${position}`
}

/**
 * One array per distinct list of topics, shared by every clause that has that list. Note: a
 * document's clauses carry a few dozen distinct lists, and an array each was most of what a
 * clause cost beyond its text (issue 12); the JSON, and a structured clone, are the same.
 */
function topicLists(): (topics: TopicId[]) => TopicId[] {
  const seen = new Map<string, TopicId[]>()
  return (topics) => {
    const key = topics.join('\n')
    const known = seen.get(key)
    if (known) return known
    seen.set(key, topics)
    return topics
  }
}

/**
 * Memory (issue 12): the clauses are what an import returns and what the import worker holds
 * and posts back, so each costs as little as its JSON allows. Clauses under the same headings
 * share one section array (the trail changes only at a heading); ids are flat strings, not
 * chains of the pieces they were joined from (a chain and its pieces took three objects a
 * clause); topic lists are shared (topicLists). Nothing here may mutate a clause's section or
 * topics in place, and nothing outside does (they are replaced, never pushed to).
 */
export function segment(sourceId: SourceId, input: readonly Block[]): Segmented {
  return segmentOwn(sourceId, capClauseLength(input))
}

/**
 * segment(), taking the blocks over: the array is emptied at once, and each block is let go as
 * soon as its clause is made, so a document's blocks and its clauses are not all held together
 * (issue 12: with both, segmentation was a large Markdown import's peak). The caller must hold
 * no other reference to the blocks for them to go.
 */
export function segmentTakingBlocks(sourceId: SourceId, input: Block[]): Segmented {
  const capped = capClauseLength(input)
  input.length = 0
  return segmentOwn(sourceId, capped)
}

/** Note: `blocks` is capClauseLength's own array, always a new one, so emptying it as it is read touches nothing of the caller's. */
function segmentOwn(sourceId: SourceId, { blocks, cut }: CappedBlocks): Segmented {
  const outline: OutlineEntry[] = []
  const clauses: Clause[] = []
  // trail[i] is the open heading at level i + 1.
  const trail: string[] = []
  // The document's first heading, when no clause comes before it: the title, for tagging.
  let firstHeading: string | undefined
  // The section of the clauses since the last heading, made when the first of them comes.
  let section: string[] | null = []
  const shared = topicLists()
  // Note: one empty list until tagging, not an array a clause: at 25,000 clauses that was 0.4 MB.
  const untagged = shared([])
  const pending: (Block | undefined)[] = blocks
  for (let position = 0; position < pending.length; position++) {
    const block = pending[position]!
    pending[position] = undefined
    if (block.kind === 'heading') {
      if (outline.length === 0 && clauses.length === 0) firstHeading = block.text
      outline.push({ level: block.level, text: block.text })
      trail.length = Math.max(0, block.level - 1)
      trail[block.level - 1] = block.text
      section = null
      continue
    }
    const text = block.text
    if (!text && !block.label) continue
    section ??= trail.filter((h): h is string => typeof h === 'string')
    const clause: Clause = {
      id: ownString(clauseId(sourceId, position)),
      sourceId,
      section,
      label: block.label,
      level: block.level,
      text,
      inline: block.inline,
      topics: untagged,
    }
    // Note: front matter and table headers keep their place for the reader but speak to no topic.
    // Set after the others (not spread into the literal), so the key order, and the JSON, stay as they were.
    if (block.role) clause.role = block.role
    clauses.push(clause)
  }
  // Topics are given once the whole trail structure is known (a heading above every section tags nothing).
  // Note: each list is shared as it is made (the `keep` argument), not once all are made: a list
  // each for every clause, all held at once, were a sixth of a large Markdown import's peak.
  const topics = tagDocumentTopics(clauses, firstHeading, shared)
  // Front matter and table header rows are not policy text: they carry no topics.
  clauses.forEach((c, i) => (c.topics = c.role ? untagged : topics[i]!))
  return { outline, clauses, warnings: cut > 0 ? [cutWarning(cut)] : [] }
}

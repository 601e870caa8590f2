/**
 * Tagging every clause of one document: each clause from its own words and the headings of its
 * own section, never the title or subtitle above every section (see own-sections.ts).
 */
import type { TopicId } from '../model'
import { ownSectionTrails } from './own-sections'
import { tagTopics } from './tag-topics'

interface Untagged {
  text: string
  section: readonly string[]
}

/**
 * The topics of each clause, in order. `firstHeading` is the document's first heading when no
 * clause comes before it (the title, if it is unnumbered). `keep` is given each clause's list
 * as it is made and returns the list to keep (segment.ts passes one that shares equal lists,
 * so a large document's lists are not all held at once before they are shared).
 */
export function tagDocumentTopics(clauses: readonly Untagged[], firstHeading?: string, keep: (topics: TopicId[]) => TopicId[] = (t) => t): TopicId[][] {
  const trails = ownSectionTrails(
    clauses.map((c) => c.section),
    firstHeading,
  )
  return clauses.map((c, i) => keep(tagTopics(c.text, trails[i]!)))
}

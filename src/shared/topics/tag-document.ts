/**
 * Tagging every clause of one document: each clause from its own words, the headings of its
 * own section (never the title or subtitle above every section, see own-sections.ts) and, for
 * a list item, the introduction of its list.
 */
import type { TopicId } from '../model'
import { ownSectionTrails } from './own-sections'
import { tagTopics } from './tag-topics'

interface Untagged {
  text: string
  section: readonly string[]
  /** List nesting depth, 0 (or none) for body text. */
  level?: number
}

/**
 * Each clause's list introduction: for a list item, the nearest clause above it, in the same
 * section and at a shallower level, when that clause ends with a colon ("Never post:"). One
 * pass, remembering the last clause seen at each level, so a long document costs no more.
 */
export function listLeads(clauses: readonly Untagged[]): (string | undefined)[] {
  return listLeadIndexes(clauses).map((j) => (j === undefined ? undefined : clauses[j]!.text))
}

/** As listLeads, the index of each clause's list introduction. */
export function listLeadIndexes(clauses: readonly Untagged[]): (number | undefined)[] {
  const lastAt: number[] = []
  let section: readonly string[] | undefined
  return clauses.map((c, i) => {
    const level = c.level ?? 0
    // Note: compared by value, not by reference: eval and tests build a trail per clause.
    if (section === undefined || !sameTrail(section, c.section)) lastAt.length = 0
    section = c.section
    let lead: number | undefined
    for (let l = Math.min(level, lastAt.length) - 1; l >= 0 && level > 0; l--) {
      const j = lastAt[l]
      if (j === undefined) continue
      if (clauses[j]!.text.trimEnd().endsWith(':')) lead = j
      break
    }
    lastAt.length = level
    lastAt[level] = i
    return lead
  })
}

function sameTrail(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((h, k) => h === b[k]))
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
  const leads = listLeadIndexes(clauses)
  const byHeading = new Map<string, TopicId[]>()
  const out: TopicId[][] = []
  clauses.forEach((c, i) => {
    const lead = leads[i]
    let topics = tagTopics(c.text, trails[i]!, lead === undefined ? undefined : clauses[lead]!.text)
    // Note: a clause that names no topic of its own says what its list introduction says
    // ("Staff should not, in any circumstances:" / "play online games with pupils."), and
    // failing that what its own section heading says ("Station accounts" / "Two named editors
    // per station account."). A clause with topics of its own keeps them: the rest of a section
    // often turns to another topic, and its words say so.
    if (topics.length === 0 && lead !== undefined) topics = out[lead]!
    const heading = trails[i]!.at(-1)
    if (topics.length === 0 && heading !== undefined) {
      let fromHeading = byHeading.get(heading)
      if (!fromHeading) byHeading.set(heading, (fromHeading = tagTopics(heading)))
      topics = fromHeading
    }
    out.push(keep(topics))
  })
  return out
}

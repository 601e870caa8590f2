/** A draft as a sequence of paragraphs: each section's heading, then its clauses. */
import type { Draft, DraftClause } from '../../model'
import { normaliseSpace } from '../../text/normalise-space'
import type { SideItem } from './merge'

/** A draft clause's level (1..3; restore.ts makes drafts saved before levels read as 1). */
export function levelOf(clause: DraftClause): number {
  return clause.level
}

/**
 * The levels of one section's source clauses as draft levels 1..3, relative to the section's
 * shallowest clause, as a section added to the draft from the source takes them
 * (draft/actions.ts addSourceClauses): the shallowest clauses are clauses, a list item one
 * deeper a sub-clause. Note: importers give typed numbers their depth ("5.1" is 2), so
 * clamping the raw level made a section's first clause 5.1 and the rest 5.1.1, 5.1.2.
 */
export function sectionLevels(levels: readonly number[]): number[] {
  const finite = levels.map((l) => (Number.isFinite(l) ? Math.max(0, Math.floor(l)) : 0))
  const shallowest = Math.min(...finite)
  return finite.map((l) => Math.min(3, 1 + l - shallowest))
}

/** Note: texts are whitespace-normalised, as the comparison and the draft pane see them. */
export function draftItems(draft: Draft): SideItem[] {
  const items: SideItem[] = []
  for (const section of draft.sections) {
    items.push({ kind: 'section', id: section.id, text: normaliseSpace(section.heading), level: 1 })
    for (const clause of section.clauses) items.push({ kind: 'clause', id: clause.id, text: normaliseSpace(clause.text), level: levelOf(clause) })
  }
  return items
}

/**
 * A source's heading as the draft would hold it: "4. Using social media at work" is section 4's
 * "Using social media at work". Note: numbers are never text; the writer numbers headings, so a
 * renumbered section is no change.
 */
export function headingText(heading: string): string {
  return normaliseSpace(heading.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, ''))
}

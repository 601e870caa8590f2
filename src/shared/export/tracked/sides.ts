/** A draft as a sequence of paragraphs: each section's heading, then its clauses. */
import type { Draft, DraftClause } from '../../model'
import { normaliseSpace } from '../../text/normalise-space'
import type { SideItem } from './merge'

/** A draft clause's level (1..3; restore.ts makes drafts saved before levels read as 1). */
export function levelOf(clause: DraftClause): number {
  return clause.level
}

/** A source clause's level (0 for body text, deeper lists beyond 3) as a draft level 1..3. */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(3, Math.max(1, Math.floor(level))) : 1
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

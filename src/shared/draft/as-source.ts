/**
 * A draft seen as a source, so everything that compares sources works on it unchanged: the
 * draft against the source it borrowed from or against an earlier version (compareSources),
 * checked for repeats and conflicts (checkDocument), and as a column of the coverage matrix.
 */
import type { Clause, Draft, SourceDocument } from '../model'
import { tagTopics } from '../topics/tag-topics'
import { normaliseSpace } from '../text/normalise-space'
import { draftLabels } from './state'

/**
 * Clause ids are the draft's clause ids, labels its printed numbers, and levels its clause levels
 * counted as a source counts them (0 for a clause, 1 for a sub-clause). Note: clauses with no
 * words yet (just added, still to be written) are left out; they have nothing to compare.
 */
export function draftAsSource(draft: Draft): SourceDocument {
  const labels = draftLabels(draft)
  const clauses: Clause[] = []
  for (const section of draft.sections) {
    const heading = normaliseSpace(section.heading)
    const trail = heading ? [heading] : []
    for (const clause of section.clauses) {
      const text = normaliseSpace(clause.text)
      if (!text) continue
      clauses.push({
        id: clause.id,
        sourceId: draft.id,
        section: [...trail],
        label: labels.clauses[clause.id] ?? null,
        level: clause.level - 1,
        text,
        inline: text,
        topics: tagTopics(text, trail),
      })
    }
  }
  const { metadata } = draft
  return {
    id: draft.id,
    title: metadata.title,
    organisation: metadata.organisation || null,
    kind: 'other',
    date: metadata.approvedOn,
    format: 'md',
    origin: 'draft',
    importedAt: metadata.updatedAt,
    outline: draft.sections.map((s) => normaliseSpace(s.heading)).filter((h) => h).map((text) => ({ level: 1, text })),
    clauses,
    warnings: [],
  }
}

/**
 * What is derived from a draft and never stored: each clause's state against its source, the
 * numbers the Word export prints, and the summary the draft list shows. Deriving them keeps
 * them from drifting out of step with the text.
 */
import type { Draft, DraftClause, DraftClauseState, DraftSummary } from '../model'
import { normaliseSpace } from '../text/normalise-space'
import { effectiveLevels, formatNumber, type NumberingScheme } from './numbering'
import { clauseCount } from './reducer'

export function clauseState(clause: DraftClause): DraftClauseState {
  if (!clause.origin) return 'new'
  return normaliseSpace(clause.text) === normaliseSpace(clause.origin.originalText) ? 'verbatim' : 'adapted'
}

/** Printed numbers by id: sections "1", "2", ...; their clauses "1.1", "1.2", sub-clauses "1.2.1" or "(a)"... */
export interface DraftLabels {
  sections: Record<string, string>
  clauses: Record<string, string>
}

/**
 * Numbered as the Word export numbers them (both read numbering.ts): every section in order,
 * whatever its heading, and every clause within its section, sub-clauses within their clause.
 * Note: the maps have no prototype, so an id like "constructor" finds nothing it should not.
 */
export function draftLabels(draft: Draft, scheme: NumberingScheme = 'decimal'): DraftLabels {
  const sections: Record<string, string> = Object.create(null)
  const clauses: Record<string, string> = Object.create(null)
  draft.sections.forEach((section, s) => {
    sections[section.id] = formatNumber(scheme, [s + 1])
    const counters = [s + 1, 0, 0, 0]
    const levels = effectiveLevels(section.clauses.map((c) => c.level))
    section.clauses.forEach((clause, c) => {
      const level = levels[c]!
      counters[level]!++
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0
      clauses[clause.id] = formatNumber(scheme, counters.slice(0, level + 1))
    })
  })
  return { sections, clauses }
}

/** How many clauses are in each state: the draft pane's "12 verbatim, 5 adapted, 3 new". */
export function stateCounts(draft: Draft): Record<DraftClauseState, number> {
  const counts: Record<DraftClauseState, number> = { verbatim: 0, adapted: 0, new: 0 }
  for (const section of draft.sections) for (const clause of section.clauses) counts[clauseState(clause)]++
  return counts
}

export function summariseDraft(draft: Draft, versionCount = 0): DraftSummary {
  return {
    id: draft.id,
    title: draft.metadata.title,
    version: draft.metadata.version,
    status: draft.metadata.status,
    updatedAt: draft.metadata.updatedAt,
    clauseCount: clauseCount(draft),
    versionCount,
  }
}

/**
 * A clause moved one place up or down, as the draft pane's arrows move it: within its section,
 * and from a section's first or last place across into the neighbouring section (to its end
 * going up, to its start going down), so a clause can travel the whole draft one step at a time.
 */
import type { Draft } from '../model'
import type { SimpleDraftAction } from './actions'
import { findClause } from './reducer'

/** The move-clause action for one step, or null where there is no step: the draft's edge, or a clause that is gone. */
export function moveClauseStep(draft: Draft, clauseId: string, direction: 'up' | 'down'): SimpleDraftAction | null {
  const at = findClause(draft, clauseId)
  if (!at) return null
  const section = draft.sections[at.section]!
  const target = at.clause + (direction === 'up' ? -1 : 1)
  if (target >= 0 && target < section.clauses.length) return { type: 'move-clause', clauseId, to: { sectionId: section.id, index: target } }
  const neighbour = draft.sections[at.section + (direction === 'up' ? -1 : 1)]
  if (!neighbour) return null
  return { type: 'move-clause', clauseId, to: { sectionId: neighbour.id, index: direction === 'up' ? neighbour.clauses.length : 0 } }
}

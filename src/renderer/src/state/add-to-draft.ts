/**
 * Adding source clauses to the open draft: where they go and what the status bar says, as
 * data, so the rule is tested without a browser. Clauses go to the end of the draft's last
 * section; several go as one undoable step.
 */
import { addSourceClauses, type DraftAction, type SourceClauseRef } from '../../../shared/draft'
import type { Draft } from '../../../shared/model'
import { plural } from '../../../shared/text/wording'

export interface AddToDraft {
  action: DraftAction
  /** For the status bar once the service has saved it. */
  message: string
}

/** Null when there is nothing to add or nowhere to add it. */
export function addToDraft(draft: Draft, refs: readonly SourceClauseRef[]): AddToDraft | null {
  const section = draft.sections.at(-1)
  const first = refs[0]
  if (!section || !first) return null
  const at = { sectionId: section.id, index: section.clauses.length }
  // Every caller adds clauses of one source at a time: one clause, a section, or a family's wording.
  const from = first.sourceTitle
  if (refs.length === 1) {
    return { action: { type: 'add-source-clause', at, source: { ...first } }, message: `Added ${first.label ? `clause ${first.label}` : 'a clause'} from ${from} to the draft.` }
  }
  const clauses = plural(refs.length, 'clause')
  return { action: addSourceClauses(at, refs, `add ${clauses} of ${from}`), message: `Added ${clauses} from ${from} to the draft.` }
}

/** A source's clause as the draft keeps it. */
export function sourceClauseRef(source: { id: string; title: string }, clause: { id: string; label: string | null; text: string; level?: number }): SourceClauseRef {
  const ref: SourceClauseRef = { sourceId: source.id, sourceTitle: source.title, clauseId: clause.id, label: clause.label, text: clause.text }
  // The level travels so a section added as one step keeps its sub-clauses under their clauses.
  return clause.level === undefined ? ref : { ...ref, level: clause.level }
}

/**
 * The round of edits both tracked-changes benchmarks apply to a large draft since its named
 * version (bench/export.bench.ts and bench/align-tracked.ts), so their figures are comparable.
 */
import { applyDraftAction, type SimpleDraftAction } from '../src/shared/draft'
import type { Draft } from '../src/shared/model'
import { fixedContext } from '../tests/export/support/drafts'

/** The draft after a round of edits since its named version. */
export function edited(version: Draft): Draft {
  const clauses = version.sections.flatMap((s) => s.clauses.map((c) => ({ section: s.id, clause: c })))
  const actions: SimpleDraftAction[] = []
  clauses.forEach(({ clause }, i) => {
    if (i % 10 === 3) actions.push({ type: 'edit-clause', clauseId: clause.id, text: clause.text.replace('responsibly', 'carefully and lawfully') })
    else if (i % 50 === 7) actions.push({ type: 'remove-clause', clauseId: clause.id })
    else if (i % 50 === 21) actions.push({ type: 'move-clause', clauseId: clause.id, to: { sectionId: version.sections[0]!.id, index: 0 } })
    else if (i % 50 === 33) actions.push({ type: 'add-clause', at: { sectionId: clauses[i]!.section, index: 0 }, text: `A new clause ${i} on reporting abuse.` })
  })
  return applyDraftAction(version, { type: 'batch', actions }, fixedContext())
}

/**
 * Where each clause came from, as the author chooses to show it: an appendix table (clause
 * number, source title, source clause label, verbatim / adapted / new) or a Word comment on the
 * clause naming its source and, for an adapted clause, its original wording.
 */
import { clauseState } from '../draft/state'
import type { DraftClause, DraftClauseState } from '../model'
import type { TableBlock } from './model'

const STATE_WORDS: Record<DraftClauseState, string> = { verbatim: 'Verbatim', adapted: 'Adapted', new: 'New' }

export interface NumberedClause {
  clause: DraftClause
  number: string
}

export function provenanceTable(clauses: readonly NumberedClause[]): TableBlock {
  return {
    kind: 'table',
    role: 'provenance',
    caption: 'Sources of clauses',
    header: ['Clause', 'Source', 'Source clause', 'Origin'],
    rows: clauses.map(({ clause, number }) => [
      number,
      clause.origin?.sourceTitle ?? '',
      clause.origin?.label ?? '',
      STATE_WORDS[clauseState(clause)],
    ]),
  }
}

/** The comment's paragraphs, or null for a new clause (nothing to say where it came from). */
export function provenanceComment(clause: DraftClause): string[] | null {
  const o = clause.origin
  if (!o) return null
  const where = `${o.sourceTitle || 'a source'}${o.label ? `, clause ${o.label}` : ''}`
  if (clauseState(clause) === 'verbatim') return [`As in ${where}.`]
  return [`Adapted from ${where}. The original wording:`, o.originalText]
}

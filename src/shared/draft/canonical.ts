/**
 * A draft with only the model's own fields, always in the model's order: as a draft file holds
 * it (file.ts), and as a draft another part of the program built is kept (the service's adopt,
 * the CLI's compose). Its own file so that keeping a draft loads nothing of the file reader.
 */
import type { ClauseOrigin, Draft, DraftClause, DraftMetadata } from '../model'

/** Only the model's own fields, always in the model's order (as a draft file holds it). */
export function canonicalDraft(draft: Draft): Draft {
  return {
    id: draft.id,
    metadata: canonicalMetadata(draft.metadata),
    sections: draft.sections.map((s) => ({ id: s.id, heading: s.heading, clauses: s.clauses.map(canonicalClause) })),
  }
}

function canonicalMetadata(m: DraftMetadata): DraftMetadata {
  return {
    title: m.title,
    organisation: m.organisation,
    version: m.version,
    status: m.status,
    owner: m.owner,
    approver: m.approver,
    committee: m.committee,
    approvedOn: m.approvedOn,
    reviewDue: m.reviewDue,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  }
}

function canonicalClause(c: DraftClause): DraftClause {
  if (!c.origin) return { id: c.id, text: c.text, note: c.note, level: c.level }
  const o: ClauseOrigin = c.origin
  return {
    id: c.id,
    text: c.text,
    note: c.note,
    level: c.level,
    origin: { sourceId: o.sourceId, clauseId: o.clauseId, sourceTitle: o.sourceTitle, label: o.label, originalText: o.originalText },
  }
}

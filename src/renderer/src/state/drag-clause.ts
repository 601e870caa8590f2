/**
 * Dragging a source clause into the draft: one data type shared by every view that offers a
 * clause (source view, comparison rows, coverage cells, family members) and the draft views that
 * accept it. The payload is the SourceClauseRef as JSON, the same thing "Add to draft" adds, so a
 * drop and the keyboard way add the same clause with the same provenance.
 */
import type { SourceClauseRef } from '../../../shared/draft'

/** Note: a custom type keeps text editors and other apps from taking a drop meant for the draft. */
export const CLAUSE_DRAG_TYPE = 'application/x-policy-workbench-clause+json'

/** Call from a draggable element's onDragStart: <li draggable onDragStart={(e) => startClauseDrag(e.dataTransfer, ref)}>. */
export function startClauseDrag(transfer: DataTransfer, ref: SourceClauseRef): void {
  transfer.setData(CLAUSE_DRAG_TYPE, JSON.stringify(ref))
  // Plain text too, so a clause dropped into a text field elsewhere arrives as its words.
  transfer.setData('text/plain', ref.text)
  transfer.effectAllowed = 'copy'
}

/** Whether a drag carries a clause (types are readable during dragover; the data only on drop). */
export function isClauseDrag(transfer: Pick<DataTransfer, 'types'>): boolean {
  return Array.from(transfer.types).includes(CLAUSE_DRAG_TYPE)
}

/** The dropped clause, or null for anything else. Drop data is untrusted: it is checked here, at the boundary. */
export function droppedClause(transfer: Pick<DataTransfer, 'getData'>): SourceClauseRef | null {
  return parseClauseRef(transfer.getData(CLAUSE_DRAG_TYPE))
}

export function parseClauseRef(json: string): SourceClauseRef | null {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const isText = (x: unknown): x is string => typeof x === 'string'
  if (!isText(v.sourceId) || !v.sourceId || !isText(v.sourceTitle) || !isText(v.clauseId) || !v.clauseId || !isText(v.text)) return null
  if (v.label !== null && !isText(v.label)) return null
  const ref: SourceClauseRef = { sourceId: v.sourceId, sourceTitle: v.sourceTitle, clauseId: v.clauseId, label: v.label, text: v.text }
  return typeof v.level === 'number' && Number.isInteger(v.level) && v.level >= 0 ? { ...ref, level: v.level } : ref
}

/** A clause of the draft itself dragged to another place in it (the outline and the document): its id. */
export const DRAFT_CLAUSE_DRAG_TYPE = 'application/x-policy-workbench-draft-clause'

export function startDraftClauseDrag(transfer: DataTransfer, clauseId: string): void {
  transfer.setData(DRAFT_CLAUSE_DRAG_TYPE, clauseId)
  transfer.effectAllowed = 'move'
}

/** Either kind of clause drag the draft accepts. */
export function isDraftDrop(transfer: Pick<DataTransfer, 'types'>): boolean {
  const types = Array.from(transfer.types)
  return types.includes(CLAUSE_DRAG_TYPE) || types.includes(DRAFT_CLAUSE_DRAG_TYPE)
}

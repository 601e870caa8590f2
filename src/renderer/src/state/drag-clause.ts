/**
 * Dragging a source clause into the draft: one MIME type and one shape, so every view that
 * offers a clause (a source, a comparison row, a coverage cell, a family) and the draft that
 * takes it agree. Note: what arrives on drop is untrusted (it may come from another window),
 * so it is checked here, at the boundary, before it becomes a draft action.
 */
import type { SourceClauseRef } from '../../../shared/draft'

export const CLAUSE_DRAG_TYPE = 'application/x-policy-workbench-clause'

export function setClauseDrag(e: React.DragEvent, ref: SourceClauseRef): void {
  e.dataTransfer.setData(CLAUSE_DRAG_TYPE, JSON.stringify(ref))
  // Plain text too, so a clause dropped into another program arrives as its wording.
  e.dataTransfer.setData('text/plain', ref.text)
  e.dataTransfer.effectAllowed = 'copy'
}

export function readClauseDrag(e: { dataTransfer: { getData(type: string): string } }): SourceClauseRef | null {
  const raw = e.dataTransfer.getData(CLAUSE_DRAG_TYPE)
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  const isText = (x: unknown): x is string => typeof x === 'string'
  if (!isText(v['sourceId']) || !isText(v['sourceTitle']) || !isText(v['clauseId']) || !isText(v['text'])) return null
  if (v['label'] !== null && !isText(v['label'])) return null
  const ref: SourceClauseRef = { sourceId: v['sourceId'], sourceTitle: v['sourceTitle'], clauseId: v['clauseId'], label: v['label'] as string | null, text: v['text'] }
  if (typeof v['level'] === 'number' && Number.isInteger(v['level']) && v['level'] >= 0) ref.level = v['level']
  return ref
}

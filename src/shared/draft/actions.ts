/**
 * Everything an author can do to a draft, as plain JSON records (excalidraw's "actions as
 * data"): the UI, the compose recipe and the tests all dispatch these, so undo, replay and
 * testing come from one place. The reducer (reducer.ts) gives them their meaning.
 */
import type { ClauseId, DraftMetadata, SourceId } from '../model'

/**
 * Where a clause goes: a section and an index within it, clamped to the section's length. For
 * a move, the index counts the target section's clauses without the one being moved.
 */
export interface DraftPosition {
  sectionId: string
  index: number
}

/** A clause of a source, as much of it as the draft keeps for provenance. */
export interface SourceClauseRef {
  sourceId: SourceId
  sourceTitle: string
  clauseId: ClauseId
  label: string | null
  text: string
}

/** The metadata an author edits; createdAt and updatedAt are the reducer's to set. */
export type EditableMetadata = Omit<DraftMetadata, 'createdAt' | 'updatedAt'>

/**
 * Actions that create something may carry its id, so that later actions of the same batch can
 * name it (add a section, then clauses into it). Without one, the reducer takes ctx.newId().
 */
export type SimpleDraftAction =
  | { type: 'add-source-clause'; at: DraftPosition; source: SourceClauseRef; id?: string }
  | { type: 'add-clause'; at: DraftPosition; text: string; id?: string }
  | { type: 'edit-clause'; clauseId: string; text: string }
  | { type: 'restore-clause'; clauseId: string }
  | { type: 'set-note'; clauseId: string; note: string }
  | { type: 'move-clause'; clauseId: string; to: DraftPosition }
  | { type: 'remove-clause'; clauseId: string }
  | { type: 'add-section'; index: number; heading: string; id?: string }
  | { type: 'rename-section'; sectionId: string; heading: string }
  | { type: 'move-section'; sectionId: string; index: number }
  | { type: 'remove-section'; sectionId: string }
  | { type: 'set-metadata'; metadata: Partial<EditableMetadata> }

/** Several actions applied, and undone, as one step. Flat: a batch holds no batches. */
export interface BatchAction {
  type: 'batch'
  actions: SimpleDraftAction[]
  /** How the Edit menu names the step ("add the family 'Personal accounts'"). */
  label?: string
}

export type DraftAction = SimpleDraftAction | BatchAction

export type DraftActionType = DraftAction['type']

/** Several source clauses added one after another from `at`, as one step. */
export function addSourceClauses(at: DraftPosition, sources: readonly SourceClauseRef[], label?: string): BatchAction {
  const actions: SimpleDraftAction[] = sources.map((source, i) => ({
    type: 'add-source-clause',
    at: { sectionId: at.sectionId, index: at.index + i },
    source: { ...source },
  }))
  return label === undefined ? { type: 'batch', actions } : { type: 'batch', actions, label }
}

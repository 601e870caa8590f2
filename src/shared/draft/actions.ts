/**
 * Everything an author can do to a draft, as plain JSON records (excalidraw's "actions as
 * data"): the UI, the compose recipe and the tests all dispatch these, so undo, replay and
 * testing come from one place. The reducer (reducer.ts) gives them their meaning.
 */
import type { ClauseId, DraftMetadata, SourceId } from '../model'
import type { ClauseLevel } from './numbering'

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
  /** The clause's nesting depth in its source (Clause.level: 0 for body text); see addSourceClauses. */
  level?: number
}

/** The metadata an author edits; createdAt and updatedAt are the reducer's to set. */
export type EditableMetadata = Omit<DraftMetadata, 'createdAt' | 'updatedAt'>

/**
 * Actions that create something may carry its id, so that later actions of the same batch can
 * name it (add a section, then clauses into it). Without one, the reducer takes ctx.newId().
 */
export type SimpleDraftAction =
  | { type: 'add-source-clause'; at: DraftPosition; source: SourceClauseRef; id?: string; level?: ClauseLevel }
  | { type: 'add-clause'; at: DraftPosition; text: string; id?: string; level?: ClauseLevel }
  | { type: 'indent-clause'; clauseId: string }
  | { type: 'outdent-clause'; clauseId: string }
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

/**
 * Several source clauses added one after another from `at`, as one step. Each keeps its level
 * relative to the clause it sat under in the source: the shallowest clause of the batch becomes
 * `baseLevel` (a clause, unless the author is adding under a clause), a list item one deeper
 * in the source one level deeper in the draft, down to sub-sub-clauses.
 */
export function addSourceClauses(at: DraftPosition, sources: readonly SourceClauseRef[], label?: string, baseLevel: ClauseLevel = 1): BatchAction {
  const shallowest = Math.min(...sources.map((s) => s.level ?? 0))
  const actions: SimpleDraftAction[] = sources.map((source, i) => ({
    type: 'add-source-clause',
    at: { sectionId: at.sectionId, index: at.index + i },
    source: { ...source },
    level: Math.min(3, baseLevel + (source.level ?? 0) - shallowest) as ClauseLevel,
  }))
  return label === undefined ? { type: 'batch', actions } : { type: 'batch', actions, label }
}

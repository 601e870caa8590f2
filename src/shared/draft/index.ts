/**
 * The draft model: the author's own policy as data, every change to it as an action, undo and
 * redo, what is derived from it, the draft as a source for comparison, the portable draft file
 * and the compose recipe. Pure: ids and time come from a DraftContext the host supplies.
 */
export {
  addSourceClauses,
  type BatchAction,
  type DraftAction,
  type DraftActionType,
  type DraftPosition,
  type EditableMetadata,
  type SimpleDraftAction,
  type SourceClauseRef,
} from './actions'
export { draftActionSchema } from './action-schema'
export { applyDraftAction, clampIndex, clauseCount, createDraft, DEFAULT_METADATA, type DraftContext, findClause } from './reducer'
export {
  canRedo,
  canUndo,
  commit,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  dispatch,
  type DraftHistory,
  lastStep,
  nextStep,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from './history'
export { describeAction } from './describe'
export { moveClauseStep } from './move-step'
export { clauseState, draftLabels, type DraftLabels, stateCounts, summariseDraft } from './state'
export { draftAsSource } from './as-source'
export { DRAFT_FILE_FORMAT, DRAFT_FILE_SCHEMA_VERSION, type DraftFile, parseDraftFile, serializeDraftFile, type SerializeOptions } from './file'
export {
  composeDraft,
  parseFrom,
  type Recipe,
  type RecipeClause,
  type RecipeClauseRef,
  readRecipe,
  recipeFiles,
  type RecipeSources,
  type ResolveClause,
  resolveFromSources,
} from './recipe'
export { parseRecipe } from './recipe-schema'
export { DRAFT_ID_PATTERN, DRAFT_LIMITS } from './limits'
export { withClauseLevels } from './restore'
export {
  CLAUSE_LEVELS,
  type ClauseLevel,
  effectiveLevels,
  formatCounter,
  formatNumber,
  NUMBERING_SCHEMES,
  NUMBERING_TABLE,
  type NumberingScheme,
} from './numbering'

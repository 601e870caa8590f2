/** The public API of src/shared/draft, pinned: a change here is a change for its callers. */
import { expect, it } from 'vitest'

it('exports the draft model functions and constants', async () => {
  const api = await import('../../src/shared/draft')
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_HISTORY_LIMIT',
    'DEFAULT_METADATA',
    'DRAFT_FILE_FORMAT',
    'DRAFT_FILE_SCHEMA_VERSION',
    'DRAFT_ID_PATTERN',
    'DRAFT_LIMITS',
    'addSourceClauses',
    'applyDraftAction',
    'canRedo',
    'canUndo',
    'clampIndex',
    'clauseCount',
    'clauseState',
    'composeDraft',
    'createDraft',
    'createHistory',
    'describeAction',
    'dispatch',
    'draftActionSchema',
    'draftAsSource',
    'draftLabels',
    'findClause',
    'lastStep',
    'nextStep',
    'parseDraftFile',
    'parseFrom',
    'parseRecipe',
    'recipeFiles',
    'redo',
    'redoLabel',
    'serializeDraftFile',
    'stateCounts',
    'summariseDraft',
    'undo',
    'undoLabel',
  ])
})

/** Drafts stored before clauses had levels read back with every clause at level 1. */
import { expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import type { Draft } from '../../src/shared/model'
import { makeDraft } from './helpers'

/** The draft as a workspace of the previous release stored it: no level on any clause. */
function withoutLevels(draft: Draft): Draft {
  return { ...draft, sections: draft.sections.map((s) => ({ ...s, clauses: s.clauses.map(({ level: _level, ...rest }) => rest as Draft['sections'][0]['clauses'][0]) })) }
}

it('reads an old draft and its versions as clauses of level 1, and keeps levels it was given', () => {
  const ws = Workspace.inMemory()
  const draft = makeDraft('old', { clauses: [['One.', 'Two.'], ['Three.']] })
  ws.putDraft(withoutLevels(draft))
  expect(ws.getDraft('old')!.sections.map((s) => s.clauses.map((c) => c.level))).toEqual([[1, 1], [1]])
  const version = ws.addDraftVersion({ draftId: 'old', name: '0.1', draft: withoutLevels(draft), createdAt: '2026-02-01T10:00:00.000Z' })
  expect(ws.getDraftVersion(version.id)!.draft.sections.flatMap((s) => s.clauses.map((c) => c.level))).toEqual([1, 1, 1])
  const leveled = { ...draft, sections: [{ ...draft.sections[0]!, clauses: [draft.sections[0]!.clauses[0]!, { ...draft.sections[0]!.clauses[1]!, level: 2 as const }] }] }
  ws.putDraft(leveled)
  expect(ws.getDraft('old')).toEqual(leveled)
  ws.close()
})

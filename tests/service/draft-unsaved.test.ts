/**
 * Nothing is kept that was reported unsaved: when the workspace write fails (a full disk),
 * every draft change (each action, undo, redo, restoring a version) is refused, the draft the
 * service shows stays as it was, and the next change that does save carries none of it in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DraftView } from '../../src/shared/api'
import type { DraftAction, DraftActionType } from '../../src/shared/draft'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { translateSqliteError } from '../../src/main/workspace/errors'

const SOURCE = { sourceId: 'f'.repeat(64), sourceTitle: 'National guidance', clauseId: 'n-1', label: '1.1', text: 'Be polite online.' }

function diskFull(): unknown {
  return translateSqliteError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'workspace.sqlite')
}

/** A draft with two sections, a source clause that was adapted, a new clause, and a named version. */
async function setUp(): Promise<{ s: WorkbenchService; id: string; versionId: string; ids: Record<'s1' | 's2' | 'c1' | 'c2' | 'c3' | 'c4', string> }> {
  let clock = Date.parse('2026-03-12T09:00:00Z')
  const s = new WorkbenchService({ host: 'test', now: () => new Date((clock += 1000)) })
  const created = await s.createDraft({ title: 'Our policy' })
  const id = created.draft.id
  const s1 = created.draft.sections[0]!.id
  const ids = { s1, s2: 'section-2', c1: 'clause-1', c2: 'clause-2', c3: 'clause-3', c4: 'clause-4' }
  await s.applyDraftAction({
    id,
    action: {
      type: 'batch',
      actions: [
        { type: 'add-source-clause', id: ids.c1, at: { sectionId: s1, index: 0 }, source: SOURCE },
        { type: 'add-clause', id: ids.c2, at: { sectionId: s1, index: 1 }, text: 'Ask the communications team.' },
        { type: 'add-section', id: ids.s2, index: 1, heading: 'Elections' },
        { type: 'add-clause', id: ids.c3, at: { sectionId: ids.s2, index: 0 }, text: 'Post nothing political.' },
        { type: 'add-clause', id: ids.c4, at: { sectionId: ids.s2, index: 1 }, text: 'Not even a like.', level: 2 },
      ],
    },
  })
  const version = await s.saveDraftVersion({ id, name: '0.1' })
  await s.applyDraftAction({ id, action: { type: 'edit-clause', clauseId: ids.c1, text: 'Be polite and kind online.' } })
  return { s, id, versionId: version.id, ids }
}

/** One action of every type, each a real change to the draft setUp makes (the record makes TypeScript name every type). */
function everyAction(ids: Awaited<ReturnType<typeof setUp>>['ids']): Record<DraftActionType, DraftAction> {
  return {
    'add-source-clause': { type: 'add-source-clause', at: { sectionId: ids.s2, index: 0 }, source: { ...SOURCE, clauseId: 'n-2' } },
    'add-clause': { type: 'add-clause', at: { sectionId: ids.s1, index: 0 }, text: 'A new clause.' },
    'indent-clause': { type: 'indent-clause', clauseId: ids.c2 },
    'outdent-clause': { type: 'outdent-clause', clauseId: ids.c4 },
    'edit-clause': { type: 'edit-clause', clauseId: ids.c2, text: 'Ask HR.' },
    'restore-clause': { type: 'restore-clause', clauseId: ids.c1 },
    'set-note': { type: 'set-note', clauseId: ids.c1, note: 'Check with legal.' },
    'move-clause': { type: 'move-clause', clauseId: ids.c1, to: { sectionId: ids.s2, index: 1 } },
    'remove-clause': { type: 'remove-clause', clauseId: ids.c2 },
    'add-section': { type: 'add-section', index: 2, heading: 'Photos' },
    'rename-section': { type: 'rename-section', sectionId: ids.s1, heading: 'General' },
    'move-section': { type: 'move-section', sectionId: ids.s2, index: 0 },
    'remove-section': { type: 'remove-section', sectionId: ids.s2 },
    'set-metadata': { type: 'set-metadata', metadata: { owner: 'Head of HR' } },
    batch: { type: 'batch', actions: [{ type: 'set-note', clauseId: ids.c2, note: 'x' }, { type: 'remove-clause', clauseId: ids.c3 }] },
  }
}

type Fixture = Awaited<ReturnType<typeof setUp>>
type Change = (f: Fixture) => Promise<DraftView>

const CHANGES: [string, Change][] = [
  ...(Object.keys(everyAction({ s1: '', s2: '', c1: '', c2: '', c3: '', c4: '' })) as DraftActionType[]).map(
    (type): [string, Change] => [type, ({ s, id, ids }) => s.applyDraftAction({ id, action: everyAction(ids)[type] })],
  ),
  ['undo', ({ s, id }) => s.undoDraft({ id })],
  // Redo needs a step to redo: the test undoes one while the disk still has room.
  ['redo', ({ s, id }) => s.redoDraft({ id })],
  ['restore version', ({ s, versionId }) => s.restoreDraftVersion({ versionId })],
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a draft change the workspace could not save', () => {
  it.each(CHANGES)('is not kept: %s', async (name, change) => {
    const fixture = await setUp()
    const { s, id } = fixture
    if (name === 'redo') await s.undoDraft({ id })
    const before = await s.getDraft({ id })
    const saved = s.workspace.getDraft(id)
    expect(saved).toEqual(before.draft)

    const putDraft = vi.spyOn(s.workspace, 'putDraft').mockImplementation(() => {
      throw diskFull()
    })
    await expect(change(fixture)).rejects.toThrow(/disk is full\. Nothing was changed/)
    expect(putDraft).toHaveBeenCalledTimes(1)
    // Twice, as in the report: three refused edits must not pile up either.
    await expect(change(fixture)).rejects.toThrow(/disk is full/)
    expect(await s.getDraft({ id })).toEqual(before)
    expect(s.workspace.getDraft(id)).toEqual(saved)

    // Space freed: the next edit saves itself and nothing of the refused change.
    putDraft.mockRestore()
    const after = await s.applyDraftAction({ id, action: { type: 'set-metadata', metadata: { version: '0.2' } } })
    const expected = { ...before.draft, metadata: { ...before.draft.metadata, version: '0.2', updatedAt: after.draft.metadata.updatedAt } }
    expect(after.draft).toEqual(expected)
    expect(s.workspace.getDraft(id)).toEqual(expected)
    // Undo goes back to exactly the state before the refused change.
    expect((await s.undoDraft({ id })).draft).toEqual(before.draft)
  })
})

describe('a draft the workspace could not remove', () => {
  it('keeps its undo history, since it is still there', async () => {
    const { s, id } = await setUp()
    const before = await s.getDraft({ id })
    vi.spyOn(s.workspace, 'removeDraft').mockImplementation(() => {
      throw diskFull()
    })
    await expect(s.deleteDraft({ id })).rejects.toThrow(/disk is full/)
    vi.restoreAllMocks()
    expect(await s.getDraft({ id })).toEqual(before)
  })
})

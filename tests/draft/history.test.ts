/** Undo and redo: one step per real change, a batch as one, a bounded past, menu labels. */
import { describe, expect, it } from 'vitest'
import {
  addSourceClauses,
  canRedo,
  canUndo,
  commit,
  createHistory,
  dispatch,
  type DraftAction,
  lastStep,
  nextStep,
  redo,
  redoLabel,
  undo,
  undoLabel,
} from '../../src/shared/draft'
import { sampleDraft, SOURCE_A, SOURCE_B, testContext } from './support'

const ctx = testContext('h')
const start = sampleDraft()
const s1 = start.sections[0]!.id

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory(start)
    expect([canUndo(h), canRedo(h), undoLabel(h), redoLabel(h), lastStep(h), nextStep(h)]).toEqual([false, false, 'Undo', 'Redo', null, null])
    expect(undo(h)).toBe(h)
    expect(redo(h)).toBe(h)
  })

  it('undoes and redoes a step', () => {
    const h0 = createHistory(start)
    const h1 = dispatch(h0, { type: 'edit-clause', clauseId: 'c3', text: 'Changed.' }, ctx)
    expect(h1.past).toEqual([start])
    expect(undoLabel(h1)).toBe('Undo: edit clause 1.3')
    const back = undo(h1)
    expect(back.present).toBe(start)
    expect(redoLabel(back)).toBe('Redo: edit clause 1.3')
    expect(redo(back).present).toBe(h1.present)
  })

  it('makes no entry for an action that changes nothing', () => {
    const h = createHistory(start)
    expect(dispatch(h, { type: 'remove-clause', clauseId: 'gone' }, ctx)).toBe(h)
    expect(dispatch(h, { type: 'restore-clause', clauseId: 'c1' }, ctx)).toBe(h)
  })

  it('undoes a batch as one step', () => {
    const h = dispatch(createHistory(start), addSourceClauses({ sectionId: 's2', index: 0 }, [SOURCE_A, SOURCE_B]), ctx)
    expect(h.past).toHaveLength(1)
    expect(undoLabel(h)).toBe('Undo: add 2 clauses')
    expect(undo(h).present).toBe(start)
  })

  it('a new change after undo clears what could be redone', () => {
    let h = dispatch(createHistory(start), { type: 'remove-clause', clauseId: 'c1' }, ctx)
    h = undo(h)
    expect(canRedo(h)).toBe(true)
    h = dispatch(h, { type: 'remove-clause', clauseId: 'c2' }, ctx)
    expect(canRedo(h)).toBe(false)
    expect(h.futureSteps).toEqual([])
  })

  it('keeps at most `limit` steps, dropping the oldest', () => {
    let h = createHistory(start)
    for (let i = 0; i < 8; i++) h = dispatch(h, { type: 'set-note', clauseId: 'c1', note: `note ${i}` }, ctx, 5)
    expect(h.past).toHaveLength(5)
    expect(h.pastSteps).toHaveLength(5)
    while (canUndo(h)) h = undo(h)
    expect(h.present.sections[0]!.clauses[0]!.note).toBe('note 2')
  })

  it('commits a draft made other than by an action as one named step, within the limit', () => {
    let h = createHistory(start)
    h = dispatch(h, { type: 'set-note', clauseId: 'c1', note: 'first' }, ctx)
    h = undo(h)
    expect(canRedo(h)).toBe(true)
    const restored = { ...start, metadata: { ...start.metadata, title: 'Restored' } }
    const after = commit(h, restored, 'restore version 0.1')
    expect(after.present).toBe(restored)
    expect([undoLabel(after), canRedo(after)]).toEqual(['Undo: restore version 0.1', false])
    expect(undo(after).present).toBe(h.present)
    expect(commit(after, after.present, 'nothing')).toBe(after)
    let bounded = createHistory(start)
    for (let i = 0; i < 8; i++) bounded = commit(bounded, { ...start, metadata: { ...start.metadata, title: `v${i}` } }, `restore version ${i}`, 3)
    expect(bounded.past.map((d) => d.metadata.title)).toEqual(['v4', 'v5', 'v6'])
    expect(bounded.pastSteps).toEqual(['restore version 5', 'restore version 6', 'restore version 7'])
  })

  it('describes every kind of step for the Edit menu', () => {
    const cases: [DraftAction, string][] = [
      [{ type: 'add-source-clause', at: { sectionId: 's2', index: 0 }, source: SOURCE_A }, `add clause 2.1 from ${SOURCE_A.sourceTitle}`],
      [{ type: 'add-clause', at: { sectionId: s1, index: 9 }, text: 'x' }, 'add clause 1.4'],
      [{ type: 'edit-clause', clauseId: 'c4', text: 'x' }, 'edit clause 2.1'],
      [{ type: 'restore-clause', clauseId: 'c2' }, 'restore the source wording of clause 1.2'],
      [{ type: 'set-note', clauseId: 'c2', note: 'x' }, 'edit the note on clause 1.2'],
      [{ type: 'move-clause', clauseId: 'c1', to: { sectionId: 's2', index: 1 } }, 'move clause 1.1 to 2.2'],
      [{ type: 'remove-clause', clauseId: 'c3' }, 'remove clause 1.3'],
      [{ type: 'add-section', index: 1, heading: 'x' }, 'add section 2'],
      [{ type: 'rename-section', sectionId: 's2', heading: 'x' }, 'rename section 2'],
      [{ type: 'move-section', sectionId: 's2', index: 0 }, 'move section 2 to 1'],
      [{ type: 'remove-section', sectionId: s1 }, 'remove section 1 and its 3 clauses'],
      [{ type: 'set-metadata', metadata: { title: 'x' } }, 'rename the draft'],
      [{ type: 'set-metadata', metadata: { status: 'approved' } }, 'set the status to approved'],
      [{ type: 'set-metadata', metadata: { owner: 'x', approver: 'y' } }, "change the draft's details"],
      [{ type: 'batch', actions: [{ type: 'remove-clause', clauseId: 'c1' }] }, 'remove clause 1.1'],
      [{ type: 'batch', actions: [{ type: 'remove-clause', clauseId: 'c1' }, { type: 'remove-clause', clauseId: 'c2' }] }, 'remove 2 clauses'],
      [{ type: 'batch', label: 'add the family "Politics"', actions: [{ type: 'remove-clause', clauseId: 'c1' }] }, 'add the family "Politics"'],
      [{ type: 'batch', actions: [{ type: 'remove-clause', clauseId: 'c1' }, { type: 'set-note', clauseId: 'c2', note: 'x' }] }, '2 changes'],
    ]
    for (const [action, words] of cases) expect(lastStep(dispatch(createHistory(start), action, ctx))).toBe(words)
  })
})

/**
 * Every action's effect on a draft; the actions that change nothing (same value, same place,
 * unknown ids from a stale UI) return the very same draft; nothing is ever mutated.
 */
import { describe, expect, it } from 'vitest'
import {
  addSourceClauses,
  applyDraftAction,
  createDraft,
  DRAFT_LIMITS,
  draftActionSchema,
  type DraftAction,
} from '../../src/shared/draft'
import type { Draft } from '../../src/shared/model'
import { clauseIds, deepFreeze, sampleDraft, SOURCE_A, SOURCE_B, testContext } from './support'

const ctx = testContext('new')
const base = deepFreeze(sampleDraft())
const s1 = base.sections[0]!.id
const apply = (action: DraftAction, draft: Draft = base): Draft => applyDraftAction(draft, action, ctx)
const clause = (draft: Draft, id: string) => draft.sections.flatMap((s) => s.clauses).find((c) => c.id === id)

describe('createDraft', () => {
  it('makes a draft with one empty section, defaults filled and both timestamps set', () => {
    const c = testContext()
    const draft = createDraft(c, { title: 'My policy', status: 'consultation' })
    expect(draft).toEqual({
      id: 'id-1',
      metadata: {
        title: 'My policy',
        organisation: '',
        version: '0.1',
        status: 'consultation',
        owner: '',
        approver: '',
        committee: '',
        approvedOn: null,
        reviewDue: null,
        createdAt: '2025-03-01T09:00:01.000Z',
        updatedAt: '2025-03-01T09:00:01.000Z',
      },
      sections: [{ id: 'id-2', heading: '', clauses: [] }],
    })
  })

  it('ignores createdAt and updatedAt passed as metadata', () => {
    const draft = createDraft(testContext(), { createdAt: '1999-01-01T00:00:00Z' } as never)
    expect(draft.metadata.createdAt).toBe('2025-03-01T09:00:01.000Z')
  })
})

describe('the sample draft', () => {
  it('is built by one batch', () => {
    expect(clauseIds(base)).toEqual([['c1', 'c2', 'c3'], ['c4']])
    expect(base.sections.map((s) => s.heading)).toEqual(['Your own accounts', 'Elections'])
  })
})

describe('each action', () => {
  it('add-source-clause inserts the clause with its provenance and the source text', () => {
    const next = apply({ type: 'add-source-clause', at: { sectionId: s1, index: 1 }, source: SOURCE_B })
    expect(clauseIds(next)[0]).toEqual(['c1', expect.stringMatching(/^new-/), 'c2', 'c3'])
    const added = next.sections[0]!.clauses[1]!
    expect(added).toEqual({
      id: added.id,
      text: SOURCE_B.text,
      note: '',
      level: 1,
      origin: { sourceId: SOURCE_B.sourceId, clauseId: SOURCE_B.clauseId, sourceTitle: SOURCE_B.sourceTitle, label: null, originalText: SOURCE_B.text },
    })
  })

  it('add-clause inserts a new clause with no origin, and takes a given id', () => {
    const next = apply({ type: 'add-clause', at: { sectionId: 's2', index: 0 }, text: 'Ask first.', id: 'mine' })
    expect(clauseIds(next)[1]).toEqual(['mine', 'c4'])
    expect(clause(next, 'mine')).toEqual({ id: 'mine', text: 'Ask first.', note: '', level: 1 })
  })

  it('clamps positions: past the end appends, negative or NaN indexes go to the ends', () => {
    expect(clauseIds(apply({ type: 'add-clause', at: { sectionId: s1, index: 99 }, text: 'x', id: 'z' }))[0]).toEqual(['c1', 'c2', 'c3', 'z'])
    expect(clauseIds(apply({ type: 'add-clause', at: { sectionId: s1, index: -5 }, text: 'x', id: 'z' }))[0]).toEqual(['z', 'c1', 'c2', 'c3'])
    expect(clauseIds(apply({ type: 'add-clause', at: { sectionId: s1, index: Number.NaN }, text: 'x', id: 'z' }))[0]).toEqual(['c1', 'c2', 'c3', 'z'])
    expect(clauseIds(apply({ type: 'add-clause', at: { sectionId: s1, index: 1.7 }, text: 'x', id: 'z' }))[0]).toEqual(['c1', 'z', 'c2', 'c3'])
  })

  it('edit-clause replaces the text and keeps the origin', () => {
    const next = apply({ type: 'edit-clause', clauseId: 'c1', text: 'Keep council business private.' })
    expect(clause(next, 'c1')!.text).toBe('Keep council business private.')
    expect(clause(next, 'c1')!.origin).toEqual(clause(base, 'c1')!.origin)
  })

  it('restore-clause puts back the source wording', () => {
    const next = apply({ type: 'restore-clause', clauseId: 'c2' })
    expect(clause(next, 'c2')!.text).toBe('Do not make offensive remarks about colleagues.')
  })

  it('set-note sets the note', () => {
    expect(clause(apply({ type: 'set-note', clauseId: 'c3', note: 'Check with HR' }), 'c3')!.note).toBe('Check with HR')
  })

  it('move-clause moves within a section', () => {
    expect(clauseIds(apply({ type: 'move-clause', clauseId: 'c1', to: { sectionId: s1, index: 2 } }))[0]).toEqual(['c2', 'c3', 'c1'])
    expect(clauseIds(apply({ type: 'move-clause', clauseId: 'c3', to: { sectionId: s1, index: 0 } }))[0]).toEqual(['c3', 'c1', 'c2'])
  })

  it('move-clause moves across sections, the index counted in the target section', () => {
    const next = apply({ type: 'move-clause', clauseId: 'c2', to: { sectionId: 's2', index: 1 } })
    expect(clauseIds(next)).toEqual([['c1', 'c3'], ['c4', 'c2']])
    expect(clause(next, 'c2')).toEqual(clause(base, 'c2'))
  })

  it('remove-clause removes it', () => {
    expect(clauseIds(apply({ type: 'remove-clause', clauseId: 'c2' }))).toEqual([['c1', 'c3'], ['c4']])
  })

  it('add-section inserts an empty section at the index', () => {
    const next = apply({ type: 'add-section', index: 1, heading: 'Council accounts', id: 'sx' })
    expect(next.sections.map((s) => [s.id, s.heading, s.clauses.length])).toEqual([
      [s1, 'Your own accounts', 3],
      ['sx', 'Council accounts', 0],
      ['s2', 'Elections', 1],
    ])
  })

  it('rename-section renames it', () => {
    expect(apply({ type: 'rename-section', sectionId: 's2', heading: 'Elections and purdah' }).sections[1]!.heading).toBe('Elections and purdah')
  })

  it('move-section moves it, with its clauses', () => {
    const next = apply({ type: 'move-section', sectionId: 's2', index: 0 })
    expect(next.sections.map((s) => s.id)).toEqual(['s2', s1])
    expect(clauseIds(next)).toEqual([['c4'], ['c1', 'c2', 'c3']])
    expect(apply({ type: 'move-section', sectionId: s1, index: 40 }).sections.map((s) => s.id)).toEqual(['s2', s1])
  })

  it('remove-section removes it with its clauses, down to no sections at all', () => {
    const once = apply({ type: 'remove-section', sectionId: s1 })
    expect(clauseIds(once)).toEqual([['c4']])
    expect(apply({ type: 'remove-section', sectionId: 's2' }, once).sections).toEqual([])
  })

  it('set-metadata changes the given fields only, never the timestamps it is sent', () => {
    const next = apply({ type: 'set-metadata', metadata: { status: 'approved', approvedOn: '2025-04-01', createdAt: 'x' } as never })
    expect(next.metadata).toEqual({ ...base.metadata, status: 'approved', approvedOn: '2025-04-01', updatedAt: next.metadata.updatedAt })
  })

  it('batch applies its actions in order, as one change with one new updatedAt', () => {
    const c = testContext('b')
    const next = applyDraftAction(
      base,
      { type: 'batch', actions: [{ type: 'add-section', index: 9, heading: 'New', id: 'n1' }, { type: 'add-clause', at: { sectionId: 'n1', index: 0 }, text: 'x' }] },
      c,
    )
    expect(clauseIds(next)).toEqual([['c1', 'c2', 'c3'], ['c4'], ['b-1']])
    expect(c.ticks()).toBe(1)
  })

  it('batch checks ids as each action alone would: taken ids skipped, freed ids reusable, made ids taken', () => {
    const at = { sectionId: 's2', index: 9 }
    const actions: DraftAction = {
      type: 'batch',
      actions: [
        { type: 'add-clause', at, text: 'first', id: 'x' },
        { type: 'add-clause', at, text: 'same id again', id: 'x' },
        { type: 'add-section', index: 9, heading: 'clashes with a clause', id: 'c4' },
        { type: 'remove-clause', clauseId: 'c1' },
        { type: 'add-clause', at, text: 'takes the freed id', id: 'c1' },
        { type: 'add-clause', at, text: 'gets a made id' },
        { type: 'add-clause', at, text: 'names the made id', id: 'b-1' },
        { type: 'add-section', index: 9, heading: 'New', id: 'n' },
        { type: 'add-clause', at: { sectionId: 'n', index: 0 }, text: 'removed with its section', id: 'y' },
        { type: 'remove-section', sectionId: 'n' },
        { type: 'add-section', index: 9, heading: 'takes the removed section id', id: 'n' },
        { type: 'add-clause', at: { sectionId: 'n', index: 0 }, text: 'takes an id removed with its section', id: 'y' },
      ],
    }
    const next = applyDraftAction(base, actions, testContext('b'))
    expect(clauseIds(next)).toEqual([['c2', 'c3'], ['c4', 'x', 'c1', 'b-1'], ['y']])
    expect(next.sections[1]!.clauses.slice(1).map((c) => c.text)).toEqual(['first', 'takes the freed id', 'gets a made id'])
    expect(next.sections.map((s) => s.heading)).toEqual(['Your own accounts', 'Elections', 'takes the removed section id'])
    expect(clause(next, 'y')!.text).toBe('takes an id removed with its section')
    // The same as the actions one at a time.
    const c = testContext('b')
    const oneByOne = actions.actions.reduce((d, a) => applyDraftAction(d, a, c), base as Draft)
    expect(next.sections).toEqual(oneByOne.sections)
  })

  it('addSourceClauses adds clauses one after another, as one batch', () => {
    const action = addSourceClauses({ sectionId: 's2', index: 0 }, [SOURCE_A, SOURCE_B], 'add the family "Confidential information"')
    expect(action.actions).toHaveLength(2)
    const next = apply(action)
    expect(next.sections[1]!.clauses.map((c) => c.origin?.clauseId)).toEqual([SOURCE_A.clauseId, SOURCE_B.clauseId, SOURCE_B.clauseId])
  })

  it('sets updatedAt from ctx.now() on every real change, and never touches createdAt', () => {
    const c = testContext()
    const next = applyDraftAction(base, { type: 'set-note', clauseId: 'c1', note: 'n' }, c)
    expect(next.metadata.updatedAt).toBe('2025-03-01T09:00:01.000Z')
    expect(next.metadata.createdAt).toBe(base.metadata.createdAt)
  })

  it('shares the sections it did not change', () => {
    const next = apply({ type: 'edit-clause', clauseId: 'c4', text: 'Changed.' })
    expect(next.sections[0]).toBe(base.sections[0])
    expect(next.sections[1]).not.toBe(base.sections[1])
  })
})

describe('actions that change nothing return the same draft', () => {
  const noOps: [string, DraftAction][] = [
    ['edit to the same text', { type: 'edit-clause', clauseId: 'c1', text: SOURCE_A.text }],
    ['restore a verbatim clause', { type: 'restore-clause', clauseId: 'c1' }],
    ['restore a new clause', { type: 'restore-clause', clauseId: 'c3' }],
    ['set the same note', { type: 'set-note', clauseId: 'c1', note: '' }],
    ['move to the same place', { type: 'move-clause', clauseId: 'c2', to: { sectionId: s1, index: 1 } }],
    ['move the last clause past the end', { type: 'move-clause', clauseId: 'c3', to: { sectionId: s1, index: 50 } }],
    ['rename to the same heading', { type: 'rename-section', sectionId: 's2', heading: 'Elections' }],
    ['move a section to its place', { type: 'move-section', sectionId: 's2', index: 1 }],
    ['move the first section before the start', { type: 'move-section', sectionId: s1, index: -3 }],
    ['set the same metadata', { type: 'set-metadata', metadata: { title: 'Staff social media policy', status: 'draft' } }],
    ['set no metadata', { type: 'set-metadata', metadata: {} }],
    ['an empty batch', { type: 'batch', actions: [] }],
    ['a batch of no-ops', { type: 'batch', actions: [{ type: 'restore-clause', clauseId: 'c1' }, { type: 'remove-clause', clauseId: 'gone' }] }],
    [
      'a batch that cancels out',
      { type: 'batch', actions: [{ type: 'add-clause', at: { sectionId: s1, index: 0 }, text: 'x', id: 'tmp' }, { type: 'remove-clause', clauseId: 'tmp' }] },
    ],
    ['edit an unknown clause', { type: 'edit-clause', clauseId: 'gone', text: 'x' }],
    ['note on an unknown clause', { type: 'set-note', clauseId: 'gone', note: 'x' }],
    ['restore an unknown clause', { type: 'restore-clause', clauseId: 'gone' }],
    ['remove an unknown clause', { type: 'remove-clause', clauseId: 'gone' }],
    ['move an unknown clause', { type: 'move-clause', clauseId: 'gone', to: { sectionId: s1, index: 0 } }],
    ['move a clause to an unknown section', { type: 'move-clause', clauseId: 'c1', to: { sectionId: 'gone', index: 0 } }],
    ['add to an unknown section', { type: 'add-clause', at: { sectionId: 'gone', index: 0 }, text: 'x' }],
    ['add a source clause to an unknown section', { type: 'add-source-clause', at: { sectionId: 'gone', index: 0 }, source: SOURCE_A }],
    ['add a clause with an id in use', { type: 'add-clause', at: { sectionId: s1, index: 0 }, text: 'x', id: 'c4' }],
    ['add a section with an id in use', { type: 'add-section', index: 0, heading: 'x', id: 'c1' }],
    ['rename an unknown section', { type: 'rename-section', sectionId: 'gone', heading: 'x' }],
    ['move an unknown section', { type: 'move-section', sectionId: 'gone', index: 0 }],
    ['remove an unknown section', { type: 'remove-section', sectionId: 'gone' }],
    ['an action type this version does not know', { type: 'split-clause', clauseId: 'c1' } as unknown as DraftAction],
    ['text over the length limit', { type: 'edit-clause', clauseId: 'c1', text: 'x'.repeat(DRAFT_LIMITS.textChars + 1) }],
  ]
  it.each(noOps)('%s', (_, action) => {
    expect(apply(action)).toBe(base)
  })

  it('a clause past the clause limit is not added', () => {
    const c = testContext()
    const full = applyDraftAction(
      createDraft(c),
      { type: 'batch', actions: Array.from({ length: DRAFT_LIMITS.clauses }, () => ({ type: 'add-clause', at: { sectionId: 'id-2', index: 0 }, text: '' }) as const) },
      c,
    )
    expect(full.sections[0]!.clauses).toHaveLength(DRAFT_LIMITS.clauses)
    expect(applyDraftAction(full, { type: 'add-clause', at: { sectionId: 'id-2', index: 0 }, text: 'one more' }, c)).toBe(full)
  })
})

describe('immutability', () => {
  const every: DraftAction[] = [
    { type: 'add-source-clause', at: { sectionId: s1, index: 1 }, source: SOURCE_B },
    { type: 'add-clause', at: { sectionId: 's2', index: 0 }, text: 'x' },
    { type: 'edit-clause', clauseId: 'c1', text: 'y' },
    { type: 'restore-clause', clauseId: 'c2' },
    { type: 'set-note', clauseId: 'c3', note: 'n' },
    { type: 'move-clause', clauseId: 'c1', to: { sectionId: s1, index: 2 } },
    { type: 'move-clause', clauseId: 'c1', to: { sectionId: 's2', index: 0 } },
    { type: 'remove-clause', clauseId: 'c2' },
    { type: 'add-section', index: 0, heading: 'h' },
    { type: 'rename-section', sectionId: 's2', heading: 'h' },
    { type: 'move-section', sectionId: 's2', index: 0 },
    { type: 'remove-section', sectionId: s1 },
    { type: 'set-metadata', metadata: { title: 't', reviewDue: '2026-01-01' } },
    addSourceClauses({ sectionId: 's2', index: 1 }, [SOURCE_A, SOURCE_B]),
  ]
  it.each(every.map((a) => [a.type, a] as const))('%s never mutates the frozen draft or the action', (_, action) => {
    const before = structuredClone(base)
    const frozenAction = deepFreeze(structuredClone(action))
    const next = applyDraftAction(base, frozenAction, testContext())
    expect(next).not.toBe(base)
    expect(base).toEqual(before)
    expect(next).not.toEqual(base)
  })

  it('every one of these actions is valid by the request schema', () => {
    for (const action of every) expect(draftActionSchema.safeParse(action).success).toBe(true)
  })

  it('the request schema refuses malformed actions', () => {
    expect(draftActionSchema.safeParse({ type: 'edit-clause', clauseId: 'c1' }).success).toBe(false)
    expect(draftActionSchema.safeParse({ type: 'remove-clause', clauseId: '__proto__' }).success).toBe(false)
    expect(draftActionSchema.safeParse({ type: 'set-metadata', metadata: { updatedAt: 'x' } }).success).toBe(false)
    expect(draftActionSchema.safeParse({ type: 'batch', actions: [{ type: 'batch', actions: [] }] }).success).toBe(false)
    expect(draftActionSchema.safeParse({ type: 'add-section', index: -1, heading: '' }).success).toBe(false)
  })
})

/**
 * Clause levels: clause, sub-clause, sub-sub-clause. The numbering table both the pane and the
 * Word export read, indent and outdent as undoable actions, levels kept from a source, in
 * recipes, and drafts saved before levels existed reading as level 1.
 */
import { describe, expect, it } from 'vitest'
import {
  addSourceClauses,
  applyDraftAction,
  composeDraft,
  createHistory,
  dispatch,
  draftActionSchema,
  draftLabels,
  effectiveLevels,
  formatCounter,
  formatNumber,
  parseDraftFile,
  parseRecipe,
  serializeDraftFile,
  undo,
  undoLabel,
  withClauseLevels,
} from '../../src/shared/draft'
import type { Draft } from '../../src/shared/model'
import { sampleDraft, SOURCE_A, testContext } from './support'

/** Section 1 holds c1..c3 as clause, sub-clause, sub-sub-clause, then c4 a clause, c5 its sub-clause. */
function leveled(): Draft {
  const ctx = testContext()
  const draft = sampleDraft(ctx)
  const s1 = draft.sections[0]!.id
  return applyDraftAction(
    draft,
    {
      type: 'batch',
      actions: [
        { type: 'indent-clause', clauseId: 'c2' },
        { type: 'indent-clause', clauseId: 'c3' },
        { type: 'indent-clause', clauseId: 'c3' },
        { type: 'add-clause', at: { sectionId: s1, index: 3 }, text: 'Fourth.', id: 'c5' },
        { type: 'add-clause', at: { sectionId: s1, index: 4 }, text: 'Under the fourth.', id: 'c6', level: 2 },
      ],
    },
    ctx,
  )
}

describe('the numbering table', () => {
  it('writes counters as Word does', () => {
    expect([1, 2, 26, 27, 28].map((n) => formatCounter(n, 'lowerLetter'))).toEqual(['a', 'b', 'z', 'aa', 'bb'])
    expect([1, 4, 9, 14, 40].map((n) => formatCounter(n, 'lowerRoman'))).toEqual(['i', 'iv', 'ix', 'xiv', 'xl'])
    expect(formatCounter(12, 'decimal')).toBe('12')
  })

  it('gives each scheme its numbers for section, clause, sub-clause and sub-sub-clause', () => {
    const counters = [2, 3, 1, 4]
    const at = (scheme: 'decimal' | 'legal' | 'alpha') => [1, 2, 3, 4].map((n) => formatNumber(scheme, counters.slice(0, n)))
    expect(at('decimal')).toEqual(['2', '2.3', '2.3.1', '2.3.1.4'])
    expect(at('legal')).toEqual(['2', '2.3', '2.3.1', '(d)'])
    expect(at('alpha')).toEqual(['2', '2.3', '(a)', '(iv)'])
  })

  it('never numbers a sub-clause without a parent', () => {
    expect(effectiveLevels([3, 3, 1, 3, 2, undefined])).toEqual([1, 2, 1, 2, 2, 1])
  })
})

describe('draftLabels with levels', () => {
  it('numbers sub-clauses within their clause, in each scheme', () => {
    const draft = leveled()
    expect({ ...draftLabels(draft).clauses }).toEqual({ c1: '1.1', c2: '1.1.1', c3: '1.1.1.1', c5: '1.2', c6: '1.2.1', c4: '2.1' })
    expect({ ...draftLabels(draft, 'legal').clauses }).toEqual({ c1: '1.1', c2: '1.1.1', c3: '(a)', c5: '1.2', c6: '1.2.1', c4: '2.1' })
    expect({ ...draftLabels(draft, 'alpha').clauses }).toEqual({ c1: '1.1', c2: '(a)', c3: '(i)', c5: '1.2', c6: '(a)', c4: '2.1' })
  })
})

describe('indent and outdent', () => {
  it('go one level at a time, never below the clause before, never past 3 or above 1', () => {
    const ctx = testContext()
    const draft = sampleDraft(ctx)
    const level = (d: Draft, id: string) => d.sections.flatMap((s) => s.clauses).find((c) => c.id === id)!.level
    expect(applyDraftAction(draft, { type: 'indent-clause', clauseId: 'c1' }, ctx)).toBe(draft)
    expect(applyDraftAction(draft, { type: 'outdent-clause', clauseId: 'c2' }, ctx)).toBe(draft)
    const once = applyDraftAction(draft, { type: 'indent-clause', clauseId: 'c2' }, ctx)
    expect(level(once, 'c2')).toBe(2)
    expect(applyDraftAction(once, { type: 'indent-clause', clauseId: 'c2' }, ctx)).toBe(once)
    const deepest = leveled()
    expect(level(deepest, 'c3')).toBe(3)
    expect(applyDraftAction(deepest, { type: 'indent-clause', clauseId: 'c3' }, ctx)).toBe(deepest)
    expect(level(applyDraftAction(deepest, { type: 'outdent-clause', clauseId: 'c3' }, ctx), 'c3')).toBe(2)
  })

  it('are undoable steps the Edit menu names', () => {
    const ctx = testContext()
    let history = createHistory(sampleDraft(ctx))
    history = dispatch(history, { type: 'indent-clause', clauseId: 'c2' }, ctx)
    expect(undoLabel(history)).toBe('Undo: indent clause 1.2')
    history = dispatch(history, { type: 'outdent-clause', clauseId: 'c2' }, ctx)
    expect(undoLabel(history)).toBe('Undo: outdent clause 1.1.1')
    history = undo(undo(history))
    expect(history.present.sections[0]!.clauses[1]!.level).toBe(1)
  })

  it('are in the action schema, and add actions take a level of 1 to 3 only', () => {
    expect(draftActionSchema.safeParse({ type: 'indent-clause', clauseId: 'c2' }).success).toBe(true)
    expect(draftActionSchema.safeParse({ type: 'outdent-clause', clauseId: 'c2' }).success).toBe(true)
    const add = (level: unknown) => ({ type: 'add-clause', at: { sectionId: 's', index: 0 }, text: 'x', level })
    expect(draftActionSchema.safeParse(add(2)).success).toBe(true)
    expect(draftActionSchema.safeParse(add(4)).success).toBe(false)
    expect(draftActionSchema.safeParse(add('2')).success).toBe(false)
  })
})

describe('levels from a source', () => {
  it('keep each clause level relative to the clause it sat under', () => {
    const refs = [0, 1, 2, 1, 0].map((level, i) => ({ ...SOURCE_A, clauseId: `a.${i}`, level }))
    const batch = addSourceClauses({ sectionId: 's', index: 0 }, refs)
    expect(batch.actions.map((a) => (a.type === 'add-source-clause' ? a.level : null))).toEqual([1, 2, 3, 2, 1])
    // A batch of list items only: the shallowest is a clause, or the level the author asked for.
    const items = [2, 3, 2].map((level, i) => ({ ...SOURCE_A, clauseId: `b.${i}`, level }))
    expect(addSourceClauses({ sectionId: 's', index: 0 }, items).actions.map((a) => (a.type === 'add-source-clause' ? a.level : null))).toEqual([1, 2, 1])
    expect(addSourceClauses({ sectionId: 's', index: 0 }, items, undefined, 2).actions.map((a) => (a.type === 'add-source-clause' ? a.level : null))).toEqual([2, 3, 2])
  })
})

describe('levels in recipes', () => {
  it('take "level": 2 and 3; other values are named errors', () => {
    const text = JSON.stringify({ title: 'T', sections: [{ heading: 'H', clauses: [{ text: 'One.' }, { text: 'One (a).', level: 2 }, { text: 'One (a)(i).', level: 3 }] }] })
    const draft = composeDraft(parseRecipe(text, 'r.json'), () => SOURCE_A, testContext())
    expect(draft.sections[0]!.clauses.map((c) => c.level)).toEqual([1, 2, 3])
    expect(Object.values(draftLabels(draft, 'alpha').clauses)).toEqual(['1.1', '(a)', '(i)'])
    const bad = JSON.stringify({ title: 'T', sections: [{ heading: 'H', clauses: [{ text: 'x', level: 4 }] }] })
    expect(() => parseRecipe(bad, 'r.json')).toThrow(/sections\[0\]\.clauses\[0\]\.level/)
  })
})

describe('drafts saved before levels', () => {
  it('open from a draft file as level 1, silently; a level the app cannot use is a reported repair', () => {
    const draft = leveled()
    const text = serializeDraftFile(draft, [])
    expect(parseDraftFile(text, 'd.json').draft).toEqual(draft)
    const file = JSON.parse(text)
    for (const s of file.draft.sections) for (const c of s.clauses) delete c.level
    const old = parseDraftFile(JSON.stringify(file), 'd.json')
    expect(old.repairs).toEqual([])
    expect(old.draft.sections.flatMap((s) => s.clauses.map((c) => c.level))).toEqual([1, 1, 1, 1, 1, 1])
    file.draft.sections[0].clauses[0].level = 7
    expect(parseDraftFile(JSON.stringify(file), 'd.json').repairs).toEqual([
      'Replaced 1 value Policy Workbench cannot use: draft.sections[0].clauses[0].level (7 is not a level 1, 2 or 3; set to 1).',
    ])
  })

  it('read from workspace JSON as level 1 (withClauseLevels), the same object when nothing is missing', () => {
    const draft = leveled()
    expect(withClauseLevels(draft)).toBe(draft)
    const stored = JSON.parse(JSON.stringify(draft)) as Draft
    delete (stored.sections[0]!.clauses[1] as Partial<Draft['sections'][0]['clauses'][0]>).level
    expect(withClauseLevels(stored).sections[0]!.clauses.map((c) => c.level)).toEqual([1, 1, 3, 1, 2])
  })
})

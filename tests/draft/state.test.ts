/** Derived state: each clause's state against its source, the printed numbers, the summary. */
import { describe, expect, it } from 'vitest'
import { applyDraftAction, clauseState, draftLabels, stateCounts, summariseDraft } from '../../src/shared/draft'
import type { DraftClause } from '../../src/shared/model'
import { sampleDraft, SOURCE_A, testContext } from './support'

const origin = { sourceId: SOURCE_A.sourceId, clauseId: SOURCE_A.clauseId, sourceTitle: SOURCE_A.sourceTitle, label: '4.2', originalText: 'Do not share  anything\nyou learn at work.' }
const withText = (text: string, o: DraftClause['origin'] | null = origin): DraftClause => (o ? { id: 'c', text, note: '', level: 1, origin: o } : { id: 'c', text, note: '', level: 1 })

describe('clauseState', () => {
  it('is new without an origin, whatever the text', () => {
    expect(clauseState(withText('Anything.', null))).toBe('new')
    expect(clauseState(withText('', null))).toBe('new')
  })

  it('is verbatim when the text is the source text, whitespace aside', () => {
    expect(clauseState(withText('Do not share  anything\nyou learn at work.'))).toBe('verbatim')
    expect(clauseState(withText('  Do not share anything you learn\tat work. '))).toBe('verbatim')
  })

  it('is adapted when any word or character differs', () => {
    expect(clauseState(withText('Do not share anything you learn at work!'))).toBe('adapted')
    expect(clauseState(withText('do not share anything you learn at work.'))).toBe('adapted')
    expect(clauseState(withText(''))).toBe('adapted')
  })

  it('follows edits and restores', () => {
    const ctx = testContext()
    const draft = sampleDraft(ctx)
    const states = (d: typeof draft) => d.sections.flatMap((s) => s.clauses.map(clauseState))
    expect(states(draft)).toEqual(['verbatim', 'adapted', 'new', 'verbatim'])
    const restored = applyDraftAction(draft, { type: 'restore-clause', clauseId: 'c2' }, ctx)
    expect(states(restored)).toEqual(['verbatim', 'verbatim', 'new', 'verbatim'])
    expect(stateCounts(draft)).toEqual({ verbatim: 2, adapted: 1, new: 1 })
  })
})

describe('draftLabels', () => {
  it('numbers sections from 1 and clauses within them, as the Word export will', () => {
    const draft = sampleDraft()
    const labels = draftLabels(draft)
    expect({ ...labels.sections }).toEqual({ [draft.sections[0]!.id]: '1', s2: '2' })
    expect({ ...labels.clauses }).toEqual({ c1: '1.1', c2: '1.2', c3: '1.3', c4: '2.1' })
  })

  it('renumbers after a move, and empty sections keep their number', () => {
    const ctx = testContext()
    let draft = sampleDraft(ctx)
    draft = applyDraftAction(draft, { type: 'add-section', index: 0, heading: '', id: 'empty' }, ctx)
    draft = applyDraftAction(draft, { type: 'move-clause', clauseId: 'c1', to: { sectionId: 's2', index: 1 } }, ctx)
    const labels = draftLabels(draft)
    expect(labels.sections.empty).toBe('1')
    expect({ ...labels.clauses }).toEqual({ c2: '2.1', c3: '2.2', c4: '3.1', c1: '3.2' })
  })

  it('finds nothing for ids that are not there, even ones named like Object members', () => {
    const labels = draftLabels(sampleDraft())
    expect(labels.clauses.constructor).toBeUndefined()
    expect(labels.clauses.toString).toBeUndefined()
  })
})

describe('summariseDraft', () => {
  it('gives the draft list its line', () => {
    const draft = sampleDraft()
    expect(summariseDraft(draft, 2)).toEqual({
      id: draft.id,
      title: 'Staff social media policy',
      version: '0.1',
      status: 'draft',
      updatedAt: draft.metadata.updatedAt,
      clauseCount: 4,
      versionCount: 2,
    })
  })
})

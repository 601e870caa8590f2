import { describe, expect, it } from 'vitest'
import { applyDraftAction } from '../../src/shared/draft'
import { addedClauseIds, draftMarks, draftOutline, dropDraftClause, dropPosition, dropSourceClause, firstWords, outlineKeyMove, placeFromPointer } from '../../src/renderer/src/state/draft-outline'
import { sampleDraft } from './support/sample-draft'

const ctx = { newId: () => 'new', now: () => '2026-11-30T12:00:00.000Z' }
const order = (d: ReturnType<typeof sampleDraft>): string[][] => d.sections.map((s) => s.clauses.map((c) => c.id))

describe('the draft outline', () => {
  it('lists sections and clauses with the numbers Word prints, levels and first words', () => {
    const outline = draftOutline(sampleDraft())
    expect(outline.map((s) => [s.number, s.heading])).toEqual([['1', 'Elections'], ['2', 'Our own rules']])
    expect(outline[0]!.clauses.map((c) => [c.number, c.level, c.state])).toEqual([['1.1', 1, 'verbatim'], ['1.1.1', 2, 'adapted']])
    expect(outline[1]!.clauses[0]).toMatchObject({ number: '2.1', words: 'Staff tell their manager before they speak for…', state: 'new' })
    expect(firstWords('   ')).toBe('(empty)')
  })

  it('marks the source clauses the draft holds with their draft numbers', () => {
    expect({ ...draftMarks(sampleDraft()) }).toEqual({ 'src:7.1': '1.1', 'src:7.2': '1.1.1' })
  })

  it('moves a clause a step with Alt+Up/Down, across sections at the edges, and ignores other keys', () => {
    const draft = sampleDraft()
    const up = outlineKeyMove(draft, 'c3', { key: 'ArrowUp', altKey: true })!
    expect(order(applyDraftAction(draft, up, ctx))).toEqual([['c1', 'c2', 'c3'], []])
    const down = outlineKeyMove(draft, 'c1', { key: 'ArrowDown', altKey: true })!
    expect(order(applyDraftAction(draft, down, ctx))).toEqual([['c2', 'c1'], ['c3']])
    expect(outlineKeyMove(draft, 'c1', { key: 'ArrowUp', altKey: true })).toBeNull() // the draft's first clause
    expect(outlineKeyMove(draft, 'c1', { key: 'ArrowDown', altKey: false })).toBeNull()
  })

  it('works out where a drop lands: before or after a clause, or at a section\'s end', () => {
    const draft = sampleDraft()
    expect(dropPosition(draft, { clauseId: 'c2', place: 'before' })).toEqual({ sectionId: draft.sections[0]!.id, index: 1 })
    expect(dropPosition(draft, { clauseId: 'c2', place: 'after' })).toEqual({ sectionId: draft.sections[0]!.id, index: 2 })
    expect(dropPosition(draft, { sectionId: 's2' })).toEqual({ sectionId: 's2', index: 1 })
    expect(dropPosition(draft, { clauseId: 'gone', place: 'after' })).toBeNull()
    expect(placeFromPointer(10, { top: 0, height: 40 })).toBe('before')
    expect(placeFromPointer(30, { top: 0, height: 40 })).toBe('after')
  })

  it('adds a dropped source clause there, with its provenance', () => {
    const draft = sampleDraft()
    const ref = { sourceId: 'n', sourceTitle: 'Northmoor', clauseId: 'n:2', label: '2', text: 'Be kind.' }
    const after = applyDraftAction(draft, dropSourceClause(draft, ref, { clauseId: 'c1', place: 'after' })!, ctx)
    expect(order(after)).toEqual([['c1', 'new', 'c2'], ['c3']])
    expect(after.sections[0]!.clauses[1]!.origin).toMatchObject({ sourceTitle: 'Northmoor', clauseId: 'n:2', originalText: 'Be kind.' })
  })

  it('moves a dragged draft clause to where it is dropped, counting without itself', () => {
    const draft = sampleDraft()
    expect(order(applyDraftAction(draft, dropDraftClause(draft, 'c1', { clauseId: 'c2', place: 'after' })!, ctx))).toEqual([['c2', 'c1'], ['c3']])
    expect(order(applyDraftAction(draft, dropDraftClause(draft, 'c3', { clauseId: 'c1', place: 'before' })!, ctx))).toEqual([['c3', 'c1', 'c2'], []])
    expect(dropDraftClause(draft, 'c1', { clauseId: 'c1', place: 'after' })).toBeNull()
    expect(dropDraftClause(draft, 'c1', { clauseId: 'c2', place: 'before' })).toBeNull() // its own place
  })

  it('notices the clauses a change added, but not a draft just opened', () => {
    const draft = sampleDraft()
    expect(addedClauseIds({ draftId: draft.id, ids: ['c1', 'c3'] }, draft)).toEqual(['c2'])
    expect(addedClauseIds({ draftId: 'other', ids: [] }, draft)).toEqual([])
    expect(addedClauseIds(null, draft)).toEqual([])
  })
})

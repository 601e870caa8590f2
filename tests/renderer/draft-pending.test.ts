/**
 * A new clause or section of one's own, written in before the service has saved it (issue 10):
 * where the pending item shows and how it is numbered, how the words typed meanwhile follow
 * the saved item, and what a refusal says. The typing itself is proved end to end in
 * tests/e2e/draft-typeahead.e2e.test.ts, against a slowed service.
 */
import { describe, expect, it } from 'vitest'
import { applyDraftAction, draftLabels } from '../../src/shared/draft'
import { draftOutline } from '../../src/renderer/src/state/draft-outline'
import { draftFacts, insertAction, pendingClause, pendingSection, refused, retried, settle, typedInto, withPending } from '../../src/renderer/src/state/draft-pending'
import { sampleDraft } from './support/sample-draft'

// What the service does with the action: the same reducer, its own clock.
const serviceCtx = { newId: () => 'made-by-the-service', now: () => '2026-12-02T03:00:00.000Z' }
const order = (d: ReturnType<typeof sampleDraft>): string[][] => d.sections.map((s) => s.clauses.map((c) => c.id))

describe('a pending insert', () => {
  it('is shown at once where the service will put it, numbered as it will be', () => {
    const draft = sampleDraft()
    const s1 = draft.sections[0]!.id
    const pending = pendingClause('mine', { sectionId: s1, index: 1 })
    const shown = withPending(draft, pending)
    expect(order(shown)).toEqual([['c1', 'mine', 'c2'], ['c3']])
    expect(draftLabels(shown).clauses['mine']).toBe('1.2')
    // The outline shows it too.
    expect(draftOutline(shown)[0]!.clauses.map((c) => c.number)).toEqual(['1.1', '1.2', '1.2.1'])
    // Exactly what the service saves, with the id the action carries.
    expect(order(applyDraftAction(draft, pending.action, serviceCtx))).toEqual(order(shown))
    // Its time is the saved draft's: nothing that watches updatedAt sees a change.
    expect(shown.metadata.updatedAt).toBe(draft.metadata.updatedAt)
    expect(withPending(draft, null)).toBe(draft)
  })

  it('shows a new section at the end with no heading, numbered next', () => {
    const draft = sampleDraft()
    const shown = withPending(draft, pendingSection('s3', draft.sections.length))
    expect(shown.sections.map((s) => [s.id, s.heading])).toEqual([[draft.sections[0]!.id, 'Elections'], ['s2', 'Our own rules'], ['s3', '']])
    expect(draftLabels(shown).sections['s3']).toBe('3')
  })

  it('keeps the words typed into it, and only into it', () => {
    const pending = pendingClause('mine', { sectionId: 's2', index: 1 })
    expect(typedInto(pending, 'mine', 'Staff')?.typed).toBe('Staff')
    expect(typedInto(pending, 'other', 'Staff')).toBe(pending)
    expect(typedInto(null, 'mine', 'Staff')).toBeNull()
  })
})

describe('settling a pending insert when the service answers', () => {
  it('sends the words typed meanwhile as the usual edit of the saved clause', () => {
    const draft = sampleDraft()
    const pending = typedInto(pendingClause('mine', { sectionId: 's2', index: 1 }), 'mine', 'Staff tell their manager.')!
    const saved = applyDraftAction(draft, pending.action, serviceCtx)
    const settled = settle(pending, saved)
    expect(settled).toEqual({ saved: true, followUp: { type: 'edit-clause', clauseId: 'mine', text: 'Staff tell their manager.' } })
    // Applied, the saved clause has every letter.
    if (!settled.saved) throw new Error('unreachable')
    const after = applyDraftAction(saved, settled.followUp!, serviceCtx)
    expect(after.sections[1]!.clauses[1]).toMatchObject({ id: 'mine', text: 'Staff tell their manager.' })
  })

  it('sends nothing more when nothing was typed', () => {
    const draft = sampleDraft()
    const pending = pendingClause('mine', { sectionId: 's2', index: 1 })
    expect(settle(pending, applyDraftAction(draft, pending.action, serviceCtx))).toEqual({ saved: true, followUp: null })
  })

  it('sends a new section\'s heading as the usual rename', () => {
    const draft = sampleDraft()
    const pending = typedInto(pendingSection('s3', 2), 's3', 'Using social media at work')!
    const saved = applyDraftAction(draft, pending.action, serviceCtx)
    expect(settle(pending, saved)).toEqual({ saved: true, followUp: { type: 'rename-section', sectionId: 's3', heading: 'Using social media at work' } })
  })

  it('is a refusal when the saved draft has no such item (the reducer declined it)', () => {
    const draft = sampleDraft()
    // Its section was removed meanwhile: the reducer adds nothing.
    const pending = typedInto(pendingClause('mine', { sectionId: 'gone', index: 0 }), 'mine', 'Staff tell their manager.')!
    const settled = settle(pending, applyDraftAction(draft, pending.action, serviceCtx))
    expect(settled).toEqual({ saved: false, reason: 'The draft has no room for the new clause.' })
  })
})

describe('the words typed into a pending insert (issue 10: the outline showed "(empty)")', () => {
  it('are shown in the draft as the author sees it, so the outline shows them as they are typed', () => {
    const draft = sampleDraft()
    const s1 = draft.sections[0]!.id
    const pending = pendingClause('mine', { sectionId: s1, index: 1 })
    expect(draftOutline(withPending(draft, pending))[0]!.clauses[1]).toMatchObject({ id: 'mine', words: '(empty)' })
    const typed = typedInto(pending, 'mine', 'Staff keep personal accounts private.')!
    expect(draftOutline(withPending(draft, typed))[0]!.clauses[1]).toMatchObject({ id: 'mine', number: '1.2', words: 'Staff keep personal accounts private.' })
    // A new section's heading likewise.
    const section = typedInto(pendingSection('s3', 2), 's3', 'Personal use')!
    expect(draftOutline(withPending(draft, section))[2]).toMatchObject({ id: 's3', number: '3', heading: 'Personal use' })
  })
})

describe('a refused insert (issue 10: its words must not be lost)', () => {
  it('keeps its words and says why, once, and that they are kept', () => {
    const pending = typedInto(pendingClause('mine', { sectionId: 's2', index: 1 }), 'mine', 'Staff tell')!
    const kept = refused(pending, 'The disk is full: the draft could not be saved.')
    expect(kept).toMatchObject({ id: 'mine', typed: 'Staff tell', refused: 'The new clause was not saved. The disk is full: the draft could not be saved. Your words are kept in it. Try again, or discard it.' })
    expect(refused(pendingSection('s3', 2), 'Could not reach the workbench').refused).toBe('The new section was not saved. Could not reach the workbench. Try again, or discard it.')
    // Still shown where it was, with its words.
    const draft = sampleDraft()
    expect(withPending(draft, kept).sections[1]!.clauses.map((c) => [c.id, c.text])).toEqual([['c3', draft.sections[1]!.clauses[0]!.text], ['mine', 'Staff tell']])
    expect(retried(kept)).toEqual({ ...kept, refused: null })
  })

  it('is tried again with its words in the insert itself (one step, nothing to follow), where it is shown', () => {
    const draft = sampleDraft()
    const kept = refused(typedInto(pendingClause('mine', { sectionId: 's2', index: 1 }), 'mine', 'Staff tell their manager.')!, 'Busy')
    const action = insertAction(draft, retried(kept))
    expect(action).toEqual({ type: 'add-clause', at: { sectionId: 's2', index: 1 }, text: 'Staff tell their manager.', id: 'mine' })
    const saved = applyDraftAction(draft, action, serviceCtx)
    expect(saved.sections[1]!.clauses[1]).toMatchObject({ id: 'mine', text: 'Staff tell their manager.' })
    expect(settle(retried(kept), saved)).toEqual({ saved: true, followUp: null })
  })

  it('whose section went meanwhile is still shown, and tried again, at the end of the last section', () => {
    const draft = sampleDraft()
    const orphan = refused(typedInto(pendingClause('mine', { sectionId: 'gone', index: 0 }), 'mine', 'Keep me.')!, 'No room')
    expect(insertAction(draft, orphan)).toMatchObject({ at: { sectionId: 's2', index: 1 }, text: 'Keep me.' })
    expect(withPending(draft, orphan).sections.at(-1)!.clauses.at(-1)).toMatchObject({ id: 'mine', text: 'Keep me.' })
    const heading = refused(typedInto(pendingSection('s3', 9), 's3', 'Personal use')!, 'No room')
    expect(insertAction(draft, heading)).toEqual({ type: 'add-section', index: 9, heading: 'Personal use', id: 's3' })
  })

  it('is not counted in the draft\'s counts, which name it apart; a waiting one is counted where it is shown', () => {
    const draft = sampleDraft()
    const before = draftFacts(draft, null)
    const waiting = typedInto(pendingClause('mine', { sectionId: 's2', index: 1 }), 'mine', 'Staff tell')!
    const kept = refused(waiting, 'Busy')
    expect(draftFacts(draft, kept)).toBe(`${before}; 1 new clause not saved`)
    expect(draftFacts(draft, waiting)).toBe(draftFacts(withPending(draft, waiting), null))
    expect(draftFacts(draft, waiting)).not.toBe(before)
    expect(draftFacts(draft, refused(pendingSection('s3', 2), 'Busy'))).toBe(`${before}; 1 new section not saved`)
  })
})

/**
 * Drafts for the export tests: a small policy with sections, sub-clauses, clauses verbatim,
 * adapted and new, notes, emphasis and a link; and one of any size for the benchmark.
 */
import { applyDraftAction, createDraft, type DraftContext, type SimpleDraftAction } from '../../../src/shared/draft'
import type { Draft } from '../../../src/shared/model'

export function fixedContext(): DraftContext {
  let n = 0
  return { newId: () => `id-${++n}`, now: () => '2026-03-01T09:00:00.000Z' }
}

const NORTHMOOR = { sourceId: 'a'.repeat(64), sourceTitle: 'Northmoor District Council: Social Media Policy' }

export function policyDraft(): Draft {
  const ctx = fixedContext()
  const draft = createDraft(ctx, {
    title: 'Staff social media policy',
    organisation: 'Eastbrook Borough Council',
    version: '0.3',
    status: 'consultation',
    owner: 'Jo Brown, Digital Officer',
    approver: 'Head of HR',
    committee: 'Staffing Committee',
    reviewDue: '2027-03-31',
  })
  const s1 = draft.sections[0]!.id
  const actions: SimpleDraftAction[] = [
    { type: 'rename-section', sectionId: s1, heading: 'Your own accounts' },
    { type: 'add-source-clause', id: 'c1', at: { sectionId: s1, index: 0 }, source: { ...NORTHMOOR, clauseId: 'a.7', label: '4.2', text: 'Do not share anything you have learned at work that has not been made public.' } },
    { type: 'add-source-clause', id: 'c2', at: { sectionId: s1, index: 1 }, level: 2, source: { ...NORTHMOOR, clauseId: 'a.8', label: '4.3', text: 'Do not make offensive remarks about colleagues.' } },
    { type: 'edit-clause', clauseId: 'c2', text: 'Do not make offensive or insulting remarks about colleagues or councillors.' },
    { type: 'add-clause', id: 'c3', at: { sectionId: s1, index: 2 }, level: 3, text: 'This includes remarks made in **private** groups.' },
    { type: 'add-clause', id: 'c4', at: { sectionId: s1, index: 3 }, text: 'Tell your manager if a post about you causes concern.' },
    { type: 'set-note', clauseId: 'c4', note: 'HR to confirm the route.' },
    { type: 'add-section', id: 's2', index: 1, heading: 'Elections' },
    { type: 'add-clause', id: 'c5', at: { sectionId: 's2', index: 0 }, text: 'Follow the [national guidance](https://www.gov.uk/guidance) during an election period.' },
    { type: 'add-clause', id: 'c6', at: { sectionId: 's2', index: 1 }, level: 2, text: 'Do not like or share posts by candidates.' },
    { type: 'add-clause', id: 'c7', at: { sectionId: 's2', index: 2 }, level: 2, text: 'Ask the elections team if unsure.' },
  ]
  return applyDraftAction(draft, { type: 'batch', actions }, ctx)
}

/** `n` clauses in sections of 20, every fifth a sub-clause: for the benchmark. */
export function largeDraft(n: number): Draft {
  const ctx = fixedContext()
  let draft = createDraft(ctx, { title: `Policy of ${n} clauses`, organisation: 'Eastbrook Borough Council' })
  const actions: SimpleDraftAction[] = [{ type: 'rename-section', sectionId: draft.sections[0]!.id, heading: 'Section 1' }]
  let sectionId = draft.sections[0]!.id
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % 20 === 0) {
      sectionId = `s${i}`
      actions.push({ type: 'add-section', id: sectionId, index: i / 20, heading: `Section ${i / 20 + 1}` })
    }
    actions.push({ type: 'add-clause', at: { sectionId, index: i % 20 }, level: i % 5 === 4 ? 2 : 1, text: `Clause ${i + 1}: staff must use social media responsibly, protect personal data and respect colleagues at all times.` })
  }
  draft = applyDraftAction(draft, { type: 'batch', actions }, ctx)
  return draft
}

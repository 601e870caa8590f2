/** Shared by the draft tests: a deterministic context, a small sample draft, deep freezing. */
import { applyDraftAction, createDraft, type DraftAction, type DraftContext, type SourceClauseRef } from '../../src/shared/draft'
import type { Draft } from '../../src/shared/model'

/** Ids "id-1", "id-2", ...; a clock that moves one second per call, from 1 March 2025. */
export function testContext(prefix = 'id'): DraftContext & { ticks(): number } {
  let n = 0
  let t = Date.UTC(2025, 2, 1, 9, 0, 0)
  let calls = 0
  return {
    newId: () => `${prefix}-${++n}`,
    now: () => {
      calls++
      return new Date((t += 1000)).toISOString()
    },
    ticks: () => calls,
  }
}

export const SOURCE_A: SourceClauseRef = {
  sourceId: 'a'.repeat(64),
  sourceTitle: 'Northmoor District Council: Social Media Policy',
  clauseId: 'aaaaaaaaaaaaaaaa.7',
  label: '4.2',
  text: 'Do not share anything you have learned at work that has not been made public.',
}

export const SOURCE_B: SourceClauseRef = {
  sourceId: 'b'.repeat(64),
  sourceTitle: 'National guidance',
  clauseId: 'bbbbbbbbbbbbbbbb.3',
  label: null,
  text: 'Civil servants must not take part in political activity online.',
}

/**
 * Two sections: "Your own accounts" (s1) with a source clause c1, an adapted source clause c2
 * and a new clause c3; "Elections" (s2) with c4, a verbatim clause from the national guidance.
 */
export function sampleDraft(ctx: DraftContext = testContext()): Draft {
  const draft = createDraft(ctx, { title: 'Staff social media policy', organisation: 'Eastbrook Borough Council' })
  const s1 = draft.sections[0]!.id
  const actions: DraftAction = {
    type: 'batch',
    actions: [
      { type: 'rename-section', sectionId: s1, heading: 'Your own accounts' },
      { type: 'add-source-clause', at: { sectionId: s1, index: 0 }, source: SOURCE_A, id: 'c1' },
      { type: 'add-source-clause', at: { sectionId: s1, index: 1 }, source: { ...SOURCE_A, clauseId: 'aaaaaaaaaaaaaaaa.8', label: '4.3', text: 'Do not make offensive remarks about colleagues.' }, id: 'c2' },
      { type: 'edit-clause', clauseId: 'c2', text: 'Do not make offensive or insulting remarks about colleagues or councillors.' },
      { type: 'add-clause', at: { sectionId: s1, index: 2 }, text: 'Tell your manager if a post about you causes concern.', id: 'c3' },
      { type: 'add-section', index: 1, heading: 'Elections', id: 's2' },
      { type: 'add-source-clause', at: { sectionId: 's2', index: 0 }, source: SOURCE_B, id: 'c4' },
    ],
  }
  return applyDraftAction(draft, actions, ctx)
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

export const clauseIds = (draft: Draft): string[][] => draft.sections.map((s) => s.clauses.map((c) => c.id))

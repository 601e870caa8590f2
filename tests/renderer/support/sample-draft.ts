/** A small draft for the renderer's tests: two sections; a verbatim, an adapted sub-clause, and a new clause. */
import { applyDraftAction, createDraft, type DraftAction, type DraftContext } from '../../../src/shared/draft'
import type { Draft } from '../../../src/shared/model'

export function sampleDraft(): Draft {
  let n = 0
  const ctx: DraftContext = { newId: () => `id${++n}`, now: () => '2026-11-30T12:00:00.000Z' }
  let draft = createDraft(ctx, { title: 'Social media policy' })
  const s1 = draft.sections[0]!.id
  const steps: DraftAction[] = [
    { type: 'rename-section', sectionId: s1, heading: 'Elections' },
    { type: 'add-source-clause', at: { sectionId: s1, index: 0 }, id: 'c1', source: { sourceId: 'src', sourceTitle: 'Riverside Policy', clauseId: 'src:7.1', label: '7.1', text: 'In the period before an election, accounts stay neutral.' } },
    { type: 'add-source-clause', at: { sectionId: s1, index: 1 }, id: 'c2', level: 2, source: { sourceId: 'src', sourceTitle: 'Riverside Policy', clauseId: 'src:7.2', label: '7.2', text: 'Do not like posts by candidates.' } },
    { type: 'edit-clause', clauseId: 'c2', text: 'Never like or share posts by candidates.' },
    { type: 'add-section', index: 1, heading: 'Our own rules', id: 's2' },
    { type: 'add-clause', at: { sectionId: 's2', index: 0 }, id: 'c3', text: 'Staff tell their manager before they speak for the council online, on any platform at all.' },
  ]
  for (const step of steps) draft = applyDraftAction(draft, step, ctx)
  return draft
}

/** Adding source clauses to the open draft: where they go, as one step, and what is said. */
import { describe, expect, it } from 'vitest'
import { applyDraftAction, createDraft, type SourceClauseRef } from '../../src/shared/draft'
import { addToDraft, sourceClauseRef } from '../../src/renderer/src/state/add-to-draft'
import { testContext } from '../draft/support'

const source = { id: 's1', title: 'Riverside Policy' }
const ref = (n: number, label: string | null = `3.${n}`): SourceClauseRef => sourceClauseRef(source, { id: `s1:c${n}`, label, text: `Clause ${n}.` })

describe('addToDraft', () => {
  const ctx = testContext()
  const draft = createDraft(ctx)

  it('adds one clause at the end of the last section, saying which', () => {
    const add = addToDraft(draft, [ref(1)])!
    const section = draft.sections.at(-1)!
    expect(add.action).toEqual({ type: 'add-source-clause', at: { sectionId: section.id, index: section.clauses.length }, source: ref(1) })
    expect(add.message).toBe('Added clause 3.1 from Riverside Policy to the draft.')
  })

  it('says "a clause" for one printed without a number (it said "Added clause  from …")', () => {
    expect(addToDraft(draft, [ref(1, null)])!.message).toBe('Added a clause from Riverside Policy to the draft.')
  })

  it('adds a section of clauses as one undoable step, in order', () => {
    const add = addToDraft(draft, [ref(1), ref(2), ref(3)])!
    expect(add.action).toMatchObject({ type: 'batch', label: 'add 3 clauses of Riverside Policy' })
    expect(add.message).toBe('Added 3 clauses from Riverside Policy to the draft.')
    const after = applyDraftAction(draft, add.action, ctx)
    expect(after.sections.at(-1)!.clauses.map((c) => c.origin?.clauseId)).toEqual(['s1:c1', 's1:c2', 's1:c3'])
  })

  it('has nothing to do with no clauses or no section', () => {
    expect(addToDraft(draft, [])).toBeNull()
    expect(addToDraft({ ...draft, sections: [] }, [ref(1)])).toBeNull()
  })
})

describe('sourceClauseRef', () => {
  it('keeps what the draft needs for provenance', () => {
    expect(ref(7, null)).toEqual({ sourceId: 's1', sourceTitle: 'Riverside Policy', clauseId: 's1:c7', label: null, text: 'Clause 7.' })
  })
})

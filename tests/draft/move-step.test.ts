/** The draft pane's up and down arrows: one place in reading order, across section edges too. */
import { describe, expect, it } from 'vitest'
import { applyDraftAction, moveClauseStep } from '../../src/shared/draft'
import type { Draft } from '../../src/shared/model'
import { sampleDraft, testContext } from './support'

const ctx = testContext('m')
// s1: c1 c2 c3; s2: c4 (see support.ts)
const draft = sampleDraft()
const s1 = draft.sections[0]!.id
const order = (d: Draft): string[][] => d.sections.map((s) => s.clauses.map((c) => c.id))

describe('moveClauseStep', () => {
  it('moves a clause one place within its section', () => {
    expect(moveClauseStep(draft, 'c2', 'up')).toEqual({ type: 'move-clause', clauseId: 'c2', to: { sectionId: s1, index: 0 } })
    expect(moveClauseStep(draft, 'c2', 'down')).toEqual({ type: 'move-clause', clauseId: 'c2', to: { sectionId: s1, index: 2 } })
    expect(order(applyDraftAction(draft, moveClauseStep(draft, 'c2', 'down')!, ctx))).toEqual([['c1', 'c3', 'c2'], ['c4']])
  })

  it('crosses into the next section at its start, and into the previous one at its end', () => {
    const down = applyDraftAction(draft, moveClauseStep(draft, 'c3', 'down')!, ctx)
    expect(order(down)).toEqual([['c1', 'c2'], ['c3', 'c4']])
    const up = applyDraftAction(draft, moveClauseStep(draft, 'c4', 'up')!, ctx)
    expect(order(up)).toEqual([['c1', 'c2', 'c3', 'c4'], []])
  })

  it('enters an empty section on the way, rather than jumping over it', () => {
    const withEmpty = applyDraftAction(draft, { type: 'add-section', id: 'empty', index: 1, heading: 'Photos' }, ctx)
    expect(moveClauseStep(withEmpty, 'c3', 'down')).toEqual({ type: 'move-clause', clauseId: 'c3', to: { sectionId: 'empty', index: 0 } })
    expect(moveClauseStep(withEmpty, 'c4', 'up')).toEqual({ type: 'move-clause', clauseId: 'c4', to: { sectionId: 'empty', index: 0 } })
  })

  it('gives no step at the edges of the draft, or for a clause that is gone', () => {
    expect(moveClauseStep(draft, 'c1', 'up')).toBeNull()
    expect(moveClauseStep(draft, 'c4', 'down')).toBeNull()
    expect(moveClauseStep(draft, 'gone', 'up')).toBeNull()
  })

  it('walks a clause through the whole draft and back, one step at a time', () => {
    let d = draft
    const seen: string[][][] = []
    for (let action = moveClauseStep(d, 'c1', 'down'); action; action = moveClauseStep(d, 'c1', 'down')) seen.push(order((d = applyDraftAction(d, action, ctx))))
    expect(seen).toEqual([
      [['c2', 'c1', 'c3'], ['c4']],
      [['c2', 'c3', 'c1'], ['c4']],
      [['c2', 'c3'], ['c1', 'c4']],
      [['c2', 'c3'], ['c4', 'c1']],
    ])
    for (let action = moveClauseStep(d, 'c1', 'up'); action; action = moveClauseStep(d, 'c1', 'up')) d = applyDraftAction(d, action, ctx)
    expect(order(d)).toEqual([['c1', 'c2', 'c3'], ['c4']])
  })
})

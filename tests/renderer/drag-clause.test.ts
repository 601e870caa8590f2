import { describe, expect, it } from 'vitest'
import { CLAUSE_DRAG_TYPE, droppedClause, isClauseDrag, parseClauseRef, startClauseDrag } from '../../src/renderer/src/state/drag-clause'

/** A DataTransfer stand-in: vitest runs under Node, which has none. */
function transfer(): DataTransfer {
  const data = new Map<string, string>()
  return {
    setData: (t: string, v: string) => void data.set(t, v),
    getData: (t: string) => data.get(t) ?? '',
    get types() {
      return [...data.keys()]
    },
    effectAllowed: 'none',
  } as unknown as DataTransfer
}

const ref = { sourceId: 's1', sourceTitle: 'Cabinet Office', clauseId: 's1:3.2', label: '3.2', text: 'Be polite.', level: 1 }

describe('dragging a clause into the draft', () => {
  it('carries the clause reference as JSON under its own type, and its words as plain text', () => {
    const t = transfer()
    startClauseDrag(t, ref)
    expect(isClauseDrag(t)).toBe(true)
    expect(t.getData('text/plain')).toBe('Be polite.')
    expect(t.effectAllowed).toBe('copy')
    expect(droppedClause(t)).toEqual(ref)
    expect(t.getData(CLAUSE_DRAG_TYPE)).toBe(JSON.stringify(ref))
  })

  it('ignores drags that carry no clause', () => {
    const t = transfer()
    t.setData('text/plain', 'hello')
    expect(isClauseDrag(t)).toBe(false)
    expect(droppedClause(t)).toBeNull()
  })

  it('rejects malformed drop data instead of adding a broken clause', () => {
    expect(parseClauseRef('not json')).toBeNull()
    expect(parseClauseRef('null')).toBeNull()
    expect(parseClauseRef(JSON.stringify({ ...ref, clauseId: '' }))).toBeNull()
    expect(parseClauseRef(JSON.stringify({ ...ref, label: 3 }))).toBeNull()
    expect(parseClauseRef(JSON.stringify({ ...ref, extra: 'x', level: -1 }))).toEqual({ sourceId: 's1', sourceTitle: 'Cabinet Office', clauseId: 's1:3.2', label: '3.2', text: 'Be polite.' })
  })
})

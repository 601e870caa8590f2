import { describe, expect, it } from 'vitest'
import type { RowStatus } from '../../src/shared/model'
import { cursorReducer, cursorRows, differencePosition, initialCursor, keyToCursorAction, type CompareCursor, type CursorAction } from '../../src/renderer/src/state/compare-cursor'

// Rows 0..5 of a comparison: same, changed, same, only-b, same, moved.
const statuses: RowStatus[] = ['same', 'changed', 'same', 'only-b', 'same', 'moved']
const all = cursorRows(statuses.map((status, index) => ({ status, index })))
const run = (state: CompareCursor, ...actions: CursorAction[]): CompareCursor => actions.reduce(cursorReducer, state)

describe('compare keyboard model', () => {
  it('steps through every difference in order, and says when there is no further one', () => {
    const start = initialCursor(all)
    const seen: (number | null)[] = []
    let state = start
    for (let i = 0; i < 3; i++) {
      state = cursorReducer(state, { type: 'next-difference' })
      seen.push(state.current)
    }
    expect(seen).toEqual([1, 3, 5])
    expect(differencePosition(state)).toEqual({ n: 3, of: 3 })
    const past = cursorReducer(state, { type: 'next-difference' })
    expect(past.current).toBe(5)
    expect(past.notice).toBe('No more differences after this one.')
  })

  it('steps back through differences, from the end when nothing is current', () => {
    expect(run(initialCursor(all), { type: 'previous-difference' }).current).toBe(5)
    const state = run(initialCursor(all), { type: 'select', index: 4 }, { type: 'previous-difference' })
    expect(state.current).toBe(3)
    const first = run(state, { type: 'previous-difference' }, { type: 'previous-difference' })
    expect(first.current).toBe(1)
    expect(first.notice).toBe('No differences before this one.')
  })

  it('moves one row at a time with the arrow keys, stopping at either end, and jumps with Home and End', () => {
    expect(run(initialCursor(all), { type: 'move', by: 1 }).current).toBe(0)
    expect(run(initialCursor(all), { type: 'move', by: -1 }).current).toBe(5)
    expect(run(initialCursor(all), { type: 'first' }, { type: 'move', by: -1 }).current).toBe(0)
    expect(run(initialCursor(all), { type: 'last' }, { type: 'move', by: 1 }).current).toBe(5)
    expect(run(initialCursor(all), { type: 'select', index: 2 }, { type: 'move', by: 1 }).current).toBe(3)
    // A row that is not a difference is not counted among them.
    expect(differencePosition(run(initialCursor(all), { type: 'select', index: 2 }))).toBeNull()
  })

  it('keeps the current row when a filter hides others, or takes the next shown one', () => {
    const onlyDifferences = all.filter((r) => r.difference)
    expect(run(initialCursor(all), { type: 'select', index: 3 }, { type: 'rows', rows: onlyDifferences }).current).toBe(3)
    expect(run(initialCursor(all), { type: 'select', index: 4 }, { type: 'rows', rows: onlyDifferences }).current).toBe(5)
    expect(run(initialCursor(all), { type: 'select', index: 5 }, { type: 'rows', rows: [all[0]!] }).current).toBe(0)
    expect(run(initialCursor(all), { type: 'rows', rows: [] }).current).toBeNull()
  })

  it('gives back the very same state when told the rows it holds, so the view is not drawn again', () => {
    // The view tells the cursor its rows after every mount: the rows it started with.
    const start = initialCursor(all)
    expect(cursorReducer(start, { type: 'rows', rows: all })).toBe(start)
    const current = run(start, { type: 'select', index: 3 })
    expect(cursorReducer(current, { type: 'rows', rows: all })).toBe(current)
    // A notice is still cleared, and other rows (a filter) are still taken.
    const noticed = run(start, { type: 'previous-difference' }, { type: 'previous-difference' }, { type: 'previous-difference' }, { type: 'previous-difference' })
    expect(noticed.notice).not.toBeNull()
    expect(cursorReducer(noticed, { type: 'rows', rows: all }).notice).toBeNull()
    expect(cursorReducer(current, { type: 'rows', rows: [...all] })).not.toBe(current)
  })

  it('says so when the shown rows hold no difference', () => {
    const same = all.filter((r) => !r.difference)
    expect(run(initialCursor(same), { type: 'next-difference' }).notice).toBe('No differences to show.')
  })

  it('maps F7, Shift+F7, n, p and the arrow keys, but not letters typed in a field or with Ctrl', () => {
    const none = { shift: false, ctrl: false, alt: false, meta: false, inField: false }
    expect(keyToCursorAction('F7', none)).toEqual({ type: 'next-difference' })
    expect(keyToCursorAction('F7', { ...none, shift: true })).toEqual({ type: 'previous-difference' })
    expect(keyToCursorAction('n', none)).toEqual({ type: 'next-difference' })
    expect(keyToCursorAction('p', none)).toEqual({ type: 'previous-difference' })
    expect(keyToCursorAction('ArrowDown', none)).toEqual({ type: 'move', by: 1 })
    expect(keyToCursorAction('ArrowUp', none)).toEqual({ type: 'move', by: -1 })
    expect(keyToCursorAction('Home', none)).toEqual({ type: 'first' })
    expect(keyToCursorAction('End', none)).toEqual({ type: 'last' })
    expect(keyToCursorAction('n', { ...none, inField: true })).toBeNull()
    expect(keyToCursorAction('F7', { ...none, inField: true })).toEqual({ type: 'next-difference' })
    expect(keyToCursorAction('n', { ...none, ctrl: true })).toBeNull()
    expect(keyToCursorAction('x', none)).toBeNull()
  })
})

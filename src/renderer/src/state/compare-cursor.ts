/**
 * The keyboard model of a comparison, as data: which row is current, moving by one row (arrow
 * keys, Home, End) or to the next or previous difference (F7 / Shift+F7, n / p, or the buttons),
 * and what the status line says when there is no further difference. The view renders the
 * state and dispatches; the rules are tested without a browser.
 */
import type { RowStatus } from '../../../shared/model'

/** One visible row: its index among the comparison's rows, and whether it is a difference. */
export interface CursorRow {
  index: number
  difference: boolean
}

export interface CompareCursor {
  rows: readonly CursorRow[]
  /** The current row's index among the comparison's rows; null before the user moves. */
  current: number | null
  /** Said to screen readers and shown beside the buttons after a step that could not go on. */
  notice: string | null
}

export type CursorAction =
  | { type: 'rows'; rows: readonly CursorRow[] }
  | { type: 'next-difference' }
  | { type: 'previous-difference' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'select'; index: number }

export const isDifference = (status: RowStatus): boolean => status !== 'same'

export function cursorRows(statuses: readonly { status: RowStatus; index: number }[]): CursorRow[] {
  return statuses.map((r) => ({ index: r.index, difference: isDifference(r.status) }))
}

export function initialCursor(rows: readonly CursorRow[]): CompareCursor {
  return { rows, current: null, notice: null }
}

/** Where the current row stands among the visible rows (-1 when none is current). */
function position(state: CompareCursor): number {
  return state.current === null ? -1 : state.rows.findIndex((r) => r.index === state.current)
}

function at(state: CompareCursor, i: number): CompareCursor {
  const row = state.rows[i]
  return row ? { ...state, current: row.index, notice: null } : state
}

export function cursorReducer(state: CompareCursor, action: CursorAction): CompareCursor {
  switch (action.type) {
    case 'rows': {
      // Note: the rows it started with (the view tells it its rows after every mount) change
      // nothing, so the same state comes back and React renders nothing again: a new state
      // here drew a comparison's whole first screen a second time just after it was shown.
      if (action.rows === state.rows && state.notice === null) return state
      // A filter changed: keep the current row if it is still shown, else the next shown one.
      const kept = state.current === null ? null : (action.rows.find((r) => r.index >= state.current!)?.index ?? action.rows.at(-1)?.index ?? null)
      return { rows: action.rows, current: kept, notice: null }
    }
    case 'next-difference': {
      const from = position(state)
      const i = state.rows.findIndex((r, k) => k > from && r.difference)
      if (i === -1) return { ...state, notice: state.rows.some((r) => r.difference) ? 'No more differences after this one.' : 'No differences to show.' }
      return at(state, i)
    }
    case 'previous-difference': {
      const from = position(state) === -1 ? state.rows.length : position(state)
      const i = state.rows.findLastIndex((r, k) => k < from && r.difference)
      if (i === -1) return { ...state, notice: state.rows.some((r) => r.difference) ? 'No differences before this one.' : 'No differences to show.' }
      return at(state, i)
    }
    case 'move': {
      const from = position(state)
      if (from === -1) return at(state, action.by === 1 ? 0 : state.rows.length - 1)
      return at(state, Math.min(state.rows.length - 1, Math.max(0, from + action.by)))
    }
    case 'first':
      return at(state, 0)
    case 'last':
      return at(state, state.rows.length - 1)
    case 'select': {
      const i = state.rows.findIndex((r) => r.index === action.index)
      return i === -1 ? state : at(state, i)
    }
  }
}

/** "Difference 3 of 19", or null when the current row is not a difference. */
export function differencePosition(state: CompareCursor): { n: number; of: number } | null {
  const differences = state.rows.filter((r) => r.difference)
  const n = differences.findIndex((r) => r.index === state.current)
  return n === -1 ? null : { n: n + 1, of: differences.length }
}

/**
 * A key press as an action. F7 and Shift+F7 follow Word's "next revision" habit; n and p work
 * where F7 is taken (a laptop's media keys), but not while typing in a field.
 */
export function keyToCursorAction(key: string, mods: { shift: boolean; ctrl: boolean; alt: boolean; meta: boolean; inField: boolean }): CursorAction | null {
  if (mods.ctrl || mods.alt || mods.meta) return null
  if (key === 'F7') return { type: mods.shift ? 'previous-difference' : 'next-difference' }
  if (mods.inField) return null
  if (key === 'n' && !mods.shift) return { type: 'next-difference' }
  if (key === 'p' && !mods.shift) return { type: 'previous-difference' }
  if (key === 'ArrowDown') return { type: 'move', by: 1 }
  if (key === 'ArrowUp') return { type: 'move', by: -1 }
  if (key === 'Home') return { type: 'first' }
  if (key === 'End') return { type: 'last' }
  return null
}

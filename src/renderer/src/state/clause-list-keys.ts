/**
 * The keyboard model of a list of clauses with tools (the source reader; issue 10): the list is
 * ONE Tab stop, as WAI-ARIA's roving tabindex has it. Up / Down move between clauses, Home /
 * End jump to the first and last; the clause holding the stop shows its tools as a small
 * toolbar, reached with Tab or Right, moved through with Left / Right, left with Escape (or
 * Left from its first tool) back to the clause. Pure, so the keys are tested under Node; the
 * component only moves focus where an action says.
 */

export type ClauseKeyAction =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  /** From the clause into its tools (the first one). */
  | { type: 'into-tools' }
  /** From one tool to the next or the one before (wrapping, as a toolbar does). */
  | { type: 'tool'; by: 1 | -1 }
  /** From a tool back to its clause. */
  | { type: 'to-clause' }

export interface KeyPress {
  key: string
  shift: boolean
  ctrl: boolean
  alt: boolean
  meta: boolean
}

/** What a key does where focus is: on a clause itself, or on one of its tools (`tool` is its place among them). */
export function clauseKeyAction(press: KeyPress, where: { on: 'clause' } | { on: 'tool'; tool: number }): ClauseKeyAction | null {
  // Note: modified arrows belong to others (Alt+Up / Down move a draft clause, the browser
  // keeps Ctrl and Meta); Shift too, so a reader can still select text with the keys.
  if (press.ctrl || press.alt || press.meta || press.shift) return null
  if (where.on === 'clause') {
    if (press.key === 'ArrowDown') return { type: 'move', by: 1 }
    if (press.key === 'ArrowUp') return { type: 'move', by: -1 }
    if (press.key === 'Home') return { type: 'first' }
    if (press.key === 'End') return { type: 'last' }
    if (press.key === 'ArrowRight') return { type: 'into-tools' }
    return null
  }
  if (press.key === 'ArrowRight') return { type: 'tool', by: 1 }
  if (press.key === 'ArrowLeft') return where.tool === 0 ? { type: 'to-clause' } : { type: 'tool', by: -1 }
  if (press.key === 'Escape') return { type: 'to-clause' }
  return null
}

/** The clause a move lands on, among `count` clauses, stopping at either end. */
export function movedTo(index: number, count: number, action: Extract<ClauseKeyAction, { type: 'move' | 'first' | 'last' }>): number {
  if (count === 0) return -1
  if (action.type === 'first') return 0
  if (action.type === 'last') return count - 1
  return Math.min(count - 1, Math.max(0, index + action.by))
}

/** The tool a toolbar move lands on, wrapping round. */
export const toolAt = (index: number, count: number, by: 1 | -1): number => (count === 0 ? -1 : (index + by + count) % count)

/** What a screen reader says after a clause's text: how to move on and how to reach its tools. */
export const CLAUSE_KEYS_HINT = 'Up and Down arrows: the next or previous clause; Home and End: the first or last. Tab or Right arrow: this clause’s tools; Escape comes back.'

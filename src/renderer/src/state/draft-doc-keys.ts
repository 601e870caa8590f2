/**
 * The keyboard model of the draft document (issue 10): its section headings and clauses are
 * ONE list and one Tab stop, with the source reader's keys (state/clause-list-keys.ts): Up /
 * Down / Home / End between items, Right or Tab into the focused item's tools, Left / Right
 * along them, Escape back. What the draft adds: an item's text field (the clause's text, the
 * section's heading) is entered with Enter or F2, as a spreadsheet cell is, and left with
 * Escape back to the item, its words kept. Pure, so the keys are tested under Node.
 */
import { clauseKeyAction, type ClauseKeyAction, type KeyPress } from './clause-list-keys'

export type DraftKeyAction =
  | ClauseKeyAction
  /** From the item into its text field, to write. */
  | { type: 'edit' }
  /** From the text field back to its item (what was typed is kept and saved on leaving). */
  | { type: 'leave-field' }

/** Where focus is: an item of the list, one of its tools (`tool` is its place), or its text field (a heading's is one line). */
export type DraftFocus = { on: 'item' } | { on: 'tool'; tool: number } | { on: 'field'; multiline: boolean }

export function draftKeyAction(press: KeyPress, where: DraftFocus): DraftKeyAction | null {
  const plain = !press.ctrl && !press.alt && !press.meta && !press.shift
  if (where.on === 'field') {
    // Note: only Escape leaves a clause's text; every other key, arrows and Enter included, is
    // the author's writing. A heading is one line, so Enter there is done with it too.
    return plain && (press.key === 'Escape' || (press.key === 'Enter' && !where.multiline)) ? { type: 'leave-field' } : null
  }
  if (where.on === 'item' && plain && (press.key === 'Enter' || press.key === 'F2')) return { type: 'edit' }
  return clauseKeyAction(press, where.on === 'item' ? { on: 'clause' } : where)
}

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on a Mac) on the draft's items and tools: the draft's
 * own Undo and Redo, as in the draft pane. Note: in a text field they are the field's own;
 * elsewhere Chromium's undo went back into the last text field edited and took its words out,
 * behind the author's back, while the draft's history stood still.
 */
export function undoKeyAction(press: KeyPress): 'undo' | 'redo' | null {
  if (!(press.ctrl || press.meta) || press.alt) return null
  const key = press.key.toLowerCase()
  if (key === 'z') return press.shift ? 'redo' : 'undo'
  return key === 'y' && !press.shift ? 'redo' : null
}

/** What a screen reader says after a draft item: how to move, write and reach the tools. */
export const DRAFT_KEYS_HINT =
  'Up and Down arrows: the next or previous clause or heading; Home and End: the first or last. Enter or F2: write in it; Escape comes back. Tab or Right arrow: its tools. Alt+Up and Alt+Down move a clause; Control+Z undoes.'

/**
 * The item that takes the focus when items are removed from under it (a clause, or a section
 * with its clauses): the first one left after them, else the last one left before them.
 * Note: without it the focus fell to the page, and Tab started again at the top.
 */
export function itemAfterRemoval(keys: readonly string[], removed: ReadonlySet<string>): string | null {
  const first = keys.findIndex((k) => removed.has(k))
  if (first < 0) return null
  const after = keys.slice(first).find((k) => !removed.has(k))
  return after ?? keys.slice(0, first).findLast((k) => !removed.has(k)) ?? null
}

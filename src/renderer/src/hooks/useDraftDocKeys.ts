/**
 * Roving tabindex over the draft document's headings and clauses (state/draft-doc-keys.ts):
 * the list is one Tab stop. Items carry `data-draft-item` (their key), their text field
 * `data-item-field`, their tools sit in `data-roving-tools`; the handler goes on the document
 * and finds them in the DOM, so an item needs no handler of its own for these keys.
 */
import { useCallback, useState } from 'react'
import { draftKeyAction, undoKeyAction, type DraftFocus } from '../state/draft-doc-keys'
import { movedTo, toolAt } from '../state/clause-list-keys'

/** An item's key: a section's heading or a clause. */
export const sectionItem = (sectionId: string): string => `s:${sectionId}`
export const clauseItem = (clauseId: string): string => `c:${clauseId}`
/** The DOM id of an item, so focus can be put back on it after the draft is drawn anew. */
export const draftItemId = (key: string): string => `draft-item-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`

export interface DraftDocKeys {
  /** The item holding the list's Tab stop. */
  stop: string | null
  /** Whether the item holds the list's Tab stop (its first tool, and a note, are Tab stops then too). */
  isStop(key: string): boolean
  /** Spread on an item: its tab stop, its id, and the marker the keys find it by. */
  itemProps(key: string): { id: string; tabIndex: 0 | -1; 'data-draft-item': string; onFocus(): void }
  onKeyDown(e: React.KeyboardEvent<HTMLElement>): void
}

/** Focus a text field with the caret at the end of its words, ready to go on writing. */
export function focusAtEnd(field: HTMLElement | null | undefined): void {
  if (!field) return
  field.focus()
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.setSelectionRange(field.value.length, field.value.length)
}

export function useDraftDocKeys(keys: readonly string[], history: { undo(): void; redo(): void }): DraftDocKeys {
  const [chosen, setChosen] = useState<string | null>(null)
  // The item last focused, else the first: a removed item gives the stop back to the first.
  const stop = chosen !== null && keys.includes(chosen) ? chosen : (keys[0] ?? null)
  const { undo, redo } = history
  const onKeyDown = useCallback((e: React.KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement
    const press = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }
    const step = target.matches('textarea, input, select') ? null : undoKeyAction(press)
    if (step) {
      e.preventDefault()
      if (step === 'undo') undo()
      else redo()
      return
    }
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-draft-item]')]
    const item = items.find((it) => it.contains(target))
    if (!item) return
    const tools = [...item.querySelectorAll<HTMLElement>('[data-roving-tools] button:not([disabled])')]
    const tool = tools.indexOf(target)
    const where: DraftFocus | null =
      target === item ? { on: 'item' } : tool >= 0 ? { on: 'tool', tool } : target.matches('textarea, input') ? { on: 'field', multiline: target.tagName === 'TEXTAREA' } : null
    if (!where) return
    const action = draftKeyAction(press, where)
    if (!action) return
    e.preventDefault()
    if (action.type === 'edit') focusAtEnd(item.querySelector<HTMLElement>('[data-item-field]'))
    // Note: the field's blur saves what was typed, as leaving it any other way does.
    else if (action.type === 'leave-field' || action.type === 'to-clause') item.focus()
    else if (action.type === 'into-tools') tools[0]?.focus()
    else if (action.type === 'tool') tools[toolAt(tool, tools.length, action.by)]?.focus()
    else items[movedTo(items.indexOf(item), items.length, action)]?.focus()
  }, [undo, redo])
  return {
    stop,
    isStop: (key) => key === stop,
    itemProps: (key) => ({
      id: draftItemId(key),
      tabIndex: key === stop ? 0 : -1,
      'data-draft-item': key,
      // The item focused (by key, click or Tab), or anything in it, takes the list's stop.
      onFocus: () => setChosen(key),
    }),
    onKeyDown,
  }
}

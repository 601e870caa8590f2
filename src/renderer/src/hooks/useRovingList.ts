/**
 * Roving tabindex for a short list of clauses that is rendered whole (similar clauses, the
 * wordings of a topic or family): the list is one Tab stop, with the keys of the source
 * reader (state/clause-list-keys.ts). Items carry `data-roving-item`, each item's tools sit in
 * an element with `data-roving-tools`; the handler goes on the list and finds them in the DOM.
 * (The source reader, windowed, keeps its own: its next clause may not be rendered yet.)
 */
import { useCallback, useState } from 'react'
import { clauseKeyAction, movedTo, toolAt } from '../state/clause-list-keys'

export interface RovingList {
  /** Spread on item i: its tab stop and the marker the keys find it by. */
  itemProps(i: number): { tabIndex: 0 | -1; 'data-roving-item': true; onFocus(e: React.FocusEvent<HTMLElement>): void }
  /** The tabIndex of item i's first tool (the rest are -1): a Tab stop on the item holding the list's. */
  toolTab(i: number): 0 | -1
  onKeyDown(e: React.KeyboardEvent<HTMLElement>): void
}

export function useRovingList(count: number): RovingList {
  const [chosen, setChosen] = useState(0)
  const active = Math.min(chosen, Math.max(0, count - 1))
  const onKeyDown = useCallback((e: React.KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-roving-item]')]
    const item = items.find((it) => it.contains(target))
    if (!item) return
    const press = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }
    const tools = [...item.querySelectorAll<HTMLElement>('[data-roving-tools] button')]
    const tool = tools.indexOf(target)
    const action = target === item ? clauseKeyAction(press, { on: 'clause' }) : tool >= 0 ? clauseKeyAction(press, { on: 'tool', tool }) : null
    if (!action) return
    e.preventDefault()
    // Note: a list inside a source clause (similar clauses) must not move the reader's clause too.
    e.stopPropagation()
    if (action.type === 'into-tools') tools[0]?.focus()
    else if (action.type === 'tool') tools[toolAt(tool, tools.length, action.by)]?.focus()
    else if (action.type === 'to-clause') item.focus()
    else items[movedTo(items.indexOf(item), items.length, action)]?.focus()
  }, [])
  return {
    itemProps: (i) => ({
      tabIndex: i === active ? 0 : -1,
      'data-roving-item': true,
      // The item focused (by key, click or Tab) or any of its tools takes the list's stop.
      onFocus: () => setChosen(i),
    }),
    toolTab: (i) => (i === active ? 0 : -1),
    onKeyDown,
  }
}

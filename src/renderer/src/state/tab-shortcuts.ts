/**
 * The tab shortcuts: Ctrl+W closes, Ctrl+Tab / Ctrl+Shift+Tab cycle, as in every tabbed editor.
 * Note: a browser keeps Ctrl+W and Ctrl+Tab for its own tabs and never hands them to the page,
 * so Alt+W, Alt+PageDown and Alt+PageUp do the same everywhere (the desktop app gets all of them,
 * through its menu as well). Pure: tested without a browser.
 */
import type { TabsAction, TabsState } from './tabs'

export type TabShortcut = 'close-tab' | 'next-tab' | 'previous-tab'

export interface KeyPress {
  key: string
  ctrlKey: boolean
  altKey: boolean
  shiftKey: boolean
  metaKey: boolean
}

export function tabShortcut(e: KeyPress): TabShortcut | null {
  const ctrl = (e.ctrlKey || e.metaKey) && !e.altKey
  const alt = e.altKey && !e.ctrlKey && !e.metaKey
  if ((ctrl || alt) && !e.shiftKey && e.key.toLowerCase() === 'w') return 'close-tab'
  if (e.ctrlKey && !e.altKey && e.key === 'Tab') return e.shiftKey ? 'previous-tab' : 'next-tab'
  if (alt && e.key === 'PageDown') return 'next-tab'
  if (alt && e.key === 'PageUp') return 'previous-tab'
  return null
}

/** What a shortcut does to the tabs: null when there is nothing to do (the Start tab is never closed). */
export function tabShortcutAction(state: TabsState, shortcut: TabShortcut): TabsAction | null {
  const index = state.tabs.findIndex((t) => t.key === state.active)
  if (shortcut === 'close-tab') return state.active === 'start' || index < 0 ? null : { type: 'close', key: state.active }
  if (state.tabs.length < 2) return null
  const step = shortcut === 'next-tab' ? 1 : -1
  const next = state.tabs[(index + step + state.tabs.length) % state.tabs.length]!
  return { type: 'activate', key: next.key }
}

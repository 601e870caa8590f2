/** Tab shortcuts: Ctrl+W / Alt+W close, Ctrl+Tab / Alt+PageDown and back cycle, the Start tab stays. */
import { describe, expect, it } from 'vitest'
import { tabShortcut, tabShortcutAction } from '../../src/renderer/src/state/tab-shortcuts'
import { initialTabs, tabsReducer, type TabsState } from '../../src/renderer/src/state/tabs'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) => ({ key: k, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods })

describe('tab shortcuts', () => {
  it('reads the keys, with Alt versions a browser does not keep for itself', () => {
    expect(tabShortcut(key('w', { ctrlKey: true }))).toBe('close-tab')
    expect(tabShortcut(key('w', { metaKey: true }))).toBe('close-tab')
    expect(tabShortcut(key('W', { altKey: true }))).toBe('close-tab')
    expect(tabShortcut(key('Tab', { ctrlKey: true }))).toBe('next-tab')
    expect(tabShortcut(key('Tab', { ctrlKey: true, shiftKey: true }))).toBe('previous-tab')
    expect(tabShortcut(key('PageDown', { altKey: true }))).toBe('next-tab')
    expect(tabShortcut(key('PageUp', { altKey: true }))).toBe('previous-tab')
    expect(tabShortcut(key('w'))).toBeNull()
    expect(tabShortcut(key('Tab'))).toBeNull()
    expect(tabShortcut(key('PageDown'))).toBeNull()
    expect(tabShortcut(key('w', { ctrlKey: true, altKey: true }))).toBeNull()
  })

  it('cycles through the open tabs both ways, closes the active one, never the Start tab', () => {
    let state: TabsState = tabsReducer(initialTabs, { type: 'open-source', sourceId: 'a', title: 'A' })
    state = tabsReducer(state, { type: 'open-source', sourceId: 'b', title: 'B' })
    const active = (s: TabsState) => s.tabs.find((t) => t.key === s.active)!.title
    expect(active(state)).toBe('B')
    const apply = (s: TabsState, shortcut: Parameters<typeof tabShortcutAction>[1]) => tabsReducer(s, tabShortcutAction(s, shortcut)!)
    expect(active(apply(state, 'next-tab'))).toBe('Start')
    expect(active(apply(state, 'previous-tab'))).toBe('A')
    const closed = apply(state, 'close-tab')
    expect(closed.tabs.map((t) => t.title)).toEqual(['Start', 'A'])
    expect(tabShortcutAction(initialTabs, 'close-tab')).toBeNull()
    expect(tabShortcutAction(initialTabs, 'next-tab')).toBeNull()
  })
})

/**
 * The command registry: views offer commands by id while mounted, the menu and the shortcuts
 * dispatch ids. (Replaces the label-matching clickControl; the tab commands still go through
 * the tabs reducer, as tabShortcutAction says.)
 */
import { describe, expect, it, vi } from 'vitest'
import { appCommands } from '../../src/shared/app-commands'
import { createCommandRegistry } from '../../src/renderer/src/state/command-registry'
import { tabShortcut, tabShortcutAction } from '../../src/renderer/src/state/tab-shortcuts'
import { initialTabs, tabsReducer } from '../../src/renderer/src/state/tabs'

describe('the command registry', () => {
  it('runs exactly the handler registered for an id, and nothing for an id no view offers', () => {
    const registry = createCommandRegistry()
    const handlers = Object.fromEntries(appCommands.map((c) => [c, vi.fn()]))
    for (const command of appCommands) registry.register(command, handlers[command]!)
    for (const command of appCommands) {
      expect(registry.dispatch(command)).toBe(true)
      const called = appCommands.filter((c) => handlers[c]!.mock.calls.length > 0)
      expect(called, command).toEqual(appCommands.slice(0, appCommands.indexOf(command) + 1))
      expect(handlers[command]).toHaveBeenCalledOnce()
    }
    expect(createCommandRegistry().dispatch('export-word')).toBe(false)
  })

  it('forgets a view when it unmounts; the view registered last answers, the one before comes back', () => {
    const registry = createCommandRegistry()
    const first = vi.fn()
    const second = vi.fn()
    const offFirst = registry.register('wide-compare', first)
    const offSecond = registry.register('wide-compare', second)
    registry.dispatch('wide-compare')
    expect(second).toHaveBeenCalledOnce()
    expect(first).not.toHaveBeenCalled()
    offSecond()
    registry.dispatch('wide-compare')
    expect(first).toHaveBeenCalledOnce()
    offFirst()
    expect(registry.has('wide-compare')).toBe(false)
    expect(registry.dispatch('wide-compare')).toBe(false)
    expect(second).toHaveBeenCalledOnce()
  })

  it('an undo called twice removes only its own registration', () => {
    const registry = createCommandRegistry()
    const kept = vi.fn()
    registry.register('save-draft-file', kept)
    const off = registry.register('save-draft-file', vi.fn())
    off()
    off()
    registry.dispatch('save-draft-file')
    expect(kept).toHaveBeenCalledOnce()
  })

  it('closes and cycles tabs through the tabs reducer from a dispatched shortcut', () => {
    const tabs = tabsReducer(initialTabs, { type: 'open-source', sourceId: 'a', title: 'A' })
    const dispatchTabs = vi.fn()
    const registry = createCommandRegistry()
    for (const command of ['close-tab', 'next-tab', 'previous-tab'] as const) {
      registry.register(command, () => {
        const action = tabShortcutAction(tabs, command)
        if (action) dispatchTabs(action)
      })
    }
    registry.dispatch(tabShortcut({ key: 'w', ctrlKey: true, altKey: false, shiftKey: false, metaKey: false })!)
    expect(dispatchTabs).toHaveBeenCalledWith({ type: 'close', key: tabs.active })
    registry.dispatch('next-tab')
    expect(dispatchTabs).toHaveBeenLastCalledWith({ type: 'activate', key: 'start' })
  })
})

/** Each menu command reaches the part of the app that does it. */
import { describe, expect, it, vi } from 'vitest'
import { appCommands } from '../../src/shared/app-commands'
import { runCommand, type CommandTargets } from '../../src/renderer/src/state/run-command'
import { initialTabs, tabsReducer } from '../../src/renderer/src/state/tabs'

const targets = (): CommandTargets => ({
  tabs: tabsReducer(initialTabs, { type: 'open-source', sourceId: 'a', title: 'A' }),
  dispatchTabs: vi.fn(),
  importPolicies: vi.fn(),
  loadExamples: vi.fn(),
  findInLibrary: vi.fn(),
  newDraft: vi.fn(),
  undoDraft: vi.fn(),
  redoDraft: vi.fn(),
  openDraftFile: vi.fn(),
  saveDraftFile: vi.fn(),
  clickControl: vi.fn(),
})

describe('menu commands', () => {
  it('each does exactly one thing', () => {
    for (const command of appCommands) {
      const t = targets()
      runCommand(command, t)
      const called = Object.entries(t).filter(([, f]) => typeof f === 'function' && (f as ReturnType<typeof vi.fn>).mock.calls.length > 0)
      expect(called, command).toHaveLength(1)
    }
  })

  it('closes and cycles tabs through the tabs reducer', () => {
    const t = targets()
    runCommand('close-tab', t)
    expect(t.dispatchTabs).toHaveBeenCalledWith({ type: 'close', key: t.tabs.active })
    runCommand('next-tab', t)
    expect(t.dispatchTabs).toHaveBeenLastCalledWith({ type: 'activate', key: 'start' })
    const f = targets()
    runCommand('import-policies', f)
    expect(f.importPolicies).toHaveBeenCalledOnce()
    runCommand('export-word', f)
    expect(f.clickControl).toHaveBeenCalledWith(/^Export to Word/)
  })
})

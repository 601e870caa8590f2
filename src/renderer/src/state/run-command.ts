/**
 * What each menu command and tab shortcut does in the app, in one table, so the App only
 * supplies the parts (tabs, library, draft, panes). Commands another part of the app does not
 * offer yet (export, pane toggles) move focus to where the user does it by hand.
 */
import type { AppCommand } from '../../../shared/app-commands'
import { tabShortcutAction } from './tab-shortcuts'
import type { TabsAction, TabsState } from './tabs'

export interface CommandTargets {
  tabs: TabsState
  dispatchTabs(action: TabsAction): void
  importPolicies(): void
  loadExamples(): void
  findInLibrary(): void
  newDraft(): void
  undoDraft(): void
  redoDraft(): void
  openDraftFile(): void
  saveDraftFile(): void
  /** Anything else: the control that does it, found by its label, clicked if it is there. */
  clickControl(label: RegExp): void
}

export function runCommand(command: AppCommand, t: CommandTargets): void {
  switch (command) {
    case 'close-tab':
    case 'next-tab':
    case 'previous-tab': {
      const action = tabShortcutAction(t.tabs, command)
      if (action) t.dispatchTabs(action)
      return
    }
    case 'import-policies':
      return t.importPolicies()
    case 'load-examples':
      return t.loadExamples()
    case 'find-in-library':
      return t.findInLibrary()
    case 'new-draft':
      return t.newDraft()
    case 'undo-draft':
      return t.undoDraft()
    case 'redo-draft':
      return t.redoDraft()
    case 'open-draft-file':
      return t.openDraftFile()
    case 'save-draft-file':
      return t.saveDraftFile()
    case 'export-word':
      return t.clickControl(/^Export to Word/)
    case 'toggle-library':
      return t.clickControl(/library pane/i)
    case 'toggle-draft':
      return t.clickControl(/draft pane/i)
    case 'wide-compare':
      return t.clickControl(/^Wide/)
  }
}

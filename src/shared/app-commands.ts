/**
 * The commands the desktop menu sends to the window (File > New draft, Edit > Find in library,
 * ...). A fixed list: the preload passes on only these names, over one channel, so the menu can
 * never make the page do anything else. The browser host has no menu; the same commands are
 * the page's own buttons and shortcuts there.
 */
export const appCommands = [
  'new-draft',
  'import-policies',
  'load-examples',
  'open-draft-file',
  'save-draft-file',
  'export-word',
  'undo-draft',
  'redo-draft',
  'find-in-library',
  'toggle-library',
  'toggle-draft',
  'wide-compare',
  'close-tab',
  'next-tab',
  'previous-tab',
] as const

export type AppCommand = (typeof appCommands)[number]

/** The one event channel from the main process to the page (ipcRenderer.on in the preload). */
export const COMMAND_CHANNEL = 'workbench:command'

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (appCommands as readonly string[]).includes(value)
}

/** What the preload exposes as window.workbenchMenu: one subscription, returning its undo. */
export interface MenuBridge {
  onCommand(listener: (command: AppCommand) => void): () => void
}

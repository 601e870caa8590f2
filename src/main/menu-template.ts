/**
 * The desktop application menu as plain data, so it is tested without Electron: File, Edit,
 * View, Help with the usual accelerators (macOS adds the app menu). Items either send an
 * AppCommand to the window, take a native role (copy, zoom...), or ask the main process for
 * something only it can do (show the workspace file, open a recent workspace).
 * src/main/electron/menu.ts turns it into an Electron Menu.
 */
import type { AppCommand } from '../shared/app-commands'

export type MainAction = { kind: 'show-workspace' } | { kind: 'about' } | { kind: 'open-workspace'; path: string | null }

export type MenuItemSpec =
  | { type: 'separator' }
  | { label: string; accelerator?: string; command: AppCommand }
  | { label?: string; accelerator?: string; role: string }
  | { label: string; accelerator?: string; main: MainAction; enabled?: boolean }
  | { label: string; submenu: MenuItemSpec[]; enabled?: boolean }

export interface MenuSpec {
  label: string
  role?: string
  submenu: MenuItemSpec[]
}

export interface MenuContext {
  platform: NodeJS.Platform
  productName: string
  /** The workspace file in use, shown in Help. */
  workspacePath: string
  /** Most recent first; the one in use is left out. */
  recentWorkspaces: readonly string[]
}

const separator: MenuItemSpec = { type: 'separator' }
const fileName = (p: string): string => p.split(/[\\/]/).pop() ?? p

export function menuTemplate(ctx: MenuContext): MenuSpec[] {
  const mac = ctx.platform === 'darwin'
  const recent = ctx.recentWorkspaces.filter((p) => p !== ctx.workspacePath).slice(0, 8)
  const file: MenuSpec = {
    label: '&File',
    submenu: [
      { label: 'New draft', accelerator: 'CmdOrCtrl+N', command: 'new-draft' },
      { label: 'Import policies…', accelerator: 'CmdOrCtrl+I', command: 'import-policies' },
      { label: 'Load the example policies', command: 'load-examples' },
      separator,
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+Shift+O', main: { kind: 'open-workspace', path: null } },
      {
        label: 'Recent workspaces',
        enabled: recent.length > 0,
        submenu: recent.map((p) => ({ label: fileName(p), main: { kind: 'open-workspace', path: p } as MainAction })),
      },
      separator,
      { label: 'Open draft file…', accelerator: 'CmdOrCtrl+O', command: 'open-draft-file' },
      { label: 'Save draft as file…', accelerator: 'CmdOrCtrl+Shift+S', command: 'save-draft-file' },
      { label: 'Export to Word…', accelerator: 'CmdOrCtrl+E', command: 'export-word' },
      separator,
      { label: 'Close tab', accelerator: 'CmdOrCtrl+W', command: 'close-tab' },
      ...(mac ? [] : [separator, { role: 'quit', label: 'E&xit' }]),
    ],
  }
  const edit: MenuSpec = {
    label: '&Edit',
    submenu: [
      // Note: the native roles, so Ctrl+Z undoes typing in the field being edited, as everywhere;
      // the draft's own undo (a whole action) has its menu items and buttons without stealing Ctrl+Z.
      { role: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: 'Redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      { label: 'Undo in draft', accelerator: 'CmdOrCtrl+Alt+Z', command: 'undo-draft' },
      { label: 'Redo in draft', accelerator: 'CmdOrCtrl+Alt+Y', command: 'redo-draft' },
      separator,
      { label: 'Find in library', accelerator: 'CmdOrCtrl+F', command: 'find-in-library' },
    ],
  }
  const view: MenuSpec = {
    label: '&View',
    submenu: [
      { label: 'Show or hide the library', accelerator: 'CmdOrCtrl+Shift+L', command: 'toggle-library' },
      { label: 'Show or hide the draft', accelerator: 'CmdOrCtrl+Shift+D', command: 'toggle-draft' },
      { label: 'Wide compare', accelerator: 'CmdOrCtrl+Shift+W', command: 'wide-compare' },
      separator,
      { label: 'Next tab', accelerator: 'Ctrl+Tab', command: 'next-tab' },
      { label: 'Previous tab', accelerator: 'Ctrl+Shift+Tab', command: 'previous-tab' },
      separator,
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuSpec = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: `Where is my workspace? (${fileName(ctx.workspacePath)})`, main: { kind: 'show-workspace' } },
      ...(mac ? [] : [separator, { label: `About ${ctx.productName}`, main: { kind: 'about' } as MainAction }]),
    ],
  }
  const appMenu: MenuSpec = {
    label: ctx.productName,
    role: 'appMenu',
    submenu: [{ role: 'about' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  }
  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help]
}

/** Every accelerator in the template, for the check that none is given twice. */
export function accelerators(menus: readonly MenuSpec[]): string[] {
  const walk = (items: readonly MenuItemSpec[]): string[] =>
    items.flatMap((item) => [...('accelerator' in item && item.accelerator ? [item.accelerator] : []), ...('submenu' in item ? walk(item.submenu) : [])])
  return menus.flatMap((m) => walk(m.submenu))
}

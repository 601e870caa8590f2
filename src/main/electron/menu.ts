/**
 * The Electron side of the application menu: menu-template.ts's data turned into a Menu.
 * A command item sends its name to the focused window over the one command channel; main
 * actions (show the workspace, about, open another workspace) are done here.
 */
import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron'
import { COMMAND_CHANNEL } from '../../shared/app-commands'
import { menuTemplate, type MainAction, type MenuContext, type MenuItemSpec } from '../menu-template'

export type MainActionHandler = (action: MainAction) => void

function toElectron(item: MenuItemSpec, onMain: MainActionHandler): MenuItemConstructorOptions {
  if ('type' in item) return { type: 'separator' }
  if ('command' in item) {
    const { command } = item
    return { label: item.label, accelerator: item.accelerator, click: () => BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command) }
  }
  if ('role' in item) return { ...item, role: item.role as MenuItemConstructorOptions['role'] }
  if ('main' in item) return { label: item.label, accelerator: item.accelerator, enabled: item.enabled ?? true, click: () => onMain(item.main) }
  return { label: item.label, enabled: item.enabled ?? true, submenu: item.submenu.map((i) => toElectron(i, onMain)) }
}

export function installMenu(context: MenuContext, onMain: MainActionHandler): void {
  const template = menuTemplate(context).map((m) => ({ label: m.label, role: m.role as MenuItemConstructorOptions['role'], submenu: m.submenu.map((i) => toElectron(i, onMain)) }))
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/** What the Help and File items that the main process answers do. `relaunchWith` reopens the app on another workspace. */
export function mainActions(workspacePath: string, relaunchWith: (workspace: string) => void): MainActionHandler {
  return (action) => {
    if (action.kind === 'show-workspace') shell.showItemInFolder(workspacePath)
    else if (action.kind === 'about') {
      void dialog.showMessageBox({ type: 'info', title: `About ${app.getName()}`, message: `${app.getName()} ${app.getVersion()}`, detail: `Your workspace: ${workspacePath}` })
    } else if (action.path) relaunchWith(action.path)
    else {
      void dialog
        .showOpenDialog({ title: 'Open a workspace', properties: ['openFile', 'promptToCreate'], filters: [{ name: 'Policy Workbench workspace', extensions: ['sqlite'] }] })
        .then((r) => {
          if (!r.canceled && r.filePaths[0]) relaunchWith(r.filePaths[0])
        })
    }
  }
}

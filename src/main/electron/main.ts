/**
 * Electron main process entry (out/main/index.js). Wires the service to IPC, serves the
 * renderer over app://, and hardens every window. All domain work lives in the service.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { desktopExamplesFolder } from '../service/examples'
import { WorkbenchService } from '../service/workbench-service'
import { Workspace } from '../workspace'
import { defaultWorkspacePath } from '../workspace-location'
import { DESKTOP_SETTINGS_FILE, readDesktopSettings, withRecent, writeDesktopSettings } from '../desktop-settings'
import { hardenApp, hardenSession } from './hardening'
import { installMenu, mainActions } from './menu'
import { rememberedBounds, rememberWindow } from './window-state'
import { registerIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow } from './window'

// electron-vite sets this only for `electron-vite dev`; a packaged app never uses a dev server.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))

/** --workspace=PATH on the command line (set by "Open workspace…"), or null. */
function workspaceArgument(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith('--workspace='))
  return arg ? path.resolve(arg.slice('--workspace='.length)) : null
}

app.enableSandbox()
registerAppScheme()
hardenApp(devServerUrl)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows()
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })
  void app.whenReady().then(() => {
    hardenSession(devServerUrl)
    serveRenderer(rendererDir)
    // The workspace lives in the user's application data folder, the same file the CLI and the
    // browser host use (workspace-location.ts; Electron's userData is ~/.config on Linux, so it is not asked).
    // "Open workspace…" relaunches the app with --workspace=PATH (menu.ts).
    const workspacePath = workspaceArgument(process.argv) ?? defaultWorkspacePath()
    const workspace = Workspace.open(workspacePath, { create: true })
    app.on('will-quit', () => workspace.close())
    const settingsFile = path.join(path.dirname(defaultWorkspacePath()), DESKTOP_SETTINGS_FILE)
    const settings = readDesktopSettings(settingsFile)
    writeDesktopSettings(settingsFile, { ...settings, recentWorkspaces: withRecent(settings.recentWorkspaces, workspacePath) })
    const relaunchWith = (file: string): void => {
      app.relaunch({ args: [...process.argv.slice(1).filter((a) => !a.startsWith('--workspace=')), `--workspace=${file}`] })
      app.exit(0)
    }
    installMenu(
      { platform: process.platform, productName: app.getName(), workspacePath, recentWorkspaces: settings.recentWorkspaces },
      mainActions(workspacePath, relaunchWith),
    )
    // Packaged, the examples are copied into the app's resources/examples (electron-builder.json);
    // run from the project, they are its corpus/.
    const resources = app.isPackaged ? (process as { resourcesPath?: string }).resourcesPath : undefined
    const examplesFolder = desktopExamplesFolder(resources, path.dirname(fileURLToPath(import.meta.url)))
    const service = new WorkbenchService({ host: 'electron', workspace, examplesFolder })
    registerIpc(service, devServerUrl)
    // While the window is made: the library opened and the aligner warmed before the first comparison.
    service.openLibrarySoon()
    const open = (): void => rememberWindow(createMainWindow(preloadPath, devServerUrl, rememberedBounds(settingsFile)), settingsFile)
    open()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

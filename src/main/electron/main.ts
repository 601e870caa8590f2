/**
 * Electron main process entry (out/main/index.js). Wires the service to IPC, serves the
 * renderer over app://, and hardens every window. All domain work lives in the service.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { findExamplesFolder } from '../service/examples'
import { WorkbenchService } from '../service/workbench-service'
import { Workspace } from '../workspace'
import { defaultWorkspacePath } from '../workspace-location'
import { hardenApp, hardenSession } from './hardening'
import { registerIpc } from './ipc'
import { registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow } from './window'

// electron-vite sets this only for `electron-vite dev`; a packaged app never uses a dev server.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))

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
    const workspace = Workspace.open(defaultWorkspacePath(), { create: true })
    app.on('will-quit', () => workspace.close())
    // Packaged, the examples are copied into the app's resources/examples (see README "Packaging");
    // run from the project, they are its corpus/.
    const resources = app.isPackaged ? (process as { resourcesPath?: string }).resourcesPath : undefined
    const examplesFolder = resources ? path.join(resources, 'examples') : findExamplesFolder(path.dirname(fileURLToPath(import.meta.url)))
    registerIpc(new WorkbenchService({ host: 'electron', workspace, examplesFolder }), devServerUrl)
    createMainWindow(preloadPath, devServerUrl)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath, devServerUrl)
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

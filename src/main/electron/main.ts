/**
 * Electron main process entry (out/main/index.js). Wires the service to IPC, serves the
 * renderer over app://, and hardens every window. All domain work lives in the service.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { WorkbenchService } from '../service/workbench-service'
import { Workspace } from '../workspace'
import { WORKSPACE_FILE_NAME } from '../workspace-location'
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
    // The workspace lives in the user's application data folder; every action is saved there.
    const workspace = Workspace.open(path.join(app.getPath('userData'), WORKSPACE_FILE_NAME), { create: true })
    app.on('will-quit', () => workspace.close())
    registerIpc(new WorkbenchService({ host: 'electron', workspace }), devServerUrl)
    createMainWindow(preloadPath, devServerUrl)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath, devServerUrl)
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

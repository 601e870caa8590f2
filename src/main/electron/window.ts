/** The main window, with every renderer isolation switch on. */
import { BrowserWindow } from 'electron'
import type { WindowBounds } from '../desktop-settings'
import { APP_ORIGIN } from '../security/navigation'

export function createMainWindow(preloadPath: string, devServerUrl: string | undefined, bounds: WindowBounds | null = null): BrowserWindow {
  const win = new BrowserWindow({
    width: bounds?.width ?? 1440,
    height: bounds?.height ?? 900,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Policy Workbench',
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      webviewTag: false,
      spellcheck: true,
    },
  })
  win.once('ready-to-show', () => {
    if (bounds?.maximized) win.maximize()
    win.show()
  })
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

/** The main window opens where it was left and is remembered when it closes (desktop-settings.ts). */
import { screen, type BrowserWindow } from 'electron'
import { readDesktopSettings, restoreBounds, writeDesktopSettings, type WindowBounds } from '../desktop-settings'

export function rememberedBounds(settingsFile: string): WindowBounds | null {
  return restoreBounds(readDesktopSettings(settingsFile).window, screen.getAllDisplays().map((d) => d.workArea))
}

export function rememberWindow(win: BrowserWindow, settingsFile: string): void {
  win.on('close', () => {
    const bounds = win.getNormalBounds()
    const settings = readDesktopSettings(settingsFile)
    writeDesktopSettings(settingsFile, { ...settings, window: { ...bounds, maximized: win.isMaximized() } })
  })
}

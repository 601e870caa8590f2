/**
 * Exposes window.workbench: one invoke wrapper per API method, nothing else. The renderer
 * never sees ipcRenderer. Results come back as WireResults; the renderer's api client
 * unwraps them, so errors keep their code across the bridge.
 *
 * And window.workbenchMenu: one subscription to the application menu's commands, passing on
 * only the names in the fixed list (shared/app-commands.ts), never the IPC event itself.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, channels, type WorkbenchBridge } from '../shared/api'
import { COMMAND_CHANNEL, isAppCommand, type MenuBridge } from '../shared/app-commands'

const bridge = Object.freeze(
  Object.fromEntries(apiMethods.map((method) => [method, (req?: unknown) => ipcRenderer.invoke(channels[method], req)])),
) as WorkbenchBridge

const menu: MenuBridge = Object.freeze({
  onCommand(listener: Parameters<MenuBridge['onCommand']>[0]) {
    const handler = (_event: unknown, command: unknown): void => {
      if (isAppCommand(command)) listener(command)
    }
    ipcRenderer.on(COMMAND_CHANNEL, handler)
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, handler)
  },
})

contextBridge.exposeInMainWorld('workbench', bridge)
contextBridge.exposeInMainWorld('workbenchMenu', menu)

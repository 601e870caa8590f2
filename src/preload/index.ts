/**
 * Exposes window.workbench: one invoke wrapper per API method, nothing else. The renderer
 * never sees ipcRenderer. Results come back as WireResults; the renderer's api client
 * unwraps them, so errors keep their code across the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { apiMethods, channels, type WorkbenchBridge } from '../shared/api'

const bridge = Object.freeze(
  Object.fromEntries(apiMethods.map((method) => [method, (req?: unknown) => ipcRenderer.invoke(channels[method], req)])),
) as WorkbenchBridge

contextBridge.exposeInMainWorld('workbench', bridge)

/**
 * One ipcMain.handle per API method, all through handleRequest() (schema check, typed errors).
 * A message from any frame other than the app's own top-level page is refused.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { apiMethods, channels, type WireResult, type WorkbenchApi } from '../../shared/api'
import { isAppUrl } from '../security/navigation'
import { handleRequest } from '../service/handle-request'
import { toWire } from '../../shared/wire/wire-values'

function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl)
}

export function registerIpc(service: WorkbenchApi, devServerUrl: string | undefined): void {
  for (const method of apiMethods) {
    ipcMain.handle(channels[method], async (event, payload: unknown): Promise<WireResult<unknown>> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Refused: the request did not come from Policy Workbench.' } }
      }
      return toWire(method, await handleRequest(service, method, payload))
    })
  }
}

/**
 * The only way the UI reaches data. In Electron it goes through window.workbench (the
 * preload bridge); in a browser, to the browser host over HTTP. Either way callers get a
 * WorkbenchApi whose failures are WorkbenchErrors with a code and a readable message.
 */
import { apiMethods, type ApiMethod, type WorkbenchApi, type WorkbenchBridge } from '../../../shared/api'
import { WorkbenchError } from '../../../shared/errors'
import { fromWire } from '../../../shared/wire/wire-values'
import { takeToken } from './token'
import { bridgeTransport, httpTransport, type Transport } from './transport'

declare global {
  interface Window {
    workbench?: WorkbenchBridge
  }
}

export function createApi(transport: Transport): WorkbenchApi {
  const entries = apiMethods.map((method: ApiMethod) => [
    method,
    async (req?: unknown) => {
      const result = await transport(method, req as never)
      if (!result.ok) throw new WorkbenchError(result.error.code, result.error.message, result.error.file)
      return fromWire(method, result.value)
    },
  ])
  return Object.fromEntries(entries) as WorkbenchApi
}

export const api: WorkbenchApi = createApi(
  window.workbench ? bridgeTransport(window.workbench) : httpTransport(takeToken()),
)

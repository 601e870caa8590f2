/**
 * A request the browser host is still answering: `listSources` held open until `release()`,
 * so the service counts one request in flight (handle-request.ts requestsInFlight) and its
 * idle-time work (compare-ahead.ts) waits. For tests of work done ahead of requests.
 */
import { vi } from 'vitest'
import { handleRequest } from '../../src/main/service/handle-request'
import type { WorkbenchService } from '../../src/main/service/workbench-service'

export function holdARequest(host: WorkbenchService): { release: () => Promise<void> } {
  let release: () => void = () => undefined
  const held = new Promise<void>((r) => (release = r))
  const listSources = host.listSources.bind(host)
  vi.spyOn(host, 'listSources').mockImplementationOnce(async () => {
    await held
    return listSources()
  })
  const pending = handleRequest(host, 'listSources', undefined)
  return {
    release: async () => {
      release()
      await pending
    },
  }
}

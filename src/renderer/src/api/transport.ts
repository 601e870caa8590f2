/**
 * How a call reaches the service: Electron's preload bridge, or HTTP to the browser host.
 * Both deliver WireResults; client.ts turns them back into values and typed errors.
 */
import { TOKEN_HEADER, type ApiMethod, type ApiRequest, type ApiResult, type WireResult, type WorkbenchBridge } from '../../../shared/api'

export type Transport = <M extends ApiMethod>(method: M, req: ApiRequest<M>) => Promise<WireResult<ApiResult<M>>>

export function bridgeTransport(bridge: WorkbenchBridge): Transport {
  return (method, req) => (bridge[method] as (r: typeof req) => Promise<WireResult<ApiResult<typeof method>>>)(req)
}

export function httpTransport(token: string | null): Transport {
  return async (method, req) => {
    let response: Response
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(req ?? null),
      })
    } catch {
      return { ok: false, error: { code: 'host-unreachable', message: 'The Policy Workbench host is not answering. Is `npm run web` still running?' } }
    }
    if (!response.ok) {
      const text = await response.text()
      return { ok: false, error: { code: 'invalid-request', message: `The host refused the request (${response.status}): ${text}` } }
    }
    return (await response.json()) as WireResult<ApiResult<typeof method>>
  }
}

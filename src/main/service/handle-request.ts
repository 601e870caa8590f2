/**
 * The door every host goes through: check the method name, parse the payload against its
 * schema, call the service, and turn the outcome into a WireResult. Electron's IPC handlers
 * and the browser host's HTTP handler are both thin wrappers around this.
 */
import { isApiMethod, type WireResult, type WorkbenchApi } from '../../shared/api'
import { requestSchemas } from '../../shared/api-schema'
import { toErrorInfo } from '../../shared/errors'

/**
 * Requests each service is answering now (begun, not yet answered). Note: work the service
 * does ahead of a request (compare-ahead.ts) waits while any is, so it never holds one up.
 */
const answering = new WeakMap<object, number>()

/** How many requests to `api` are being answered now (through handleRequest). */
export function requestsInFlight(api: object): number {
  return answering.get(api) ?? 0
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ')
}

export async function handleRequest(api: WorkbenchApi, method: string, payload: unknown): Promise<WireResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `"${method}" is not a Policy Workbench method.` } }
  }
  const parsed = requestSchemas[method].safeParse(payload)
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Invalid request to ${method}: ${describeIssues(parsed.error.issues)}` },
    }
  }
  answering.set(api, requestsInFlight(api) + 1)
  try {
    const call = api[method] as (req: unknown) => Promise<unknown>
    return { ok: true, value: await call.call(api, parsed.data) }
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) }
  } finally {
    answering.set(api, requestsInFlight(api) - 1)
  }
}

/** The browser transport: a host that does not answer is a plain, expected error, not a bug. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TOKEN_HEADER } from '../../src/shared/api'
import { httpTransport } from '../../src/renderer/src/api/transport'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('httpTransport', () => {
  it('says the host is unreachable when fetch fails', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await httpTransport('t')('listSources', undefined)).toMatchObject({ ok: false, error: { code: 'host-unreachable' } })
  })

  it('sends the token in the header the server reads', async () => {
    const seen: Record<string, string>[] = []
    vi.stubGlobal('fetch', (_url: string, init: { headers: Record<string, string> }) => {
      seen.push(init.headers)
      return Promise.resolve(new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }))
    })
    expect(await httpTransport('secret')('listSources', undefined)).toEqual({ ok: true, value: [] })
    expect(seen[0]![TOKEN_HEADER]).toBe('secret')
  })
})

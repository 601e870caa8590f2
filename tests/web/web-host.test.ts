/**
 * The browser host's guard: only this machine, only with the token, only this server's own
 * pages. Requests are made with node:http so Host and Origin can be set as an attacker would.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { startWebHost, type WebHost } from '../../src/main/web/server'
import { isPackedSource } from '../../src/shared/wire/source-pack'
import { fromWire } from '../../src/shared/wire/wire-values'
import { fixturePath } from '../support/paths'

let host: WebHost
const service = new WorkbenchService({ host: 'web' })

beforeAll(async () => {
  host = await startWebHost({ service, rendererDir: fixturePath('renderer') })
})
afterAll(() => host.close())

interface Reply {
  status: number
  body: string
  headers: http.IncomingHttpHeaders
}

function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = (method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  request(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workbench-token': host.token, ...headers },
    body: JSON.stringify(body),
  })

describe('browser host', () => {
  it('listens on loopback and prints a URL carrying the token in its fragment', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`)
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`)
    expect(host.token.length).toBeGreaterThanOrEqual(32)
  })

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const reply = await request('/')
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('fixture renderer')
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers API calls that carry the token', async () => {
    const reply = await call('getAppInfo', null)
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Policy Workbench', host: 'web' } })
  })

  it('sends a source packed, and the renderer\'s unpacking gives back what the service holds', async () => {
    const bytes = Buffer.from('Staff policy\n\n1. Scope\n\n1.1 This policy applies to all staff.\n\n1.2 Managers must *explain* it.\n')
    const imported = JSON.parse((await call('importFiles', { files: [{ name: 'packed.md', dataBase64: bytes.toString('base64') }] })).body)
    const id = imported.value.results[0].source.id as string
    const reply = JSON.parse((await call('getSource', { id })).body)
    expect(reply.ok && isPackedSource(reply.value)).toBe(true)
    expect(fromWire('getSource', reply.value)).toStrictEqual(JSON.parse(JSON.stringify(await service.getSource({ id }))))
  })

  it('refuses an API call without the token, or with a wrong one', async () => {
    const without = await request('/api/listSources', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' })
    expect(without.status).toBe(401)
    expect(without.body).not.toContain('[')
    const wrong = await call('listSources', null, { 'x-workbench-token': 'x'.repeat(host.token.length) })
    expect(wrong.status).toBe(401)
  })

  it.each(['evil.example', `evil.example:${0}`, 'localhost.evil.example', '127.0.0.1:1'])(
    'refuses a foreign Host header (%s), for pages and API alike',
    async (foreign) => {
      expect((await request('/', { headers: { host: foreign } })).status).toBe(403)
      expect((await call('listSources', null, { host: foreign })).status).toBe(403)
    },
  )

  it('accepts localhost as well as 127.0.0.1', async () => {
    expect((await request('/', { headers: { host: `localhost:${host.port}` } })).status).toBe(200)
  })

  it('refuses calls from another origin, even with the token', async () => {
    expect((await call('listSources', null, { origin: 'http://127.0.0.1:9' })).status).toBe(403)
    expect((await call('listSources', null, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await call('listSources', null, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await call('listSources', null, { origin: host.origin })).status).toBe(200)
  })

  it('refuses paths outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00']) {
      expect((await request(path)).status).toBe(404)
    }
  })

  it('answers malformed API use with the right status', async () => {
    expect((await request('/api/listSources')).status).toBe(405)
    expect((await request('/api/nope/deeper', { method: 'POST' })).status).toBe(404)
    const notJson = await request('/api/listSources', { method: 'POST', headers: { 'content-type': 'application/json', 'x-workbench-token': host.token }, body: '{oops' })
    expect(notJson.status).toBe(400)
    const wrongType = await request('/api/listSources', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-workbench-token': host.token }, body: 'null' })
    expect(wrongType.status).toBe(415)
    expect(JSON.parse((await call('deleteEverything', null)).body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })
})

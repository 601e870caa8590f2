/** handleRequest(): the schema gate and error envelope shared by the Electron and browser hosts. */
import { describe, expect, it } from 'vitest'
import { handleRequest, requestsInFlight } from '../../src/main/service/handle-request'
import { WorkbenchService } from '../../src/main/service/workbench-service'

const api = new WorkbenchService({ host: 'test' })

describe('handleRequest', () => {
  it('calls the method and wraps its value', async () => {
    const result = await handleRequest(api, 'listSources', undefined)
    expect(result).toEqual({ ok: true, value: [] })
  })

  it.each([
    ['getSource', { id: 'not-a-hash' }, /id: a source id is 64 hexadecimal characters/],
    ['getSource', { id: 'a'.repeat(64), extra: true }, /Unrecognized key/i],
    ['getSource', undefined, /Invalid request to getSource/],
    ['listSources', { anything: 1 }, /Invalid request to listSources/],
    ['importFiles', { files: [{ name: 'a.txt', dataBase64: 'not base64!' }] }, /base64/],
    ['importFiles', { files: 'a.txt' }, /files/],
  ])('refuses %s with a malformed payload', async (method, payload, message) => {
    const result = await handleRequest(api, method, payload)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request')
      expect(result.error.message).toMatch(message)
    }
  })

  it.each(['constructor', 'toString', '__proto__', 'deleteEverything'])('refuses the unknown method %s', async (method) => {
    expect(await handleRequest(api, method, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })

  it('carries typed errors as data', async () => {
    expect(await handleRequest(api, 'getSource', { id: 'b'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('turns an unexpected failure into an internal error with its message', async () => {
    const broken = { ...api, listSources: async () => Promise.reject(new Error('disk unplugged')) } as unknown as WorkbenchService
    const result = await handleRequest(broken, 'listSources', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).toContain('disk unplugged')
  })
})

describe('requestsInFlight', () => {
  it('counts a request from its start to its answer, failed or not', async () => {
    const service = new WorkbenchService({ host: 'test' })
    expect(requestsInFlight(service)).toBe(0)
    const pending = handleRequest(service, 'listSources', undefined)
    expect(requestsInFlight(service)).toBe(1)
    await pending
    expect(requestsInFlight(service)).toBe(0)
    await handleRequest(service, 'getSource', { id: 'a'.repeat(64) })
    expect(requestsInFlight(service)).toBe(0)
    // Another service's requests are its own.
    expect(requestsInFlight(api)).toBe(0)
  })
})

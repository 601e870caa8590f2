/**
 * The browser host's body limit: what the largest legal request needs and no more, answered
 * with 413 the client can read, and a huge body never held in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../src/shared/import/import-file'
import { base64Length, largestImportBodyBytes, MAX_BODY_BYTES, MAX_FILE_NAME_CHARS } from '../../src/main/web/body-limit'
import { repoRoot } from '../support/paths'

const MiB = 1024 * 1024

describe('the body limit', () => {
  it('is the largest legal importFiles request as the renderer sends it, byte for byte', () => {
    const name = '\u0001'.repeat(MAX_FILE_NAME_CHARS) // the longest name, each character escaped as \u0001
    const body = JSON.stringify({ files: [{ name, dataBase64: 'A'.repeat(base64Length(MAX_FILE_BYTES)) }] })
    expect(Buffer.byteLength(body)).toBe(largestImportBodyBytes())
    expect(Buffer.from(new Uint8Array(MAX_FILE_BYTES)).toString('base64').length).toBe(base64Length(MAX_FILE_BYTES))
    // 50 MiB of file is 66.7 MiB of base64: far below the 512 MiB accepted before.
    expect(MAX_BODY_BYTES).toBeGreaterThan(66 * MiB)
    expect(MAX_BODY_BYTES).toBeLessThan(67 * MiB)
  })

  it('leaves room for the other large requests: a draft file and a Word template at their limits', () => {
    // api-schema.ts: a draft file is at most 20 M characters; '€' is 3 bytes in UTF-8, the most a
    // character of valid JSON text costs once sent (quotes and newlines cost 2).
    const draftFile = JSON.stringify({ fileName: 'd.json', text: '€'.repeat(20 * MiB) })
    expect(Buffer.byteLength(draftFile)).toBeLessThan(MAX_BODY_BYTES)
    const template = JSON.stringify({ id: 'draft-1', options: { referenceDocxBase64: 'A'.repeat(20 * MiB) } })
    expect(Buffer.byteLength(template)).toBeLessThan(MAX_BODY_BYTES)
  })
})

const hostScript = path.join(repoRoot, 'tests/web/support/child-web-host.ts')

describe.runIf(existsSync('/proc/self/status'))('a host sent a body past the limit', () => {
  let child: ChildProcess
  let port = 0

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', hostScript], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] })
    port = await new Promise<number>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString()
        const line = out.split('\n').find((l) => l.startsWith('{'))
        if (line) resolve((JSON.parse(line) as { port: number }).port)
      })
      child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)))
    })
  }, 60_000)
  afterAll(() => {
    child.kill('SIGTERM')
  })

  /** Peak resident memory of the host so far (VmHWM), in MiB. */
  const hostPeakMiB = (): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024

  /** Streams `total` bytes (without Content-Length unless given) and resolves with the answer. */
  function sendBody(total: number, contentLength?: number): Promise<{ status: number; body: string; sent: number }> {
    return new Promise((resolve, reject) => {
      let sent = 0
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-workbench-token': 'test-token' }
      if (contentLength !== undefined) headers['content-length'] = String(contentLength)
      const req = http.request({ host: '127.0.0.1', port, path: '/api/importFiles', method: 'POST', headers }, (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, sent })
          req.destroy()
        })
      })
      req.on('error', (error) => (sent > 0 ? undefined : reject(error)))
      const chunk = Buffer.alloc(MiB, 0x41)
      const pump = (): void => {
        while (sent < total && !req.destroyed) {
          sent += chunk.length
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        if (!req.destroyed) req.end()
      }
      pump()
    })
  }

  it('answers 413 to a 500 MiB body, readable by the client, and stops short of keeping it', { timeout: 120_000 }, async () => {
    const before = hostPeakMiB()
    const reply = await sendBody(500 * MiB)
    expect(reply.status).toBe(413)
    expect(reply.body).toContain('at most 50 MB')
    // Before: up to 512 MiB of chunks were kept, and the host passed 1 GB.
    expect(hostPeakMiB() - before).toBeLessThan(200)
  })

  it('answers 413 at once when Content-Length says the body is too large', { timeout: 60_000 }, async () => {
    const reply = await sendBody(MiB, MAX_BODY_BYTES + 1)
    expect(reply.status).toBe(413)
  })

  it('still answers afterwards', async () => {
    const reply = await sendBody(0)
    expect(reply.status).toBe(200)
  })
})

/** `npm run web` as a person runs it: the built entry prints the URL on a line of its own. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inCi } from '../support/chromium'
import { repoRoot } from '../support/paths'

const entry = path.join(repoRoot, 'out', 'main', 'web.js')

describe.runIf(inCi || existsSync(entry))('the web command', () => {
  it('prints the address with its token on a line of its own, serves it, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [entry, '--port', '0', '--in-memory'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; output so far: ${out}`)), 10_000)
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const line = out.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+$/.test(l))
        if (line) {
          clearTimeout(timer)
          resolve(line)
        }
      })
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
    })
    const origin = new URL(url).origin
    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="root">')
    const token = url.split('#token=')[1]!
    const info = await fetch(`${origin}/api/getAppInfo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-workbench-token': token }, body: 'null' })
    expect(await info.json()).toMatchObject({ ok: true, value: { host: 'web' } })
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [entry, '--port', 'eighty', '--in-memory'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toContain('--port needs a number')
  })

  it('refuses an option it does not know, with the usage, instead of ignoring it', async () => {
    const child = spawn(process.execPath, [entry, '--prot', '8080', '--in-memory'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(2)
    expect(err).toContain('unknown option --prot')
    expect(err).toContain('Usage: npm run web -- [--port N] [--workspace PATH | --in-memory]')
  })
})

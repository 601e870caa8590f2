/**
 * `policy-workbench clauses FILE | head`: the reader of the CLI's output goes away early. The
 * built command must then stop writing quietly (no "EPIPE: broken pipe" message, no stack
 * trace) and still end with the exit code of its work, as Unix tools do.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inCi } from '../support/chromium'
import { repoRoot } from '../support/paths'

const bin = path.join(repoRoot, 'bin', 'policy-workbench.js')

/**
 * Runs node with `argv` and closes its stdout after the first chunk, as `| head -1` does.
 * It holds the pipe unread for a moment first, so the child fills it and the rest of its
 * output waits in Node's stream: the EPIPE then comes later, as an 'error' event.
 */
function runClosingEarly(argv: string[]): Promise<{ code: number | null; err: string; outBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    let outBytes = 0
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
    child.stdout.once('data', (chunk: Buffer) => {
      outBytes = chunk.length
      child.stdout.pause()
      setTimeout(() => child.stdout.destroy(), 300)
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, err, outBytes }))
  })
}

describe('the built CLI when its reader goes away', () => {
  it.runIf(inCi || existsSync(path.join(repoRoot, 'out', 'cli', 'main.js')))('stops writing quietly and keeps its exit code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-epipe-'))
    try {
      // Far more than a pipe's buffer (64 KB on Linux), so the writes meet the closed pipe.
      const file = path.join(dir, 'long-policy.txt')
      const clauses = Array.from({ length: 4000 }, (_, i) => `${i + 1}. Staff must keep the password of account ${i + 1} to themselves and change it when asked.`)
      writeFileSync(file, `Long policy\n\n${clauses.join('\n\n')}\n`)
      const result = await runClosingEarly([bin, 'clauses', file])
      expect(result.outBytes).toBeGreaterThan(0)
      expect(result.err).toBe('')
      expect(result.code).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('stays quiet when another stream is piped into its stdout, as an import worker\'s is', async () => {
    // The pipe's own 'error' listener once stood in for ours; on EPIPE it rethrew (CI, 1 in ~40).
    for (let run = 0; run < 3; run++) {
      const result = await runClosingEarly(['--import', 'tsx', path.join(import.meta.dirname, 'support', 'write-behind-pipe.ts')])
      expect(result.outBytes).toBeGreaterThan(0)
      expect(result.err).toBe('')
      expect(result.code).toBe(0)
    }
  }, 60_000)
})

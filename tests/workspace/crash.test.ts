/**
 * Crash safety: a child process writes to a workspace in a loop and is killed with SIGKILL at
 * random moments, several times over (the first time perhaps while it creates the file). After
 * each kill the workspace must open, pass SQLite's and FTS5's checks, and hold the last
 * committed round whole: the draft, the counter, the versions and the source all agree.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import { CLAUSES_PER_SOURCE, crashDraft } from './crash-data'
import { tempFolder } from './helpers'

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url))
const ROUNDS = 6

interface Round {
  /** The last counter the child printed (committed), or 0. */
  lastReported: number
  started: boolean
}

/** Runs the writer and kills it `delayMs` after it is ready (or after it starts, if `early`). */
function runAndKill(file: string, delayMs: number, early: boolean): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file], { stdio: ['ignore', 'pipe', 'pipe'] })
    const round: Round = { lastReported: 0, started: false }
    let buffered = ''
    let stderr = ''
    const kill = (): void => void child.kill('SIGKILL')
    if (early) setTimeout(kill, delayMs)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        if (line.startsWith('ready')) {
          round.started = true
          if (!early) setTimeout(kill, delayMs)
        } else if (/^\d+$/.test(line)) round.lastReported = Number(line)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited by itself (${code}): ${stderr}`))
      else resolve(round)
    })
  })
}

function verify(file: string, lastReported: number): number {
  const ws = Workspace.open(file)
  try {
    expect(ws.check()).toEqual([])
    const counter = ws.getSetting<number>('counter') ?? 0
    // Everything the writer reported committed is there (it may have committed one more).
    expect(counter).toBeGreaterThanOrEqual(lastReported)
    if (counter === 0) {
      expect(ws.getDraft('crash')).toBeUndefined()
      return 0
    }
    expect(ws.getDraft('crash')).toEqual(crashDraft(counter))
    const versions = ws.listDraftVersions('crash')
    expect(versions.map((v) => v.name)).toEqual(
      Array.from({ length: Math.floor(counter / 10) }, (_, i) => `v${(Math.floor(counter / 10) - i) * 10}`),
    )
    expect(ws.getDraftVersion(versions[0]?.id ?? '')?.draft ?? null).toEqual(counter >= 10 ? crashDraft(Math.floor(counter / 10) * 10) : null)
    const sources = ws.listSources()
    if (counter >= 25) {
      const at = Math.floor(counter / 25) * 25
      expect(sources.map((s) => [s.title, s.clauseCount])).toEqual([[`Crash source ${at}`, CLAUSES_PER_SOURCE]])
      expect(ws.searchClauses(`crashmarker${at}`, { limit: 100 })).toHaveLength(CLAUSES_PER_SOURCE)
    } else {
      expect(sources).toEqual([])
    }
    return counter
  } finally {
    ws.close()
  }
}

describe('Workspace crash safety', () => {
  it('survives SIGKILL at random moments with the last commit intact', { timeout: 30_000 }, async () => {
    const file = path.join(tempFolder(), 'crash.sqlite')
    let total = 0
    let seenCounter = 0
    for (let round = 0; round < ROUNDS; round++) {
      // The first round may die before or while it creates the file; the rest while writing.
      const early = round === 0
      const delay = early ? 50 + Math.random() * 500 : 20 + Math.random() * 250
      const { lastReported } = await runAndKill(file, delay, early)
      if (!existsSync(file)) continue
      const counter = verify(file, lastReported)
      expect(counter).toBeGreaterThanOrEqual(seenCounter)
      seenCounter = counter
      total = counter
    }
    // The writer did get somewhere: several hundred transactions across the rounds.
    expect(total).toBeGreaterThan(25)
  })
})

/**
 * One benchmark in its own process (so each peak-memory figure is its own, and a crash in one
 * does not end the suite): its readable lines and the JSON line it ends with.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export interface BenchRun {
  script: string
  args: string[]
  ok: boolean
  /** What it printed for people, without its JSON line. */
  text: string
  /** Its last JSON line, parsed; undefined when it failed or printed none. */
  json: Record<string, unknown> | undefined
  seconds: number
  error?: string
}

const here = path.join(import.meta.dirname, '..')
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')

export function runBench(script: string, args: string[] = []): BenchRun {
  const t0 = performance.now()
  // Note: a generous cap, so a benchmark stuck on a busy machine cannot hold the suite forever.
  const run = spawnSync(tsx, [path.join(here, script), ...args], { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 64 * 1024 * 1024 })
  const seconds = (performance.now() - t0) / 1000
  const lines = (run.stdout ?? '').trim().split('\n')
  const last = [...lines].reverse().find((l) => l.startsWith('{'))
  let json: Record<string, unknown> | undefined
  try {
    json = last ? (JSON.parse(last) as Record<string, unknown>) : undefined
  } catch {
    json = undefined
  }
  const text = lines.filter((l) => l !== last).join('\n')
  if (run.status !== 0 || !json) {
    const why = run.error?.message ?? (run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' ')
    return { script, args, ok: false, text, json, seconds, error: why || `exit ${run.status}` }
  }
  return { script, args, ok: true, text, json, seconds }
}

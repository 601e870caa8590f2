/**
 * Where the API part of the renderer bench's "compare 300x300, a new pair" goes: the same
 * material (renderer-material.ts: 300 corpus wordings, a fifth replaced, 15 moved), imported
 * through the service into a workspace file and prepared off the request as in the app, one
 * pair compared first to warm the process up, then each never-compared pair asked for over
 * HTTP from the browser host exactly as the page asks (POST /api/compare). The phases are
 * timed inside that one request by wrapping the methods it calls (nothing is called twice):
 * reading both sources (Library.sourceToCompare: the SQLite read and the notes), preparing
 * (LibraryAnalysis.preparedClauses), the comparison (compareSources: align, rows, word
 * diffs), the JSON of the answer, and the rest (HTTP both ends, schema check, waiting). Then,
 * on the same two sources, compareSources again, align alone and the word diffs alone.
 *   npx tsx bench/renderer-compare-split.ts [--runs 7] [--profile FILE]
 * --profile FILE: V8 CPU profiles of this process over each measured request alone (FILE.1,
 * FILE.2, …: open one in DevTools' Performance panel).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ComparisonCache } from '../src/main/service/comparison-cache'
import { LibraryAnalysis } from '../src/main/service/library-analysis'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { startWebHost } from '../src/main/web/server'
import { Workspace } from '../src/main/workspace'
import { alignClauses, compareSources, joinTexts } from '../src/shared/compare/align'
import { wordDiff } from '../src/shared/compare/word-diff'
import { TOKEN_HEADER } from '../src/shared/api'
import { policyClauses } from '../src/shared/model-clauses'
import { file, importCorpus, picker, policy, seededRandom } from './renderer-material'

const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7
const profileArg = process.argv.indexOf('--profile')
const profileFile = profileArg > 0 ? process.argv[profileArg + 1]! : null

/** Wall and CPU ms of each wrapped phase during the request being measured. */
const spent = new Map<string, { wall: number; cpu: number }>()
function wrap<T extends object>(proto: T, name: keyof T & string, phase: string): void {
  const original = proto[name] as unknown as (...args: unknown[]) => unknown
  ;(proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    try {
      return original.apply(this, args)
    } finally {
      const c = process.cpuUsage(c0)
      const s = spent.get(phase) ?? { wall: 0, cpu: 0 }
      s.wall += performance.now() - t0
      s.cpu += (c.user + c.system) / 1000
      spent.set(phase, s)
    }
  }
}
// Note: the cache's get holds the whole making of a comparison (reads, preparing, compareSources).
wrap(ComparisonCache.prototype, 'get', 'make')
wrap(LibraryAnalysis.prototype, 'preparedClauses', 'prepare')
wrap(LibraryAnalysis.prototype, 'source', 'read')
wrap(Workspace.prototype, 'sourceInfo', 'read')
const stringify = JSON.stringify
JSON.stringify = function (...args: Parameters<typeof JSON.stringify>) {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const out = stringify.apply(JSON, args)
  if (out && out.length > 100_000) {
    const c = process.cpuUsage(c0)
    const s = spent.get('json') ?? { wall: 0, cpu: 0 }
    s.wall += performance.now() - t0
    s.cpu += (c.user + c.system) / 1000
    spent.set('json', s)
  }
  return out
} as typeof JSON.stringify

const corpusService = new WorkbenchService({ host: 'web' })
const corpusClauses = await importCorpus(corpusService)
const freshPick = picker(corpusClauses, seededRandom(20261201))
const freshRandom = seededRandom(20261202)
const dir = mkdtempSync(path.join(tmpdir(), 'pw-compare-split-'))
const workspace = Workspace.open(path.join(dir, 'bench.sqlite'), { create: true })
const service = new WorkbenchService({ host: 'web', workspace })
const pairs: { a: string; b: string }[] = []
for (let k = 0; k <= RUNS; k++) {
  const fa = freshPick(300)
  const fb = fa.map((t) => (freshRandom() < 0.2 ? freshPick(1)[0]! : t))
  for (let i = 0; i < 15; i++) fb.splice(Math.floor(freshRandom() * fb.length), 0, ...fb.splice(Math.floor(freshRandom() * fb.length), 1))
  const { results } = await service.importFiles({ files: [file(`fresh-a-${k}.txt`, policy(`Fresh policy A${k}`, fa)), file(`fresh-b-${k}.txt`, policy(`Fresh policy B${k}`, fb))] })
  if (!results[0]?.ok || !results[1]?.ok) throw new Error('a fresh pair did not import')
  pairs.push({ a: results[0].source.id, b: results[1].source.id })
}
// The preparing off the request (one step a turn, after the aligner's warm-up) ends before a
// person compares, as in the renderer bench, which does much else first.
const analysis = (service as unknown as { loadedLibrary: { analysis: { toPrepare: unknown[]; inProgress: unknown; warmingUp: boolean } } }).loadedLibrary.analysis
for (let waited = 0; waited < 60_000 && (analysis.toPrepare.length > 0 || analysis.inProgress || analysis.warmingUp); waited += 100) await new Promise((r) => setTimeout(r, 100))

const host = await startWebHost({ service, rendererDir: dir })
async function ask(pair: { a: string; b: string }): Promise<{ wall: number; cpu: number; bytes: number }> {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const res = await fetch(`${host.origin}/api/compare`, { method: 'POST', headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: stringify(pair) })
  const text = await res.text()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1000, bytes: Buffer.byteLength(text) }
}

await ask(pairs[0]!) // this process's first comparison, untimed (the bench's too)
const rows: Record<string, number>[] = []
const profiles: unknown[] = []
const profiler = profileFile ? new Session() : null
if (profiler) {
  profiler.connect()
  await profiler.post('Profiler.enable')
  await profiler.post('Profiler.setSamplingInterval', { interval: 100 })
}
for (const pair of pairs.slice(1)) {
  spent.clear()
  // Note: the profile holds the requests only, not the checks run on the same sources below.
  if (profiler) await profiler.post('Profiler.start')
  const total = await ask(pair)
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop')
    profiles.push(profile)
  }
  const phase = (p: string): { wall: number; cpu: number } => spent.get(p) ?? { wall: 0, cpu: 0 }
  const make = phase('make')
  const read = phase('read')
  const prepare = phase('prepare')
  // The same sources again, outside the request, with the clauses as prepared for it: the
  // whole compareSources, align alone, and every word diff alone (each a second time: warm).
  const docA = workspace.getSource(pair.a)!
  const docB = workspace.getSource(pair.b)!
  const lib = (service as unknown as { loadedLibrary: { analysis: LibraryAnalysis } }).loadedLibrary.analysis
  const prepared = { a: lib.preparedClauses(pair.a, docA), b: lib.preparedClauses(pair.b, docB) }
  const t0 = performance.now()
  const comparison = compareSources(docA, docB, { prepared })
  const compareAgain = performance.now() - t0
  const t1 = performance.now()
  alignClauses(policyClauses(docA), policyClauses(docB), { prepared })
  const alignAgain = performance.now() - t1
  const changed = comparison.rows.filter((r) => r.diff)
  const t2 = performance.now()
  for (const r of changed) wordDiff(joinTexts(r.a), joinTexts(r.b))
  const diffs = performance.now() - t2
  rows.push({
    totalWall: total.wall,
    totalCpu: total.cpu,
    readCpu: read.cpu,
    prepareCpu: prepare.cpu,
    compareCpu: make.cpu - read.cpu - prepare.cpu,
    jsonCpu: phase('json').cpu,
    restCpu: total.cpu - make.cpu - phase('json').cpu,
    compareWall: make.wall - read.wall - prepare.wall,
    restWall: total.wall - make.wall - phase('json').wall,
    compareAgain,
    alignAgain,
    diffs,
    kb: total.bytes / 1024,
  })
}
if (profiler && profileFile) {
  profiles.forEach((profile, k) => writeFileSync(`${profileFile}.${k + 1}`, JSON.stringify(profile)))
  profiler.disconnect()
}
await host.close()
await service.stopImports()
await corpusService.stopImports()
workspace.close()
rmSync(dir, { recursive: true, force: true })

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
const keys = Object.keys(rows[0]!)
console.log(`compare 300x300, a new pair, over HTTP from the browser host (${rows.length} runs, ms; medians last)`)
console.log(keys.map((k) => k.padStart(14)).join(''))
for (const r of rows) console.log(keys.map((k) => r[k]!.toFixed(1).padStart(14)).join(''))
console.log(keys.map((k) => median(rows.map((r) => r[k]!)).toFixed(1).padStart(14)).join(''))

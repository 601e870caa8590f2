/**
 * The first comparison after a host starts, without a browser: a child process opens a
 * workspace file as the browser host does (openLibrarySoon), waits as a person choosing a
 * pair would, then compares a pair nobody compared before; it reports the CPU that compare
 * took (this process, all threads) and what the warm-up had done by then.
 *   npx tsx bench/first-compare-cold.ts make WORKSPACE        (the renderer bench's library)
 *   npx tsx bench/first-compare-cold.ts run WORKSPACE [--wait 2000] [--pair 0] [--open 200] [--session 10]
 * (--open: ms between opening A, getSource, and comparing; -1 compares without opening A;
 * --with K: B is fresh-b-K, not A's other version (what comparing with another source costs
 * when the service guessed A's partner; service/compare-ahead.ts);
 * --session N: the CPU of a session's first N new comparisons in all, the first included, and
 * the process's RSS after them: the seven fresh pairs each way, in order, from --pair on)
 * Prints one JSON line per run.
 */
import { AlignerWarmUp } from '../src/main/service/aligner-warm-up'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { Workspace } from '../src/main/workspace'
import { file, importCorpus, picker, policy, revisedPair, seededRandom } from './renderer-material'

const [mode, workspacePath] = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
if (!workspacePath) throw new Error('usage: first-compare-cold.ts make|run WORKSPACE')

if (mode === 'make') {
  // As bench/renderer.bench.ts builds its workspace: a-300, b-300, c-1000, then fresh pairs.
  const random = seededRandom()
  const corpusService = new WorkbenchService({ host: 'web' })
  const corpusClauses = await importCorpus(corpusService)
  await corpusService.stopImports()
  const pick = picker(corpusClauses, random)
  const { a, b } = revisedPair(pick, random)
  const service = new WorkbenchService({ host: 'web', workspace: Workspace.open(workspacePath, { create: true }) })
  await service.importFiles({ files: [file('a-300.txt', policy('Policy A', a)), file('b-300.txt', policy('Policy B', b)), file('c-1000.txt', policy('Policy C', pick(1000)))] })
  const freshPick = picker(corpusClauses, seededRandom(20261201))
  const freshRandom = seededRandom(20261202)
  for (let k = 0; k <= 6; k++) {
    const fa = freshPick(300)
    const fb = fa.map((t) => (freshRandom() < 0.2 ? freshPick(1)[0]! : t))
    for (let i = 0; i < 15; i++) fb.splice(Math.floor(freshRandom() * fb.length), 0, ...fb.splice(Math.floor(freshRandom() * fb.length), 1))
    await service.importFiles({ files: [file(`fresh-a-${k}.txt`, policy(`Fresh policy A${k}`, fa)), file(`fresh-b-${k}.txt`, policy(`Fresh policy B${k}`, fb))] })
  }
  await service.stopImports()
  console.log(`made ${workspacePath}`)
  process.exit(0)
}

// The warm-up's rounds done by the time of the first compare (a count, wrapped around its round).
let rounds = 0
const round = AlignerWarmUp.prototype.round
AlignerWarmUp.prototype.round = function (this: AlignerWarmUp, n: number): number {
  rounds++
  return round.call(this, n)
}
// When the warm-up's last round ran and when the analysis last prepared a step, in ms since the service was made.
const started = performance.now()
let lastRoundAt = 0
const next = (AlignerWarmUp.prototype as unknown as { next(): void }).next
;(AlignerWarmUp.prototype as unknown as { next(): void }).next = function (this: AlignerWarmUp): void {
  next.call(this)
  if (this.running || rounds > 0) lastRoundAt = performance.now() - started
}
let lastPrepareAt = 0
const { LibraryAnalysis } = await import('../src/main/service/library-analysis')
const step = (LibraryAnalysis.prototype as unknown as { prepareStep(): void }).prepareStep
;(LibraryAnalysis.prototype as unknown as { prepareStep(): void }).prepareStep = function (this: unknown): void {
  step.call(this)
  lastPrepareAt = performance.now() - started
}
const wait = option('wait', 2000)
const pairAt = option('pair', 0)
const withB = option('with', pairAt)
const workspace = Workspace.open(workspacePath)
// The longest the event loop was held (one task) from the start to the first compare: the
// most any request arriving meanwhile (opening a source, listing) could have waited.
const { monitorEventLoopDelay } = await import('node:perf_hooks')
const loop = monitorEventLoopDelay({ resolution: 1 })
loop.enable()
const cpu0 = process.cpuUsage()
const service = new WorkbenchService({ host: 'web', workspace })
service.openLibrarySoon()
// As the window does: the library listed first (its engines loaded), then a person's pause.
await service.listSources()
await new Promise((r) => setTimeout(r, wait))
const idle = process.cpuUsage(cpu0)
const sources = await service.listSources()
const named = (name: string): string => sources.find((s) => s.origin === name)!.id
// As a person does (and bench/renderer.bench.ts's comparePair): A opened, B chosen, then Compare.
const opened = option('open', 200)
// The CPU from opening A to asking for the comparison: where a comparison made ahead is spent.
const openedAt = process.cpuUsage()
if (opened >= 0) {
  await service.getSource({ id: named(`fresh-a-${pairAt}.txt`) })
  await new Promise((r) => setTimeout(r, opened))
}
// Whether the library's analysis had prepared the pair ahead (read through the private fields, for this bench only).
const analysis = (service as unknown as { loadedLibrary: { analysis: { isPrepared(s: unknown): boolean; source(id: string, read: (id: string) => unknown): unknown } } }).loadedLibrary.analysis
const preparedAhead = [`fresh-a-${pairAt}.txt`, `fresh-b-${withB}.txt`].map((n) => analysis.isPrepared(workspace.getSource(named(n))!)).join('/')
const roundsBefore = rounds
const openToAskCpu = process.cpuUsage(openedAt)
loop.disable()
const loopMaxMs = Math.round(loop.max / 1e6)
const before = process.cpuUsage()
const t0 = performance.now()
const comparison = await service.compare({ a: named(`fresh-a-${pairAt}.txt`), b: named(`fresh-b-${withB}.txt`) })
const wall = performance.now() - t0
const used = process.cpuUsage(before)
const second = process.cpuUsage()
await service.compare({ a: named(`fresh-a-${pairAt + 1}.txt`), b: named(`fresh-b-${pairAt + 1}.txt`) })
const used2 = process.cpuUsage(second)
const ms = (u: NodeJS.CpuUsage): number => Number(((u.user + u.system) / 1000).toFixed(1))
// A session's first N comparisons, each a pair not compared before (so never a cache hit).
const sessionOf = option('session', 0)
let sessionCpuMs: number | undefined
if (sessionOf > 0) {
  const order = [...Array(7).keys()].map((k) => (pairAt + k) % 7)
  const pairs = [...order.map((k) => [`fresh-a-${k}.txt`, `fresh-b-${k}.txt`]), ...order.map((k) => [`fresh-b-${k}.txt`, `fresh-a-${k}.txt`])]
  if (sessionOf > pairs.length) throw new Error(`--session: at most ${pairs.length}`)
  const rest = process.cpuUsage()
  for (const [a, b] of pairs.slice(2, sessionOf)) await service.compare({ a: named(a!), b: named(b!) })
  sessionCpuMs = Number((ms(used) + ms(used2) + ms(process.cpuUsage(rest))).toFixed(1))
}
const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20)
console.log(JSON.stringify({ firstCpuMs: ms(used), firstWallMs: Number(wall.toFixed(1)), secondCpuMs: ms(used2), sessionCpuMs, rssMb, loopMaxMs, openToAskCpuMs: ms(openToAskCpu), cpuBeforeMs: ms(idle), warmUpRounds: roundsBefore, lastRoundAt: Math.round(lastRoundAt), lastPrepareAt: Math.round(lastPrepareAt), preparedAhead, rows: comparison.rows.length }))
workspace.close()
process.exit(0)

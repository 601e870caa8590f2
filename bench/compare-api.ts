/**
 * Comparing two sources through the API, as the app asks for it: two N-clause sources stored
 * in a workspace (bench/revised-pair.ts: A, and A revised), then the `compare` method through
 * handleRequest (schema check, service, library) and the response serialised as the browser
 * host sends it (JSON). Electron's IPC clones the same object instead; JSON is the dearer one.
 *
 * - first call: wall time, and CPU time (steadier when the machine is shared); a pair the service has not compared yet (each run its own freshly stored pair,
 *   the same texts under new ids, so nothing of an earlier run can be reused);
 * - first call of an imported pair: the same clauses written as text files and imported through
 *   the service, which prepares each new source's clauses off the request (what a user meets:
 *   policies imported earlier, compared for the first time);
 * - repeated call: the same pair again (what switching back to a comparison costs);
 * - phases of a first call, each timed alone on a fresh pair: read (both sources from the
 *   workspace), align (features and alignment, align/**), word diffs (every changed row),
 *   rows (compareSources minus align and diffs: refs, reading order, counts) and serialise;
 *   each phase's median is printed, so the parts need not add up to the call's median.
 *
 *   npx tsx bench/compare-api.ts [--sizes 100,300,1000] [--runs 9]
 * Prints a readable table, then one JSON line (medianMs / repeatMs are the 300 x 300 figures).
 */
import { handleRequest } from '../src/main/service/handle-request'
import { WorkbenchService } from '../src/main/service/workbench-service'
import { sha256Hex } from '../src/main/workspace/sources'
import { alignClauses, compareSources, joinTexts } from '../src/shared/compare/align'
import { wordDiff } from '../src/shared/compare/word-diff'
import type { Clause, SourceDocument } from '../src/shared/model'
import { policyClauses } from '../src/shared/model-clauses'
import { testSource } from '../tests/support/sources'
import { file, policy } from './renderer-material'
import { revisedPair } from './revised-pair'

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const SIZES = (option('sizes') ?? '100,300,1000').split(',').map(Number)
const RUNS = Number(option('runs') ?? 9)

const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!
const timed = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now()
  const value = fn()
  return [value, performance.now() - t0]
}

const service = new WorkbenchService({ host: 'web', now: () => new Date('2026-01-01T00:00:00Z') })
let stored = 0

/** Stores clauses as a new source (its bytes, and so its id, unique) and returns the id. */
function store(clauses: readonly Clause[], name: string): string {
  const bytes = new TextEncoder().encode(`${clauses.map((c) => c.text).join('\n\n')}\n\nBenchmark copy ${++stored}.`)
  const id = sha256Hex(bytes)
  const source: SourceDocument = testSource(id, clauses.map((c, i) => ({ ...c, id: `${id}.${i}`, sourceId: id })), { title: `Benchmark ${name} ${stored}`, origin: `${name}-${stored}.txt` })
  service.workspace.addSource(bytes, source)
  return id
}

/** Imports clauses' texts as a new text file through the service (unique bytes) and returns its id. */
async function importAs(clauses: readonly Clause[], name: string): Promise<string> {
  const n = ++stored
  const { results } = await service.importFiles({ files: [file(`${name}-${n}.txt`, policy(`Benchmark ${name} ${n}`, clauses.map((c) => c.text)))] })
  const [result] = results
  if (!result?.ok) throw new Error(`benchmark file ${name}-${n} did not import`)
  return result.source.id
}

/** Lets the service's work after an import (preparing new sources, one per turn) finish. */
async function settle(): Promise<void> {
  for (let k = 0; k < 50; k++) await new Promise((r) => setTimeout(r, 0))
}

async function apiCall(a: string, b: string): Promise<string> {
  const result = await handleRequest(service, 'compare', { a, b })
  if (!result.ok) throw new Error(result.error.message)
  return JSON.stringify(result)
}

interface SizeFigures {
  clauses: number
  firstMs: number
  /** CPU time of the first call (this process, all threads): steadier than wall time on a busy machine. */
  firstCpuMs: number
  /** First call of a pair imported (and so prepared) beforehand. */
  importedMs: number
  repeatMs: number
  phases: { readMs: number; alignMs: number; diffsMs: number; rowsMs: number; serialiseMs: number }
  bytes: number
}

async function measure(size: number): Promise<SizeFigures> {
  const { a, b } = revisedPair(size)
  const runs = size >= 1000 ? Math.max(3, Math.ceil(RUNS / 3)) : RUNS
  const pairs = Array.from({ length: runs + 1 }, () => [store(a, 'a'), store(b, 'b')] as const)
  await apiCall(...pairs[0]!) // warm-up: JIT and first-use costs are not counted

  const first: number[] = []
  const firstCpu: number[] = []
  const repeat: number[] = []
  let bytes = 0
  for (const [idA, idB] of pairs.slice(1)) {
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    bytes = (await apiCall(idA, idB)).length
    first.push(performance.now() - t0)
    const cpu = process.cpuUsage(cpu0)
    firstCpu.push((cpu.user + cpu.system) / 1000)
    const t1 = performance.now()
    await apiCall(idA, idB)
    repeat.push(performance.now() - t1)
  }

  const imported: (readonly [string, string])[] = []
  for (let run = 0; run < runs; run++) imported.push([await importAs(a, 'a'), await importAs(b, 'b')] as const)
  await settle()
  const afterImport: number[] = []
  for (const [idA, idB] of imported) {
    const t0 = performance.now()
    await apiCall(idA, idB)
    afterImport.push(performance.now() - t0)
  }

  // Phases, each alone, on pairs stored for them (no cache holds them).
  const phase = { read: [] as number[], align: [] as number[], diffs: [] as number[], compare: [] as number[], serialise: [] as number[] }
  for (let run = 0; run < runs; run++) {
    const idA = store(a, 'a')
    const idB = store(b, 'b')
    const [[docA, docB], readMs] = timed(() => [service.workspace.getSource(idA)!, service.workspace.getSource(idB)!] as const)
    const [, alignMs] = timed(() => alignClauses(policyClauses(docA), policyClauses(docB)))
    const [comparison, compareMs] = timed(() => compareSources(docA, docB))
    const changed = comparison.rows.filter((r) => r.diff)
    const [, diffsMs] = timed(() => changed.forEach((r) => wordDiff(joinTexts(r.a), joinTexts(r.b))))
    const [, serialiseMs] = timed(() => JSON.stringify({ ok: true, value: comparison }))
    phase.read.push(readMs)
    phase.align.push(alignMs)
    phase.diffs.push(diffsMs)
    phase.compare.push(compareMs)
    phase.serialise.push(serialiseMs)
  }
  return {
    clauses: size,
    firstMs: median(first),
    firstCpuMs: median(firstCpu),
    importedMs: median(afterImport),
    repeatMs: median(repeat),
    // Note: rows from medians, as a difference of single runs is mostly noise on a busy machine.
    phases: { readMs: median(phase.read), alignMs: median(phase.align), diffsMs: median(phase.diffs), rowsMs: Math.max(0, median(phase.compare) - median(phase.align) - median(phase.diffs)), serialiseMs: median(phase.serialise) },
    bytes,
  }
}

const rows: SizeFigures[] = []
for (const size of SIZES) rows.push(await measure(size))
const fmt = (ms: number): string => ms.toFixed(1).padStart(7)
console.log(`compare through the API (handleRequest + JSON), medians; phases of a first call measured alone`)
console.log('first: a pair just stored (nothing prepared); imported: first call of a pair imported earlier (prepared off the request)')
console.log('clauses   first first-CPU imported  repeat |    read   align   diffs    rows  serialise | response KB')
for (const r of rows) {
  const p = r.phases
  console.log(`${String(r.clauses).padStart(7)} ${fmt(r.firstMs)} ${fmt(r.firstCpuMs).padStart(9)} ${fmt(r.importedMs).padStart(8)} ${fmt(r.repeatMs)} | ${fmt(p.readMs)} ${fmt(p.alignMs)} ${fmt(p.diffsMs)} ${fmt(p.rowsMs)} ${fmt(p.serialiseMs).padStart(10)} | ${(r.bytes / 1024).toFixed(0).padStart(11)}`)
}
await service.stopImports()
service.workspace.close()
const main = rows.find((r) => r.clauses === 300) ?? rows[0]!
const round = (x: number): number => Number(x.toFixed(2))
console.log(JSON.stringify({ name: 'compare-api', medianMs: round(main.firstMs), importedMs: round(main.importedMs), repeatMs: round(main.repeatMs), rows: rows.map((r) => ({ ...r, firstMs: round(r.firstMs), firstCpuMs: round(r.firstCpuMs), importedMs: round(r.importedMs), repeatMs: round(r.repeatMs) })) }))

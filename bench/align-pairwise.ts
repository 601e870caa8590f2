/**
 * Two-source comparison speed: two 300-clause policies built from the corpus (A: clauses of
 * the corpus policies one after another; B: A revised, seeded: reworded, moved, deleted,
 * added, split, merged, sections swapped), compared end to end (alignment and word diffs):
 * afresh (the median), with both sources prepared beforehand as the service has them, and the
 * first call of the process. CPU time is printed too: steadier than wall time on a shared machine.
 *   npx tsx bench/align-pairwise.ts [--clauses 300] [--runs 9] [--words-only]
 * --words-only compares without word vectors (options.semantic false), to weigh what they cost.
 * Prints a readable line, then one JSON line.
 */
import { compareSources, prepareSource } from '../src/shared/compare/align'
import type { Clause, SourceDocument } from '../src/shared/model'
import { testSource } from '../tests/support/sources'
import { revisedPair } from './revised-pair'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const SIZE = arg('clauses', 300)
const RUNS = arg('runs', 15)
const semantic = !process.argv.includes('--words-only')

// A and B: see bench/revised-pair.ts (shared with bench/compare-api.ts).
const { a, b: bClauses } = revisedPair(SIZE)

const doc = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses, { title: `Benchmark policy ${id}` })
const docA = doc('a', a)
const docB = doc('b', bClauses)

// The very first call of this process (cold code), then warm runs: afresh (each source's clauses
// read again, as compareSources alone does), and with both sources prepared beforehand (as the
// service compares sources it prepared when they were imported or read: LibraryAnalysis).
let t0 = performance.now()
compareSources(docA, docB, { semantic })
const firstMs = performance.now() - t0
const prepared = { a: prepareSource(docA), b: prepareSource(docB) }
compareSources(docA, docB, { prepared, semantic }) // warm-up of the prepared path
const times: number[] = []
const cpuTimes: number[] = []
const preparedTimes: number[] = []
let counts = compareSources(docA, docB, { semantic }).counts
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
for (let run = 0; run < RUNS; run++) {
  const cpu0 = process.cpuUsage()
  t0 = performance.now()
  counts = compareSources(docA, docB, { semantic }).counts
  times.push(performance.now() - t0)
  cpuTimes.push(cpuMs(cpu0))
  t0 = performance.now()
  compareSources(docA, docB, { prepared, semantic })
  preparedTimes.push(performance.now() - t0)
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
times.sort((x, y) => x - y)
const medianMs = median(times)
const peakRssMB = process.resourceUsage().maxRSS / 1024

console.log(
  `align ${a.length}x${bClauses.length} clauses${semantic ? '' : ' (words only)'}: median ${medianMs.toFixed(1)} ms over ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}; CPU median ${median(cpuTimes).toFixed(1)} ms), peak RSS ${peakRssMB.toFixed(0)} MB; rows ${JSON.stringify(counts)}`,
)
console.log(`  sources prepared beforehand (the service's first compare of a pair): median ${median(preparedTimes).toFixed(1)} ms (min ${Math.min(...preparedTimes).toFixed(1)}); first call of the process (cold): ${firstMs.toFixed(0)} ms`)
const round = (x: number): number => Number(x.toFixed(2))
console.log(JSON.stringify({ name: `align-${a.length}x${bClauses.length}${semantic ? '' : '-words-only'}`, medianMs: round(medianMs), cpuMedianMs: round(median(cpuTimes)), preparedMedianMs: round(median(preparedTimes)), firstMs: round(firstMs), peakRssMB: Number(peakRssMB.toFixed(1)) }))

/**
 * Two-source comparison speed: two 300-clause policies built from the corpus (A: clauses of
 * the corpus policies one after another; B: A revised, seeded: reworded, moved, deleted,
 * added, split, merged, sections swapped), compared end to end (alignment and word diffs).
 *   npx tsx bench/align-pairwise.ts [--clauses 300] [--runs 9]
 * Prints a readable line, then one JSON line.
 */
import { compareSources } from '../src/shared/compare/align'
import type { Clause, SourceDocument } from '../src/shared/model'
import { testSource } from '../tests/support/sources'
import { revisedPair } from './revised-pair'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const SIZE = arg('clauses', 300)
const RUNS = arg('runs', 15)

// A and B: see bench/revised-pair.ts (shared with bench/compare-api.ts).
const { a, b: bClauses } = revisedPair(SIZE)

const doc = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses, { title: `Benchmark policy ${id}` })
const docA = doc('a', a)
const docB = doc('b', bClauses)

compareSources(docA, docB) // warm-up: JIT and first-use costs are not counted
const times: number[] = []
let counts = compareSources(docA, docB).counts
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now()
  counts = compareSources(docA, docB).counts
  times.push(performance.now() - t0)
}
times.sort((x, y) => x - y)
const medianMs = times[Math.floor(times.length / 2)]!
const peakRssMB = process.resourceUsage().maxRSS / 1024

console.log(
  `align ${a.length}x${bClauses.length} clauses: median ${medianMs.toFixed(1)} ms over ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}), peak RSS ${peakRssMB.toFixed(0)} MB; rows ${JSON.stringify(counts)}`,
)
console.log(JSON.stringify({ name: `align-${a.length}x${bClauses.length}`, medianMs: Number(medianMs.toFixed(2)), peakRssMB: Number(peakRssMB.toFixed(1)) }))

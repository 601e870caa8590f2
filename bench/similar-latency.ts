/**
 * Similar-clause lookup on a synthetic library of 40,000 clauses (corpus policies reworded
 * into many sources, see tests/compare/library/synthetic.ts): latency of a lookup by clause
 * id, and of a clause the index does not hold (one being drafted), over a few hundred random
 * queries, after the index is built once.
 *
 *   npx tsx bench/similar-latency.ts [--size 40000] [--queries 400]
 */
import { buildClauseIndex, similarClauses } from '../src/shared/compare/library'
import { loadCorpus } from '../tests/compare/library/corpus'
import { random, syntheticLibrary } from '../tests/compare/library/synthetic'

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const size = option('--size', 40000)
const queries = option('--queries', 400)

const corpus = await loadCorpus()
const { sources, baseOf } = syntheticLibrary(corpus, size, 1)
const t0 = performance.now()
const index = buildClauseIndex(sources)
const buildMs = performance.now() - t0

const rand = random(7)
const pick = (): number => Math.floor(rand() * index.clauses.length)
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!

let warming = false
function measure(lookup: (i: number) => number): { median: number; p95: number; max: number; results: number } {
  warming = true
  for (let w = 0; w < 50; w++) lookup(pick())
  warming = false
  const times: number[] = []
  let results = 0
  for (let q = 0; q < queries; q++) {
    const i = pick()
    const start = performance.now()
    results += lookup(i)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, results: results / queries }
}

// How often the best match in another source rewords the same corpus clause.
let sameBase = 0
let answered = 0
const byId = measure((i) => {
  const clause = index.clauses[i]!
  const found = similarClauses(index, clause.id)
  if (found.length > 0 && !warming) {
    answered++
    if (baseOf.get(found[0]!.clauseId) === baseOf.get(clause.id)) sameBase++
  }
  return found.length
})
const drafted = measure((i) => similarClauses(index, { ...index.clauses[i]!, id: 'drafting', sourceId: 'draft' }).length)

console.log(`Similar-clause lookup on ${index.clauses.length} clauses in ${sources.length} sources (index built in ${(buildMs / 1000).toFixed(1)} s; ${queries} random queries each)\n`)
console.log('lookup                 median ms  p95 ms  max ms  results per query')
for (const [name, r] of [['by clause id', byId], ['clause being drafted', drafted]] as const) {
  console.log(`${name.padEnd(21)}  ${r.median.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(6)}  ${r.max.toFixed(2).padStart(6)}  ${r.results.toFixed(1).padStart(17)}`)
}
console.log(`\nbest match rewords the same corpus clause: ${((sameBase / Math.max(1, answered)) * 100).toFixed(1)}% of ${answered} answered queries`)
const peakRssMB = process.resourceUsage().maxRSS / 1024
console.log(`peak RSS: ${peakRssMB.toFixed(0)} MB`)
console.log(
  JSON.stringify({
    benchmark: 'similar-latency',
    clauses: index.clauses.length,
    sources: sources.length,
    queries,
    buildMs: Math.round(buildMs),
    byId: { medianMs: Number(byId.median.toFixed(3)), p95Ms: Number(byId.p95.toFixed(3)), maxMs: Number(byId.max.toFixed(3)), resultsPerQuery: Number(byId.results.toFixed(1)) },
    drafted: { medianMs: Number(drafted.median.toFixed(3)), p95Ms: Number(drafted.p95.toFixed(3)), maxMs: Number(drafted.max.toFixed(3)), resultsPerQuery: Number(drafted.results.toFixed(1)) },
    bestMatchSameBase: Number((sameBase / Math.max(1, answered)).toFixed(3)),
    peakRssMB: Math.round(peakRssMB),
  }),
)

/**
 * The aligner on the renderer bench's material (renderer-material.ts: 300 corpus wordings, a
 * fifth replaced by other corpus wordings, 15 moved), in process: what "compare 300x300, a new
 * pair" asks of alignClauses once both sources are prepared, as the service has them
 * (prepareAhead, with what it readies of each source: features.ts readyForComparisons). Each run is a pair never compared before (its own seeded draw), so nothing
 * kept per pair helps; the sources' preparation is made before the timing, per source. Unlike
 * bench/align-pairwise.ts (a revision: few leftovers), a fifth of each side is left over in
 * gaps of one or two, where the rule by meaning (semantic-leftovers.ts) reads word vectors.
 * With --rows, the timed call is comparisonRows (the alignment and every changed row's word
 * diff, as compareSources makes them), and the hash is of the rows.
 *   npx tsx bench/align-new-pair.ts [--runs 15] [--rows]
 * Prints a readable line, then one JSON line.
 */
import { alignClauses, comparisonRows, prepareSource } from '../src/shared/compare/align'
import { readyForComparisons } from '../src/shared/compare/align/features'
import { WorkbenchService } from '../src/main/service/workbench-service'
import type { Clause, SourceDocument } from '../src/shared/model'
import { policyClauses } from '../src/shared/model-clauses'
import { testSource } from '../tests/support/sources'
import { importCorpus, picker, revisedPair, seededRandom } from './renderer-material'

const runsAt = process.argv.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 15
const ROWS = process.argv.includes('--rows')

const corpusService = new WorkbenchService({ host: 'web' })
const corpusClauses = await importCorpus(corpusService)
await corpusService.stopImports()
const pick = picker(corpusClauses, seededRandom(20261203))
const random = seededRandom(20261204)
const asClauses = (texts: readonly string[]): Clause[] =>
  texts.map((text, i) => ({ id: `c${i}`, label: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, text, section: [`Section ${Math.floor(i / 10) + 1}`], level: 1 }) as Clause)

// One untimed pair first: the process's compiled code, as the service's warm-up gives it.
const pairs = Array.from({ length: RUNS + 1 }, () => {
  const { a, b } = revisedPair(pick, random)
  const docA: SourceDocument = testSource('a', asClauses(a))
  const docB: SourceDocument = testSource('b', asClauses(b))
  const prepared = { a: prepareSource(docA), b: prepareSource(docB) }
  // As the service does when it prepares a source ahead (library-analysis.ts).
  readyForComparisons(prepared.a)
  readyForComparisons(prepared.b)
  return { a: policyClauses(docA), b: policyClauses(docB), prepared }
})
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
const walls: number[] = []
const cpus: number[] = []
let groups = 0
// The decisions of all timed pairs as one number (FNV-1a of the alignments' JSON): the same
// before and after a change that must not change a pairing.
let hash = 0x811c9dc5
const fold = (text: string): void => {
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 16777619) >>> 0
}
pairs.forEach((pair, k) => {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const made = ROWS ? comparisonRows(pair.a, pair.b, { prepared: pair.prepared }) : alignClauses(pair.a, pair.b, { prepared: pair.prepared })
  if (k === 0) return
  walls.push(performance.now() - t0)
  cpus.push(cpuMs(cpu0))
  groups += Array.isArray(made) ? made.length : made.groups.length
  fold(JSON.stringify(made))
})
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
console.log(`${ROWS ? 'rows of' : 'align'} a new 300x300 pair (renderer material, both prepared): median ${median(walls).toFixed(1)} ms wall, CPU median ${median(cpus).toFixed(1)} ms over ${RUNS} pairs (min ${Math.min(...walls).toFixed(1)}); ${groups} ${ROWS ? "rows" : "groups"}, decisions ${hash.toString(16)}`)
console.log(JSON.stringify({ name: ROWS ? 'rows-new-pair-300x300' : 'align-new-pair-300x300', medianMs: Number(median(walls).toFixed(2)), cpuMedianMs: Number(median(cpus).toFixed(2)), groups, decisions: hash.toString(16) }))

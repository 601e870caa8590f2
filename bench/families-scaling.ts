/**
 * Clause families over synthetic libraries of 5,000 to 40,000 clauses (corpus policies
 * reworded into many sources, see tests/compare/library/synthetic.ts): time to build the
 * index and the families at each size, the growth exponent (slope of log time against log
 * size: 1 is linear, 2 is all pairs), and peak memory. Also how well the families hold
 * together at scale: the share of pairs of rewordings of one corpus clause (from different
 * sources) that share a family, and the share of the pairs a family makes whose corpus
 * clauses agree with the corpus on its own: the same clause or text, or one family when the
 * corpus alone is grouped.
 *
 *   npx tsx bench/families-scaling.ts [--sizes 5000,10000,20000,40000] [--options '{"restatementFit":2}']
 */
import { loadavg } from 'node:os'
import { buildClauseIndex, buildFamilies, type FamilyOptions, type LibraryFamily } from '../src/shared/compare/library'
import { loadCorpus } from '../tests/compare/library/corpus'
import { syntheticLibrary } from '../tests/compare/library/synthetic'

const arg = process.argv.indexOf('--sizes')
const sizes = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [5000, 10000, 20000, 40000]
// Family options to measure against the defaults (restatementFit 2: one clause per source, as before).
const optionsArg = process.argv.indexOf('--options')
const familyOptions: Partial<FamilyOptions> = optionsArg > 0 ? (JSON.parse(process.argv[optionsArg + 1]!) as Partial<FamilyOptions>) : {}
/** The one-minute load average: wall times on a shared machine mean little without it. */
const loadAverage = (): number => Number(loadavg()[0]!.toFixed(2))
const corpus = await loadCorpus()
// Each corpus clause's group: its family when the corpus alone is grouped, else its own text.
const groupOf = new Map<string, string>(corpus.flatMap((d) => d.clauses.map((c) => [c.id, `text:${c.text}`] as const)))
for (const f of buildFamilies(buildClauseIndex(corpus), familyOptions)) for (const m of f.members) groupOf.set(m.clauseId, f.id)

interface Row {
  clauses: number
  sources: number
  indexMs: number
  familiesMs: number
  totalMs: number
  /** CPU time of index + families (user + system, all threads, so the collector's too): steadier than wall time on a shared machine. */
  cpuMs: number
  families: number
  largest: number
  variantRecall: number
  agreeing: number
  peakRssMB: number
}

/** Pairs of rewordings of one corpus clause that share a family, and the purity of pairs made. */
function quality(families: readonly LibraryFamily[], baseOf: ReadonlyMap<string, string>, sourceOf: (id: string) => string): { variantRecall: number; agreeing: number } {
  const variants = new Map<string, Map<string, number>>()
  for (const [id, base] of baseOf) {
    const bySource = variants.get(base) ?? new Map<string, number>()
    bySource.set(sourceOf(id), (bySource.get(sourceOf(id)) ?? 0) + 1)
    variants.set(base, bySource)
  }
  const crossPairs = (counts: Iterable<number>): number => {
    let total = 0
    let sumSq = 0
    for (const c of counts) {
      total += c
      sumSq += c * c
    }
    return (total * total - sumSq) / 2
  }
  let truth = 0
  for (const bySource of variants.values()) truth += crossPairs(bySource.values())
  let together = 0
  let made = 0
  let agreeing = 0
  for (const f of families) {
    const byBase = new Map<string, Map<string, number>>()
    const byGroup = new Map<string, Map<string, number>>()
    const bySource = new Map<string, number>()
    for (const m of f.members) {
      const base = baseOf.get(m.clauseId)!
      for (const [map, key] of [[byBase, base], [byGroup, groupOf.get(base)!]] as const) {
        const inner = map.get(key) ?? new Map<string, number>()
        inner.set(m.sourceId, (inner.get(m.sourceId) ?? 0) + 1)
        map.set(key, inner)
      }
      bySource.set(m.sourceId, (bySource.get(m.sourceId) ?? 0) + 1)
    }
    for (const inner of byBase.values()) together += crossPairs(inner.values())
    for (const inner of byGroup.values()) agreeing += crossPairs(inner.values())
    made += crossPairs(bySource.values())
  }
  return { variantRecall: truth ? together / truth : 1, agreeing: made ? agreeing / made : 1 }
}

function run(size: number, seed: number): Row {
  const { sources, baseOf } = syntheticLibrary(corpus, size, seed)
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const index = buildClauseIndex(sources)
  const t1 = performance.now()
  const families = buildFamilies(index, familyOptions)
  const t2 = performance.now()
  const cpu = process.cpuUsage(c0)
  const sourceOf = (id: string): string => id.slice(0, id.indexOf('.'))
  return {
    clauses: index.clauses.length,
    sources: sources.length,
    indexMs: t1 - t0,
    familiesMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    families: families.length,
    largest: Math.max(0, ...families.map((f) => f.members.length)),
    ...quality(families, baseOf, sourceOf),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }
}

// Warm the JIT so that the smallest size is not charged for compiling.
run(2000, 99)

console.log('Clause families over synthetic libraries (index + families; best of the runs at each size)\n')
console.log('clauses  sources  index ms  families ms  total ms  CPU ms  families  largest  variant pairs together  pairs agreeing  peak RSS MB')
const rows: Row[] = []
for (const size of sizes) {
  const runs = size <= 10000 ? 3 : size <= 20000 ? 2 : 1
  let best: Row | undefined
  for (let r = 0; r < runs; r++) {
    const row = run(size, 1)
    if (!best || row.totalMs < best.totalMs) best = row
  }
  rows.push(best!)
  const b = best!
  console.log(
    [
      String(b.clauses).padStart(7),
      String(b.sources).padStart(7),
      b.indexMs.toFixed(0).padStart(8),
      b.familiesMs.toFixed(0).padStart(11),
      b.totalMs.toFixed(0).padStart(8),
      b.cpuMs.toFixed(0).padStart(6),
      String(b.families).padStart(8),
      String(b.largest).padStart(7),
      `${(b.variantRecall * 100).toFixed(1)}%`.padStart(23),
      `${(b.agreeing * 100).toFixed(1)}%`.padStart(14),
      b.peakRssMB.toFixed(0).padStart(11),
    ].join('  '),
  )
}

// Least-squares slope of log(time) against log(size).
const xs = rows.map((r) => Math.log(r.clauses))
const ys = rows.map((r) => Math.log(r.totalMs))
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length
const mx = mean(xs)
const my = mean(ys)
const exponent = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
const peakRssMB = process.resourceUsage().maxRSS / 1024
const cpuYs = rows.map((r) => Math.log(r.cpuMs))
const cpuMy = mean(cpuYs)
const cpuExponent = xs.reduce((s, x, i) => s + (x - mx) * (cpuYs[i]! - cpuMy), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
console.log(`\ngrowth exponent (slope of log time against log clauses): ${exponent.toFixed(2)} (1 is linear, 2 is all pairs); of CPU time: ${cpuExponent.toFixed(2)}`)
console.log(`load average while it ran (1 min): ${loadAverage()}`)
console.log(`peak RSS: ${peakRssMB.toFixed(0)} MB`)
console.log(JSON.stringify({ benchmark: 'families-scaling', sizes: rows.map((r) => ({ ...r, indexMs: Math.round(r.indexMs), familiesMs: Math.round(r.familiesMs), totalMs: Math.round(r.totalMs), cpuMs: Math.round(r.cpuMs), peakRssMB: Math.round(r.peakRssMB) })), exponent: Number(exponent.toFixed(3)), cpuExponent: Number(cpuExponent.toFixed(3)), loadAverage: loadAverage(), peakRssMB: Math.round(peakRssMB) }))

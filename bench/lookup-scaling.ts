/**
 * Similar-clause and full-text search latency as the library grows (5,000 to 40,000 clauses),
 * for the growth chart: the synthetic library of tests/compare/library/synthetic.ts (corpus
 * policies reworded into many sources), the clause index built once per size, then
 * - similar: similarClauses for a random clause of the library, by id;
 * - search: the workspace's FTS5 search (limit 50) for words, word pairs, prefixes and phrases
 *   from the corpus, in a workspace file holding the same library.
 * Median and p95 over --queries queries at each size, and the growth exponent of the medians.
 *
 *   npx tsx bench/lookup-scaling.ts [--sizes 5000,10000,20000,40000] [--queries 200]
 * Prints a readable table, then one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildClauseIndex, similarClauses } from '../src/shared/compare/library'
import { sourceIdOf } from '../src/shared/import/import-file'
import type { SourceDocument } from '../src/shared/model'
import { Workspace } from '../src/main/workspace'
import { loadCorpus } from '../tests/compare/library/corpus'
import { random, syntheticLibrary } from '../tests/compare/library/synthetic'
import { growthExponent } from './report/fit'

const arg = process.argv.indexOf('--sizes')
const sizes = arg > 0 ? process.argv[arg + 1]!.split(',').map(Number) : [5000, 10000, 20000, 40000]
const qa = process.argv.indexOf('--queries')
const QUERIES = qa > 0 ? Number(process.argv[qa + 1]) : 200

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
function timed(n: number, run: (i: number) => void): { medianMs: number; p95Ms: number } {
  for (let i = 0; i < 20; i++) run(i) // warm-up: JIT, statement cache, pages
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    run(i)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) }
}

const corpus = await loadCorpus()
const rand = random(11)
const words = [...new Set(corpus.flatMap((s) => s.clauses.flatMap((c) => c.text.toLowerCase().match(/[a-z]{5,}/g) ?? [])))]
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const queries = Array.from({ length: QUERIES + 20 }, (_, i) => (i % 4 === 0 ? pick(words) : i % 4 === 1 ? `${pick(words)} ${pick(words)}` : i % 4 === 2 ? pick(words).slice(0, 4) : `"${pick(words)}"`))
const encoder = new TextEncoder()

const rows: { clauses: number; sources: number; indexMs: number; similar: { medianMs: number; p95Ms: number }; search: { medianMs: number; p95Ms: number } }[] = []
for (const size of sizes) {
  const { sources } = syntheticLibrary(corpus, size, 1)
  const t0 = performance.now()
  const index = buildClauseIndex(sources)
  const indexMs = performance.now() - t0
  const similar = timed(QUERIES, () => similarClauses(index, index.clauses[Math.floor(rand() * index.clauses.length)]!.id))

  const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-lookup-'))
  try {
    const ws = Workspace.create(path.join(dir, 'bench.sqlite'))
    // Note: synthetic sources carry no file; each is stored under bytes of its own name (the
    // workspace wants the id to be their SHA-256), with the rest of the record taken from a
    // corpus policy, as the workspace needs a whole document.
    const template = corpus[0]!
    for (const s of sources) {
      const bytes = encoder.encode(s.id)
      const id = sourceIdOf(bytes)
      const clauses = s.clauses.map((c, k) => ({ ...c, id: `${id.slice(0, 16)}.${k}`, sourceId: id }))
      ws.addSource(bytes, { ...template, id, title: s.title, origin: `${s.id}.txt`, clauses } satisfies SourceDocument)
    }
    const search = timed(QUERIES, (i) => ws.searchClauses(queries[i % queries.length]!, { limit: 50 }))
    ws.close()
    rows.push({ clauses: index.clauses.length, sources: sources.length, indexMs: Math.round(indexMs), similar, search })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const exponent = (key: 'similar' | 'search'): number => Number(growthExponent(rows.map((r) => ({ x: r.clauses, y: r[key].medianMs }))).toFixed(3))
console.log(`Similar-clause and search latency by library size (${QUERIES} queries each)\n`)
console.log('clauses  sources  index ms  similar median ms  p95 ms  search median ms  p95 ms')
for (const r of rows) {
  const cells = [String(r.clauses).padStart(7), String(r.sources).padStart(7), String(r.indexMs).padStart(8), r.similar.medianMs.toFixed(2).padStart(17), r.similar.p95Ms.toFixed(2).padStart(6), r.search.medianMs.toFixed(2).padStart(16), r.search.p95Ms.toFixed(2).padStart(6)]
  console.log(cells.join('  '))
}
console.log(`\ngrowth exponent of the medians: similar ${exponent('similar').toFixed(2)}, search ${exponent('search').toFixed(2)}`)
console.log(JSON.stringify({ benchmark: 'lookup-scaling', queries: QUERIES, rows, similarExponent: exponent('similar'), searchExponent: exponent('search') }))

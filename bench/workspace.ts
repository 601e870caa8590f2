/**
 * The SQLite workspace at scale: importing the corpus scaled to 1,000 files into a workspace
 * file, opening a workspace of 50,000 clauses (open, list, load one source, load them all),
 * full-text search latency over a few hundred queries, and removing a source.
 *
 *   npx tsx bench/workspace.ts [--files 1000] [--clauses 50000] [--queries 400]
 *
 * How 1,000 distinct files are made from the corpus's 14: file i is corpus file i mod 14 with
 * its bytes changed so each has its own SHA-256 id.
 * - Text formats (.txt, .md, .html) get a unique last paragraph ("Benchmark copy i.") and are
 *   imported for real with importFile, so their figure includes parsing and segmentation.
 * - Binary formats (.docx, .pdf, .odt) get a unique trailer after their last byte and reuse
 *   the SourceDocument parsed once from the original, under the new id (clause ids rewritten
 *   as segment.ts would make them): their figure is storage only. Parsing speed per format
 *   is bench/import-throughput.ts's business.
 * Every file is one addSource call, one transaction, as in the app.
 * Then more such copies are stored until the workspace holds the --clauses target.
 *
 * Prints readable lines, then one JSON line of figures.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importFile, sourceIdOf } from '../src/shared/import/import-file'
import type { SourceDocument } from '../src/shared/model'
import { Workspace } from '../src/main/workspace'
import { random } from '../tests/compare/library/synthetic'

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const FILES = option('--files', 1000)
const TARGET_CLAUSES = option('--clauses', 50_000)
const QUERIES = option('--queries', 400)

// Seeded (mulberry32, shared with the synthetic libraries), so every run asks the same queries.
const rand = random(42)
const pickFrom = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
const median = (values: number[]): number => percentile([...values].sort((a, b) => a - b), 0.5)
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`

const corpusDir = path.join(import.meta.dirname, '..', 'corpus')
const TEXT = new Set(['txt', 'md', 'html'])
const corpus = readdirSync(corpusDir)
  .filter((f) => /\.(docx|pdf|odt|md|txt|html)$/.test(f) && f !== 'README.md')
  .sort()
  .map((name) => ({ name, ext: path.extname(name).slice(1), bytes: new Uint8Array(readFileSync(path.join(corpusDir, name))) }))
const importedAt = '2026-01-01T00:00:00.000Z'
const parsed = new Map<string, SourceDocument>()
for (const file of corpus) parsed.set(file.name, await importFile({ name: file.name, bytes: file.bytes, importedAt }))

const encoder = new TextEncoder()
const decoder = new TextDecoder()

function textCopy(ext: string, bytes: Uint8Array, n: number): Uint8Array {
  const text = decoder.decode(bytes)
  const line = `Benchmark copy ${n}.`
  if (ext === 'html') {
    const at = text.lastIndexOf('</main>') >= 0 ? text.lastIndexOf('</main>') : text.lastIndexOf('</body>')
    return encoder.encode(at >= 0 ? `${text.slice(0, at)}<p>${line}</p>${text.slice(at)}` : `${text}<p>${line}</p>`)
  }
  return encoder.encode(`${text.trimEnd()}\n\n${line}\n`)
}

/** A parsed source under the id of other bytes, as importFile would have made it. */
function reuse(source: SourceDocument, bytes: Uint8Array, origin: string): SourceDocument {
  const id = sourceIdOf(bytes)
  return {
    ...source,
    id,
    origin,
    clauses: source.clauses.map((c) => ({ ...c, id: `${id.slice(0, 16)}${c.id.slice(16)}`, sourceId: id })),
  }
}

interface Input {
  name: string
  bytes: Uint8Array
  /** Parsed already (binary formats), or to be imported for real (text formats). */
  source?: SourceDocument
}

function copyOf(n: number): Input {
  const file = corpus[n % corpus.length]!
  const name = file.name.replace(/(\.[^.]+)$/, `-copy${n}$1`)
  if (TEXT.has(file.ext)) return { name, bytes: textCopy(file.ext, file.bytes, n) }
  const bytes = new Uint8Array(file.bytes.length + 32)
  bytes.set(file.bytes)
  bytes.set(encoder.encode(`\nbenchmark copy ${n}`.padEnd(32)), file.bytes.length)
  return { name, bytes, source: reuse(parsed.get(file.name)!, bytes, name) }
}

const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-workspace-'))
const file = path.join(dir, 'bench.sqlite')
try {
  // --- Import 1,000 files -----------------------------------------------------------------
  const ws = Workspace.create(file)
  let clauses = 0
  let storeMs = 0
  let parseMs = 0
  let parsedFiles = 0
  const t0 = performance.now()
  for (let n = 0; n < FILES; n++) {
    const input = copyOf(n)
    let source = input.source
    if (!source) {
      const p0 = performance.now()
      source = await importFile({ name: input.name, bytes: input.bytes, importedAt })
      parseMs += performance.now() - p0
      parsedFiles++
    }
    const s0 = performance.now()
    ws.addSource(input.bytes, source)
    storeMs += performance.now() - s0
    clauses += source.clauses.length
  }
  const importMs = performance.now() - t0
  console.log(`Import ${FILES} files (${parsedFiles} text files parsed for real, the rest stored from one parse), ${clauses} clauses`)
  console.log(`  total ${(importMs / 1000).toFixed(1)} s, ${(FILES / (importMs / 1000)).toFixed(0)} files/s`)
  console.log(`  storing only (addSource, one transaction each): ${(storeMs / 1000).toFixed(1)} s, ${(FILES / (storeMs / 1000)).toFixed(0)} files/s, ${ms(storeMs / FILES)} per file`)
  console.log(`  parsing the ${parsedFiles} text files: ${(parseMs / 1000).toFixed(1)} s`)

  // --- Grow to 50,000 clauses -------------------------------------------------------------
  let n = FILES
  while (clauses < TARGET_CLAUSES) {
    const input = copyOf(n++)
    const source = input.source ?? reuse(parsed.get(corpus[(n - 1) % corpus.length]!.name)!, input.bytes, input.name)
    ws.addSource(input.bytes, source)
    clauses += source.clauses.length
  }
  const sourceCount = n
  ws.close()
  const sizeMB = statSync(file).size / 1024 / 1024
  console.log(`\nWorkspace of ${sourceCount} sources, ${clauses} clauses: ${sizeMB.toFixed(1)} MB on disk`)

  // --- Open, list, load -------------------------------------------------------------------
  const openTimes: number[] = []
  const listTimes: number[] = []
  const loadTimes: number[] = []
  let largest = ''
  for (let round = 0; round < 5; round++) {
    const o0 = performance.now()
    const opened = Workspace.open(file)
    openTimes.push(performance.now() - o0)
    const l0 = performance.now()
    const list = opened.listSources()
    listTimes.push(performance.now() - l0)
    largest ||= [...list].sort((a, b) => b.clauseCount - a.clauseCount)[0]!.id
    const g0 = performance.now()
    opened.getSource(largest)
    loadTimes.push(performance.now() - g0)
    opened.close()
  }
  const opened = Workspace.open(file)
  const a0 = performance.now()
  const all = opened.allSources()
  const allMs = performance.now() - a0
  const b0 = performance.now()
  const bytes = opened.sourceBytes(largest)!
  const bytesMs = performance.now() - b0
  const largestClauses = all.find((s) => s.id === largest)!.clauses.length
  console.log(`  open (probe with quick_check, schema check): median ${ms(median(openTimes))} (of 5)`)
  console.log(`  list ${sourceCount} sources: median ${ms(median(listTimes))}`)
  console.log(`  load one source (${largestClauses} clauses): median ${ms(median(loadTimes))}; its ${(bytes.length / 1024).toFixed(0)} KB of original bytes: ${ms(bytesMs)}`)
  console.log(`  load every source whole (${all.length} sources, ${all.reduce((k, s) => k + s.clauses.length, 0)} clauses): ${ms(allMs)}`)

  // --- Search -----------------------------------------------------------------------------
  const words = [...new Set(all.slice(0, 60).flatMap((s) => s.clauses.flatMap((c) => c.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])))]
  const sentences = all.slice(0, 60).flatMap((s) => s.clauses.map((c) => c.text.toLowerCase().match(/[a-z]+/g) ?? [])).filter((w) => w.length >= 3)
  const queries: string[] = []
  for (let q = 0; q < QUERIES; q++) {
    const r = rand()
    if (r < 0.4) queries.push(pickFrom(words))
    else if (r < 0.65) queries.push(`${pickFrom(words)} ${pickFrom(words)}`)
    else if (r < 0.8) queries.push(pickFrom(words).slice(0, 4))
    else if (r < 0.9) {
      const s = pickFrom(sentences)
      const at = Math.floor(rand() * (s.length - 1))
      queries.push(`"${s[at]} ${s[at + 1]}"`)
    } else queries.push(`${pickFrom(words)} -${pickFrom(words)}`)
  }
  for (const q of queries.slice(0, 20)) opened.searchClauses(q) // warm the statement cache and pages
  const times: number[] = []
  let hits = 0
  for (const q of queries) {
    const s0 = performance.now()
    hits += opened.searchClauses(q, { limit: 50 }).length
    times.push(performance.now() - s0)
  }
  times.sort((a, b) => a - b)
  const filtered: number[] = []
  const someSources = all.slice(0, 10).map((s) => s.id)
  for (const q of queries.slice(0, 100)) {
    const s0 = performance.now()
    opened.searchClauses(q, { limit: 50, sourceIds: someSources })
    filtered.push(performance.now() - s0)
  }
  filtered.sort((a, b) => a - b)

  // --- Remove -----------------------------------------------------------------------------
  const removeTimes: number[] = []
  for (const source of all.slice(-20)) {
    const r0 = performance.now()
    opened.removeSource(source.id)
    removeTimes.push(performance.now() - r0)
  }
  const problems = opened.check()
  opened.close()
  console.log(`\nSearch, ${QUERIES} queries (words, two words, 4-letter prefixes, phrases, exclusions), limit 50, ${(hits / QUERIES).toFixed(0)} hits on average`)
  console.log(`  median ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, max ${ms(times.at(-1)!)}`)
  console.log(`  filtered to 10 sources: median ${ms(percentile(filtered, 0.5))}, p95 ${ms(percentile(filtered, 0.95))}`)
  console.log(`\nRemove a source (bytes, clauses, index entries; one transaction): median ${ms(median(removeTimes))} over 20`)
  console.log(`Integrity afterwards: ${problems.length === 0 ? 'ok' : problems.join('; ')}`)

  console.log(
    JSON.stringify({
      files: FILES,
      importSeconds: importMs / 1000,
      filesPerSecond: FILES / (importMs / 1000),
      storeFilesPerSecond: FILES / (storeMs / 1000),
      sources: sourceCount,
      clauses,
      fileMB: sizeMB,
      openMs: median(openTimes),
      listMs: median(listTimes),
      loadSourceMs: median(loadTimes),
      loadAllMs: allMs,
      searchMedianMs: percentile(times, 0.5),
      searchP95Ms: percentile(times, 0.95),
      filteredSearchMedianMs: percentile(filtered, 0.5),
      removeMs: median(removeTimes),
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

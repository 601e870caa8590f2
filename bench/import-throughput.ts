/**
 * Import + segmentation throughput for one format, on the corpus scaled up. Run by
 * bench/run.ts in a child process per format, so each peak-memory figure is that format's.
 *   tsx bench/import-throughput.ts --format docx
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { importFile } from '../src/shared/import/import-file'
import { scaleUp } from './scale'

const format = process.argv[process.argv.indexOf('--format') + 1]!
const corpus = path.join(import.meta.dirname, '..', 'corpus')
const files = readdirSync(corpus).filter((f) => f.endsWith(`.${format}`))
/** Scale each file to about this much text; PDFs cannot be scaled, so they are repeated. */
const TARGET_BYTES = 2 * 1024 * 1024
const ROUNDS = format === 'pdf' ? 5 : 3

const inputs = files.map((f) => {
  const bytes = new Uint8Array(readFileSync(path.join(corpus, f)))
  // Packages are compressed: about five times as much text as their size.
  const textBytes = format === 'docx' || format === 'odt' ? bytes.length * 5 : bytes.length
  const times = format === 'pdf' ? 1 : Math.max(1, Math.round(TARGET_BYTES / textBytes))
  return { name: f, bytes: scaleUp(bytes, format, times) }
})

let bytes = 0
let clauses = 0
let ms = 0
// One warm-up round, not counted: the first call loads the importer's modules.
for (const input of inputs) await importFile({ name: input.name, bytes: input.bytes, importedAt: '2026-01-01T00:00:00Z' })
for (let round = 0; round < ROUNDS; round++) {
  for (const input of inputs) {
    const t0 = performance.now()
    const source = await importFile({ name: input.name, bytes: input.bytes, importedAt: '2026-01-01T00:00:00Z' })
    ms += performance.now() - t0
    bytes += input.bytes.length
    clauses += source.clauses.length
  }
}
console.log(
  JSON.stringify({
    format,
    files: inputs.length,
    inputMB: inputs.reduce((n, i) => n + i.bytes.length, 0) / 1024 / 1024,
    clausesPerRound: clauses / ROUNDS,
    mbPerSecond: bytes / 1024 / 1024 / (ms / 1000),
    clausesPerSecond: clauses / (ms / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
)

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
const files = readdirSync(corpus).filter((f) => f.endsWith(`.${format}`) && f !== 'README.md')
/**
 * Each file is scaled to about this many clauses (a very large handbook), so every format
 * does comparable work; PDFs cannot be scaled in place, so they are imported more rounds.
 */
const TARGET_CLAUSES = 5000
const ROUNDS = format === 'pdf' ? 10 : 3

const inputs = []
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(path.join(corpus, f)))
  const { clauses } = await importFile({ name: f, bytes, importedAt: '2026-01-01T00:00:00Z' })
  const times = format === 'pdf' ? 1 : Math.max(1, Math.round(TARGET_CLAUSES / clauses.length))
  inputs.push({ name: f, bytes: scaleUp(bytes, format, times) })
}

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
    // Note: for .docx and .odt this is the zipped size, so compare formats by clauses/s.
    inputMB: inputs.reduce((n, i) => n + i.bytes.length, 0) / 1024 / 1024,
    clausesPerRound: clauses / ROUNDS,
    mbPerSecond: bytes / 1024 / 1024 / (ms / 1000),
    clausesPerSecond: clauses / (ms / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
)

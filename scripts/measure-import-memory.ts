/**
 * Time and peak memory of importing one file, in a process of its own:
 *   node --import tsx scripts/measure-import-memory.ts FILE
 * Peak is the process's maximum resident set less what it held before reading (Node, the
 * importer's code), so it is what reading this file cost; issue 12 asks for under 5x the size.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { importerFor, importFile } from '../src/shared/import/import-file'
import { formatOfFileName } from '../src/shared/import/formats'

const file = process.argv[2]
if (!file) throw new Error('usage: measure-import-memory.ts FILE')
// A plain Uint8Array of its own: pdf.js takes over (detaches) the buffer it is given.
const bytes = new Uint8Array(readFileSync(file))
const format = formatOfFileName(basename(file))
if (format) await importerFor(format.format)
const baseKb = process.resourceUsage().maxRSS
const started = performance.now()
let outcome: string
try {
  const source = await importFile({ name: basename(file), bytes, importedAt: new Date().toISOString() })
  outcome = `${source.clauses.length} clauses, ${source.warnings.length} warnings`
} catch (error) {
  outcome = `error: ${(error as Error).message.slice(0, 120)}`
}
const ms = performance.now() - started
const peakMb = (process.resourceUsage().maxRSS - baseKb) / 1024
const sizeMb = bytes.length / (1024 * 1024)
console.log(`${basename(file)}\t${sizeMb.toFixed(2)} MB\t${Math.round(ms)} ms\t+${peakMb.toFixed(0)} MB peak (${(peakMb / sizeMb).toFixed(1)}x)\t${outcome}`)

/**
 * One import in a process of its own, for the memory tests (memory-held.test.ts): reads the
 * file named on the command line after a warm-up import of a small file of the same format
 * (so the importer's modules are loaded), and prints one line of JSON: the heap in use before
 * the import and with the imported document still held, each after a full collection (heldDataMb:
 * the same outside the code spaces).
 * Run with --expose-gc; the test runs it once to learn the heap before, then again with V8's
 * heap capped at that plus 5x the file, where it must still complete.
 *   node --expose-gc --import tsx tests/import/support/heap-child.ts FILE NAME WARM-FILE
 */
import { readFileSync } from 'node:fs'
import { getHeapSpaceStatistics } from 'node:v8'
import path from 'node:path'
import { importFile } from '../../../src/shared/import/import-file'

const MB = 1024 * 1024
const [file, name, warm] = process.argv.slice(2) as [string, string, string]
// Note: as in the built import worker, which does not parse the libraries' source maps.
process.setSourceMapsEnabled(false)
const gc = (globalThis as { gc?: () => void }).gc!
await importFile({ name: path.basename(warm), bytes: new Uint8Array(readFileSync(warm)), importedAt: '2026-01-01T00:00:00Z' })
const bytes = new Uint8Array(readFileSync(file))
/** The heap in use outside the code spaces: compiled code comes and goes with the optimising compiler's timing. */
const dataUsed = (): number => getHeapSpaceStatistics().reduce((sum, s) => (s.space_name.startsWith('code') ? sum : sum + s.space_used_size), 0)
gc()
const before = process.memoryUsage().heapUsed
const dataBefore = dataUsed()
const source = await importFile({ name, bytes, importedAt: '2026-01-01T00:00:00Z' })
gc()
const held = process.memoryUsage().heapUsed
const dataHeld = dataUsed() - dataBefore
console.log(JSON.stringify({ clauses: source.clauses.length, bytes: bytes.length, heapBeforeMb: before / MB, heldMb: (held - before) / MB, heldDataMb: dataHeld / MB }))

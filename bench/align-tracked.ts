/**
 * The tracked-changes export against a foreign source at its costliest for the aligner: a
 * draft of near-duplicate clauses (every clause "Clause N: staff must use social media
 * responsibly ...", so every pair of clauses shares every term) against the source it was
 * made from, after a round of edits (one clause in ten reworded, one in fifty removed, moved
 * or new). `trackedAgainstSource` runs `compareSources(source, draftAsSource(draft))`.
 *   npx tsx bench/align-tracked.ts [--clauses 1000] [--runs 5]
 * Prints a readable line, then one JSON line.
 */
import { draftAsSource } from '../src/shared/draft'
import { trackedAgainstSource } from '../src/shared/export/tracked/against-source'
import { largeDraft } from '../tests/export/support/drafts'
import { edited } from './edited-draft'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const SIZE = arg('clauses', 1000)
const RUNS = arg('runs', 5)


const version = largeDraft(SIZE)
const draft = edited(version)
const source = draftAsSource(version)
trackedAgainstSource(draft, source) // warm-up
const times: number[] = []
const cpu: number[] = []
for (let run = 0; run < RUNS; run++) {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  trackedAgainstSource(draft, source)
  times.push(performance.now() - t0)
  const c = process.cpuUsage(c0)
  cpu.push((c.user + c.system) / 1000)
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!
console.log(`tracked export against a foreign source, ${SIZE} near-duplicate clauses: median ${median(times).toFixed(1)} ms over ${RUNS} runs (CPU ${median(cpu).toFixed(1)} ms)`)
console.log(JSON.stringify({ name: `align-tracked-${SIZE}`, medianMs: Number(median(times).toFixed(2)), cpuMs: Number(median(cpu).toFixed(2)) }))

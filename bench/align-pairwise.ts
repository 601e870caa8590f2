/**
 * Two-source comparison speed: two 300-clause policies built from the corpus (A: clauses of
 * the corpus policies one after another; B: A revised, seeded: reworded, moved, deleted,
 * added, split, merged, sections swapped), compared end to end (alignment and word diffs).
 *   npx tsx bench/align-pairwise.ts [--clauses 300] [--runs 9]
 * Prints a readable line, then one JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { compareSources } from '../src/shared/compare/align'
import type { Clause, SourceDocument } from '../src/shared/model'
import { testSource } from '../tests/support/sources'

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}
const SIZE = arg('clauses', 300)
const RUNS = arg('runs', 15)

const root = path.join(import.meta.dirname, '..')
const newClauses = (JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'align', 'new-clauses.json'), 'utf8')) as { clauses: string[] }).clauses

let state = 20120220
const random = (): number => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return state / 4294967296
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

// A: the corpus's clauses in order, each policy's headings under its own name. They are read
// from the evaluation fixtures (the corpus as imported), so that importers (PDF.js and the
// rest) do not weigh on the memory figure.
const fixtures = path.join(root, 'tests', 'fixtures', 'align', 'variants')
const pool: Clause[] = []
for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.json')).sort()) {
  const stored = JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) as { sourceId: string; a: Omit<Clause, 'sourceId' | 'inline' | 'topics'>[] }
  const name = f.replace(/\.json$/, '')
  pool.push(...stored.a.map((c) => ({ ...c, sourceId: stored.sourceId, section: [name, ...c.section.slice(1)], inline: c.text, topics: [] })))
}
const a: Clause[] = Array.from({ length: SIZE }, (_, i) => ({ ...pool[i % pool.length]!, id: `a.${i}` }))

// B: a revision of A.
const SWAPS: [RegExp, string][] = [
  [/\bmust not\b/g, 'should never'],
  [/\bstaff\b/g, 'employees'],
  [/\bcouncil\b/g, 'authority'],
  [/\bsocial media\b/g, 'social networking'],
  [/\bmanager\b/g, 'line manager'],
  [/\binformation\b/g, 'details'],
  [/\bphotographs\b/g, 'pictures'],
  [/\bonline\b/g, 'on the internet'],
]
let b: { text: string; section: string[]; label: string | null }[] = []
for (let i = 0; i < a.length; i++) {
  const c = a[i]!
  const r = random()
  if (r < 0.05) continue // deleted
  if (r < 0.08) b.push({ text: pick(newClauses), section: c.section, label: null }) // added
  let text = c.text
  if (random() < 0.3) for (const [re, to] of SWAPS) if (random() < 0.7) text = text.replace(re, to)
  const sentences = text.split(/(?<=\.) (?=[A-Z])/)
  if (random() < 0.03 && sentences.length >= 2) {
    b.push({ text: sentences[0]!, section: c.section, label: c.label }, { text: sentences.slice(1).join(' '), section: c.section, label: null })
  } else if (random() < 0.03 && i + 1 < a.length) {
    b.push({ text: `${text} ${a[++i]!.text}`, section: c.section, label: c.label })
  } else b.push({ text, section: c.section, label: c.label })
}
for (let k = 0; k < SIZE / 30; k++) {
  const [moved] = b.splice(Math.floor(random() * b.length), 1)
  b.splice(Math.floor(random() * b.length), 0, moved!)
}
// As long as A: trimmed, or made up with more new clauses.
while (b.length < SIZE) b.splice(Math.floor(random() * b.length), 0, { text: pick(newClauses), section: pick(b).section, label: null })
b = b.slice(0, SIZE)
const bClauses: Clause[] = b.map((c, j) => ({ id: `b.${j}`, sourceId: 'b', section: c.section, label: c.label, level: 0, text: c.text, inline: c.text, topics: [] }))

const doc = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses, { title: `Benchmark policy ${id}` })
const docA = doc('a', a)
const docB = doc('b', bClauses)

compareSources(docA, docB) // warm-up: JIT and first-use costs are not counted
const times: number[] = []
let counts = compareSources(docA, docB).counts
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now()
  counts = compareSources(docA, docB).counts
  times.push(performance.now() - t0)
}
times.sort((x, y) => x - y)
const medianMs = times[Math.floor(times.length / 2)]!
const peakRssMB = process.resourceUsage().maxRSS / 1024

console.log(
  `align ${a.length}x${bClauses.length} clauses: median ${medianMs.toFixed(1)} ms over ${RUNS} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}), peak RSS ${peakRssMB.toFixed(0)} MB; rows ${JSON.stringify(counts)}`,
)
console.log(JSON.stringify({ name: `align-${a.length}x${bClauses.length}`, medianMs: Number(medianMs.toFixed(2)), peakRssMB: Number(peakRssMB.toFixed(1)) }))

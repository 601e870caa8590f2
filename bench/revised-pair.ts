/**
 * Two policies of `size` clauses each, built from the corpus as imported (the evaluation
 * fixtures, so importers do not weigh on a benchmark): A, the corpus's clauses one after
 * another; B, A revised (seeded: reworded, moved, deleted, added, split, merged). Shared by
 * bench/align-pairwise.ts (the aligner alone) and bench/compare-api.ts (the service call).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Clause } from '../src/shared/model'

const root = path.join(import.meta.dirname, '..')

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

/** The corpus's clauses in order, each policy's headings under its own name. */
function corpusPool(): Clause[] {
  const fixtures = path.join(root, 'tests', 'fixtures', 'align', 'variants')
  const pool: Clause[] = []
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.json')).sort()) {
    const stored = JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) as { sourceId: string; a: Omit<Clause, 'sourceId' | 'inline' | 'topics'>[] }
    const name = f.replace(/\.json$/, '')
    pool.push(...stored.a.map((c) => ({ ...c, sourceId: stored.sourceId, section: [name, ...c.section.slice(1)], inline: c.text, topics: [] })))
  }
  return pool
}

/** A and B, `size` clauses each; the same every call (the seed is fixed). */
export function revisedPair(size: number): { a: Clause[]; b: Clause[] } {
  let state = 20120220
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const newClauses = (JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'align', 'new-clauses.json'), 'utf8')) as { clauses: string[] }).clauses
  const pool = corpusPool()
  const a: Clause[] = Array.from({ length: size }, (_, i) => ({ ...pool[i % pool.length]!, id: `a.${i}` }))

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
  for (let k = 0; k < size / 30; k++) {
    const [moved] = b.splice(Math.floor(random() * b.length), 1)
    b.splice(Math.floor(random() * b.length), 0, moved!)
  }
  // As long as A: trimmed, or made up with more new clauses.
  while (b.length < size) b.splice(Math.floor(random() * b.length), 0, { text: pick(newClauses), section: pick(b).section, label: null })
  b = b.slice(0, size)
  const bClauses: Clause[] = b.map((c, j) => ({ id: `b.${j}`, sourceId: 'b', section: c.section, label: c.label, level: 0, text: c.text, inline: c.text, topics: [] }))
  return { a, b: bClauses }
}

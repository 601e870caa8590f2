/**
 * Synthetic libraries for the scaling benchmarks: many sources, each a reworded copy of a
 * corpus policy. Rewording is seeded, so the same size always gives the same library:
 * synonym swaps (from the comparison's own synonym lists), dropped and inserted words, parts
 * of a sentence swapped round a comma, clauses left out and neighbouring clauses swapped.
 */
import related from '../../../src/shared/compare/library/related-terms.json' with { type: 'json' }
import synonyms from '../../../src/shared/compare/synonyms.json' with { type: 'json' }
import type { Clause, SourceDocument } from '../../../src/shared/model'

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const groups = [...synonyms.groups, ...related.groups].map((g) => g.filter((w) => !w.includes(' ')))
const groupOf = new Map<string, string[]>()
for (const g of groups) if (g.length > 1) for (const w of g) groupOf.set(w, g)
const FILLERS = ['clearly', 'always', 'in practice', 'at all times', 'where possible', 'as a rule', 'of course', 'generally', 'in every case']

function reword(text: string, rand: () => number): string {
  let body = text
  if (rand() < 0.3) {
    const comma = body.indexOf(', ')
    if (comma > 0 && comma < body.length - 3) body = `${body.slice(comma + 2).replace(/[.;:]\s*$/, '')}, ${body.slice(0, comma).replace(/^./, (c) => c.toLowerCase())}.`
  }
  const out: string[] = []
  for (const word of body.split(/\s+/).filter(Boolean)) {
    const bare = word.toLowerCase().replace(/[^a-z]/g, '')
    if (out.length > 0 && rand() < 0.06) continue
    const group = groupOf.get(bare)
    if (group && rand() < 0.35) out.push(word.replace(/[A-Za-z]+/, group[Math.floor(rand() * group.length)]!))
    else out.push(word)
    if (rand() < 0.05) out.push(FILLERS[Math.floor(rand() * FILLERS.length)]!)
  }
  return out.join(' ')
}

export interface SyntheticLibrary {
  sources: { id: string; title: string; clauses: Clause[] }[]
  /** For each synthetic clause id, the corpus clause it rewords. */
  baseOf: Map<string, string>
}

/** A library of exactly `size` clauses, each source most of one corpus policy, reworded. */
export function syntheticLibrary(corpus: readonly SourceDocument[], size: number, seed = 1): SyntheticLibrary {
  const rand = random(seed)
  const sources: SyntheticLibrary['sources'] = []
  const baseOf = new Map<string, string>()
  let total = 0
  while (total < size) {
    const template = corpus[Math.floor(rand() * corpus.length)]!
    const id = `syn${sources.length}`
    const picked = template.clauses.filter(() => rand() < 0.85)
    for (let k = 0; k + 1 < picked.length; k++) {
      if (rand() < 0.05) [picked[k], picked[k + 1]] = [picked[k + 1]!, picked[k]!]
    }
    const clauses: Clause[] = []
    for (const base of picked) {
      if (total >= size) break
      const text = reword(base.text, rand)
      const clause: Clause = { ...base, id: `${id}.${clauses.length}`, sourceId: id, text, inline: text }
      baseOf.set(clause.id, base.id)
      clauses.push(clause)
      total++
    }
    sources.push({ id, title: `${template.title} (synthetic ${sources.length})`, clauses })
  }
  return { sources, baseOf }
}

/**
 * A tuning set's families read against its gold, for a person to study (`npx tsx
 * bench/eval-families.ts --explain 4`): every family found with each member's gold duty (a
 * member of another duty than the family's most common one is marked), then each duty whose
 * clauses the families split, with the evidence each missed pair had: its cosine, the duty
 * concepts the two share, and the main topic of each. Note: only for sets written for tuning,
 * never duty set 2, which is held out.
 */
import { buildClauseIndex, buildFamilies, type FamilyOptions, type IndexOptions } from '../../../src/shared/compare/library'
import { dutyConceptNames, dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'
import { clauseReading } from '../../../src/shared/compare/library/clause-reading'
import { mainTopics } from '../../../src/shared/compare/library/main-topic'
import { defaultFamilyOptions } from '../../../src/shared/compare/library/families'
import { similarity } from '../../../src/shared/compare/library/sparse'
import type { MiniLibrary } from './fixtures'

export function explainFamilies(set: MiniLibrary, options: Partial<FamilyOptions> = {}, indexOptions: Partial<IndexOptions> = {}, width = 100): string[] {
  const opts = { ...defaultFamilyOptions, ...options }
  const index = buildClauseIndex(set.sources, indexOptions)
  const families = buildFamilies(index, options)
  const main = mainTopics(index, { dominance: opts.mainTopicDominance, spread: opts.mainTopicSpread })
  const out: string[] = []
  const text = (id: string): string => index.clauses[index.numberOf.get(id)!]!.text.slice(0, width)
  const gold = (id: string): string => set.familyOf.get(id) ?? '-'
  const familyNo = new Map<string, number>()
  families.forEach((f, k) => {
    const counts = new Map<string, number>()
    for (const m of f.members) counts.set(gold(m.clauseId), (counts.get(gold(m.clauseId)) ?? 0) + 1)
    const [major] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    out.push(`family ${k} (${major}, cohesion ${f.cohesion.toFixed(2)})`)
    for (const m of f.members) {
      familyNo.set(m.clauseId, k)
      out.push(`  ${gold(m.clauseId) === major ? ' ' : '✗'} ${m.clauseId} [${gold(m.clauseId)}]${m.repeatOf ? ' (restates)' : ''} ${text(m.clauseId)}`)
    }
  })
  const conceptsOf = (id: string): Set<string> => new Set(dutyConcepts(clauseReading(index.clauses[index.numberOf.get(id)!]!)).map((c) => dutyConceptNames[c]!))
  const byDuty = new Map<string, string[]>()
  for (const [id, duty] of set.familyOf) if (duty) byDuty.set(duty, [...(byDuty.get(duty) ?? []), id])
  for (const [duty, ids] of byDuty) {
    const places = new Set(ids.map((id) => familyNo.get(id) ?? -1))
    if (places.size === 1 && !places.has(-1)) continue
    out.push(`duty ${duty}: split over ${[...places].map((p) => (p < 0 ? 'none' : `family ${p}`)).join(', ')}`)
    for (const id of ids) {
      const i = index.numberOf.get(id)!
      out.push(`    ${id} (${familyNo.has(id) ? `family ${familyNo.get(id)}` : 'alone'}; main topic ${main[i] ?? '-'}; concepts ${[...conceptsOf(id)].join(' ') || '-'}) ${text(id)}`)
    }
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const [a, b] = [ids[x]!, ids[y]!]
        if (a.split('.')[0] === b.split('.')[0] || (familyNo.has(a) && familyNo.get(a) === familyNo.get(b))) continue
        const s = similarity(index.vectors[index.numberOf.get(a)!]!, index.vectors[index.numberOf.get(b)!]!)
        const shared = [...conceptsOf(a)].filter((c) => conceptsOf(b).has(c))
        out.push(`      missed ${a} ~ ${b}: cosine ${s.toFixed(2)}, shared concepts ${shared.join(' ') || '-'}`)
      }
    }
  }
  return out
}

/**
 * What the aligner leaves on the TUNE part of the revision set, by kind (never the held-out
 * part): each gold pair not found is a part of a split or merge; a rewording in place (both
 * clauses left over in one gap between in-order anchors; "sandwiched" when the clauses just
 * before and just after both are aligned together); a rewording moved (both left over, in other
 * gaps: within the learned step's reach, or beyond); or taken (a clause aligned elsewhere).
 * Likewise the plausible leftover pairs that are not gold, the learned step's negatives.
 *   npx tsx bench/revision-misses.ts [--list]
 */
import { FEATURE_NAMES } from '../src/shared/compare/align/leftover-features'
import { pairKey, rowPairs } from '../tests/compare/align/evaluation'
import { compareInspectingLeftovers } from '../tests/compare/align/leftover-inspection'
import { loadRevisionPairs } from '../tests/compare/align/revisions'

const SAME_GAP = FEATURE_NAMES.indexOf('sameGap')
const NEIGHBOURS = FEATURE_NAMES.indexOf('neighbours')
const list = process.argv.includes('--list')
const kinds = new Map<string, number>()
const negatives = new Map<string, number>()
const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1)

for (const p of (await loadRevisionPairs()).filter((x) => x.part === 'tune')) {
  const { comparison, seen, a, b } = compareInspectingLeftovers(p)
  const rows = comparison.rows
  const found = rowPairs(rows)
  const leftover = new Set(rows.filter((r) => r.status === 'only-a' || r.status === 'only-b').flatMap((r) => [...r.a, ...r.b].map((c) => c.id)))
  const candidate = new Map(seen.candidates.map((c, k) => [pairKey(a[c[0]]!.id, b[c[1]]!.id), seen.features[k]!]))
  const partners = new Map<string, number>()
  for (const g of p.gold) for (const id of g.split('\u0000')) partners.set(id, (partners.get(id) ?? 0) + 1)
  const text = new Map([...a, ...b].map((c) => [c.id, c.text.slice(0, 60)]))
  for (const g of p.gold) {
    if (found.has(g)) continue
    const [x, y] = g.split('\u0000') as [string, string]
    const f = candidate.get(g)
    let kind: string
    if (partners.get(x)! > 1 || partners.get(y)! > 1) kind = 'split/merge part'
    else if (!leftover.has(x) || !leftover.has(y)) kind = 'taken (a clause aligned elsewhere)'
    else if (f && f[SAME_GAP] === 1) kind = f[NEIGHBOURS] === 2 ? 'in place, sandwiched' : 'in place'
    else kind = f ? 'moved, within reach' : 'moved, beyond reach'
    count(kinds, kind)
    if (list) console.log(`${p.name}  [${kind}]  ${text.get(x)}  ->  ${text.get(y)}`)
  }
  for (const [key, f] of candidate) {
    if (p.gold.has(key)) continue
    const [x, y] = key.split('\u0000') as [string, string]
    if (p.ignored.has(x) || p.ignored.has(y)) continue
    count(negatives, f[SAME_GAP] === 1 ? (f[NEIGHBOURS] === 2 ? 'in place, sandwiched' : 'in place') : 'elsewhere within reach')
  }
}
console.log('tune misses by kind:')
for (const [k, n] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)}  ${k}`)
console.log('plausible leftover pairs that are not gold:')
for (const [k, n] of [...negatives].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)}  ${k}`)

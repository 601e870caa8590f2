/**
 * The draft check (checkDocument) against labelled pairs, each set as one draft: precision and
 * recall of repeats and of conflicts, and the look-alike pairs it reports, beside two simple
 * baselines (repeats: word-set Jaccard at 0.5; conflicts: the same words once modal verbs and
 * negations are taken out, one of the two negative).
 * - planted (draft-check-planted.json): written with the code, tuned on;
 * - tune-2 (draft-check-tune-2.json, when there): written before the rules it tuned, tuned on;
 * - held-out (draft-check-held-out.json): written apart, never tuned on; scored only with
 *   `--held-out`, totals only.
 *
 *   npx tsx bench/eval-draft-check.ts [--held-out] [--explain planted|tune-2]
 *
 * `--explain` prints a tune set's wrong and missed pairs, then stops. Never the held-out set.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { libraryFixtures } from '../tests/compare/library/corpus'
import { baselinePairs, checkPairs, loadPairs, scoreSet, type LabelledPair, type Reported, type SetScore } from '../tests/compare/library/draft-check-sets'

const sets: Record<string, string> = { planted: 'draft-check-planted.json', 'tune-2': 'draft-check-tune-2.json' }
const f2 = (x: number): string => x.toFixed(2)

const explain = process.argv.indexOf('--explain')
if (explain > 0) {
  const which = process.argv[explain + 1] ?? ''
  // Note: the held-out set is not looked into, so it has no --explain.
  if (!(which in sets)) throw new Error(`--explain takes ${Object.keys(sets).join(' or ')}, not ${which}`)
  const pairs = loadPairs(sets[which]!)
  const found = checkPairs(pairs)
  const texts = pairs.flatMap((p) => [p.a, p.b])
  const key = (r: Reported): string => `${Math.min(r.a, r.b)}|${Math.max(r.a, r.b)}`
  for (const [kind, list] of [['repeat', found.repeats], ['conflict', found.conflicts]] as const) {
    for (const r of list) {
      const lo = Math.min(r.a, r.b)
      const right = lo % 2 === 0 && Math.max(r.a, r.b) === lo + 1 && pairs[lo / 2]!.kind === kind
      if (!right) console.log(`wrong ${kind}: ${texts[r.a]} // ${texts[r.b]}`)
    }
  }
  const reported = new Set([...found.repeats, ...found.conflicts].map(key))
  pairs.forEach((p, k) => {
    if (p.kind !== 'none' && !reported.has(`${2 * k}|${2 * k + 1}`)) console.log(`missed ${p.kind}: ${p.a} // ${p.b}`)
  })
  process.exit(0)
}

function line(label: string, pairs: readonly LabelledPair[]): void {
  const s = scoreSet(pairs, checkPairs(pairs))
  const b = scoreSet(pairs, baselinePairs(pairs))
  const counts = `${pairs.filter((p) => p.kind === 'repeat').length} repeats, ${pairs.filter((p) => p.kind === 'conflict').length} conflicts, ${pairs.filter((p) => p.kind === 'none').length} look-alikes`
  console.log(`draft check, ${label} (${counts}):`)
  console.log(`  repeats   precision ${f2(s.repeats.precision)} recall ${f2(s.repeats.recall)}; baseline (word-set Jaccard 0.5) ${f2(b.repeats.precision)} / ${f2(b.repeats.recall)}`)
  console.log(`  conflicts precision ${f2(s.conflicts.precision)} recall ${f2(s.conflicts.recall)}; baseline (same words without modals) ${f2(b.conflicts.precision)} / ${f2(b.conflicts.recall)}`)
  console.log(`  look-alike false alarms: ${falseAlarms(s)}; baseline ${falseAlarms(b)}`)
}

const falseAlarms = (s: SetScore): string => `${s.lookAlikeConflicts} as conflicts, ${s.lookAlikeRepeats} as repeats`

line('planted (tune)', loadPairs(sets.planted!))
if (existsSync(path.join(libraryFixtures, sets['tune-2']!))) line('tune-2', loadPairs(sets['tune-2']!))
// Note: the held-out set is scored only when asked, so tuning runs never see it.
if (process.argv.includes('--held-out')) line('held-out (never tuned on)', loadPairs('draft-check-held-out.json'))

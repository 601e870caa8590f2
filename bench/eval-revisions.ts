/**
 * `npm run eval`: the aligner against the revision evaluation set (tests/fixtures/revisions/),
 * beside the greedy best-ratio baseline, per pair and overall, tune and held-out apart.
 *   npx tsx bench/eval-revisions.ts [--cutoff 0.15] [--part tune] [--explain PAIR]
 * --part tune prints the tune part alone (what tuning looks at).
 * --explain prints the aligner's misses and false pairs on one pair, or on every tune pair with
 * `--explain all` (tune pairs only: the held-out part is not looked into while tuning).
 */
import { compareSources } from '../src/shared/compare/align'
import {
  addFigures,
  BASELINE_CUTOFF,
  emptyFigures,
  figuresOf,
  greedyWordBaseline,
  loadRevisionPairs,
  type PairFigures,
  type Part,
  ratesOf,
  type RevisionPair,
} from '../tests/compare/align/revisions'
import { rowPairs } from '../tests/compare/align/evaluation'

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
// Note: --help prints this and stops: it once ran the whole evaluation, held-out part included,
// which counts as one of the two held-out runs a round may make.
if (process.argv.includes('--help')) {
  console.log('npx tsx bench/eval-revisions.ts [--cutoff 0.15] [--part tune|held-out] [--explain PAIR|all]\n  --part tune: the tune part alone (what tuning looks at); --explain: misses and false pairs of a tune pair, or of all')
  process.exit(0)
}
const cutoff = Number(arg('cutoff') ?? BASELINE_CUTOFF)
const explain = arg('explain')
const onlyPart = arg('part')

const pairs = await loadRevisionPairs()
const cell = (f: PairFigures): string => {
  const r = ratesOf(f)
  return [r.precision, r.recall, r.f1, r.changedRecall].map((x) => x.toFixed(3)).join(' ')
}
const header = `${'pair'.padEnd(27)}${'gold'.padStart(5)}${'chg'.padStart(5)}   ${'aligner  P     R     F1    Rchg'.padEnd(28)}   baseline  P     R     F1    Rchg`
const line = (label: string, f: PairFigures[]): string => `${label.padEnd(27)}${String(f[0]!.actual).padStart(5)}${String(f[0]!.changedActual).padStart(5)}   ${cell(f[0]!).padEnd(28)}   ${cell(f[1]!)}`

const totals = new Map<string, PairFigures[]>()
const results: { name: string; part: Part; aligner: ReturnType<typeof ratesOf> }[] = []
const ms: number[] = []
console.log(`Clause pairing on ${pairs.length} revision pairs written for the project (greedy word-overlap baseline cut-off ${cutoff})\n`)
for (const part of ['tune', 'held-out'] as const) {
  if (onlyPart && onlyPart !== part) continue
  console.log(`${part}\n${header}`)
  for (const p of pairs.filter((x) => x.part === part)) {
    const t0 = performance.now()
    const comparison = compareSources(p.a, p.b)
    ms.push(performance.now() - t0)
    const f = [figuresOf(p, comparison.rows), figuresOf(p, greedyWordBaseline(p.a.clauses, p.b.clauses, cutoff))]
    console.log(line(p.name, f))
    for (const key of [part, 'all']) {
      if (!totals.has(key)) totals.set(key, [emptyFigures(), emptyFigures()])
      totals.get(key)!.forEach((t, k) => addFigures(t, f[k]!))
    }
    results.push({ name: p.name, part, aligner: ratesOf(f[0]!) })
    if (explain === p.name || (explain === 'all' && part === 'tune')) explainPair(p, comparison.rows)
  }
  if (totals.has(part)) console.log(line(`${part} overall`, totals.get(part)!) + '\n')
}
if (!onlyPart) console.log(line('all pairs', totals.get('all')!))
// The same revision compared as Word files and as the PDFs made from them: F1 must agree within 0.01.
const f1Of = (name: string): number | undefined => results.find((r) => r.name === name)?.aligner.f1
const word = f1Of('office-word')
const pdf = f1Of('office-pdf')
const pdfVsWord = word !== undefined && pdf !== undefined ? { word, pdf, difference: Math.abs(word - pdf) } : undefined
if (pdfVsWord) console.log(`\nPDF against Word (office-pdf / office-word): F1 ${pdf!.toFixed(3)} / ${word!.toFixed(3)}, difference ${pdfVsWord.difference.toFixed(3)} (goal <= 0.01)`)
console.log(`\ncompare time per pair: max ${Math.max(...ms).toFixed(1)} ms`)
if (!onlyPart) console.log(JSON.stringify({ name: 'eval-revisions', tune: ratesOf(totals.get('tune')?.[0] ?? emptyFigures()), heldOut: ratesOf(totals.get('held-out')?.[0] ?? emptyFigures()), pdfVsWord, pairs: results }))

function explainPair(p: RevisionPair, rows: Parameters<typeof rowPairs>[0]): void {
  if (p.part === 'held-out') {
    console.log('  (held-out: not explained)')
    return
  }
  const text = new Map([...p.a.clauses, ...p.b.clauses].map((c) => [c.id, c.text.slice(0, 70)]))
  const got = rowPairs(rows)
  const show = (k: string): string => k.split('\u0000').map((id) => text.get(id)).join('  ->  ')
  const rowOf = new Map<string, string>()
  for (const r of rows as { status?: string; a: { id: string }[]; b: { id: string }[] }[]) {
    for (const c of [...r.a, ...r.b]) rowOf.set(c.id, `${r.status ?? ''} ${r.a.length}+${r.b.length}`)
  }
  for (const g of p.gold) {
    if (got.has(g)) continue
    const [x, y] = g.split('\u0000') as [string, string]
    console.log(`  missed: ${show(g)}   [rows: ${rowOf.get(x)} / ${rowOf.get(y)}]`)
  }
  for (const g of got) {
    const [x, y] = g.split('\u0000') as [string, string]
    if (!p.gold.has(g) && !p.ignored.has(x) && !p.ignored.has(y)) console.log(`  false:  ${show(g)}`)
  }
}

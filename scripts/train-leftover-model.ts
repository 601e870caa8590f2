/**
 * Fits the learned last step's weights (src/shared/compare/align/leftover-model.ts) on the
 * TUNE part of the revision set alone (tests/fixtures/revisions/, never the held-out part), and
 * judges it by cross-validation first: the tune pairs split into FOLDS by pair, each fold's
 * pairs weighed by a model fitted on the other folds.
 *   npx tsx scripts/train-leftover-model.ts [--penalty 1] [--only f1,f2] [--nested] [--write FILE]
 * prints, by threshold, what the step adds out of fold; --nested chooses the penalty and the
 * threshold inside each outer fold (the honest figure for a choice made on the folds);
 * --write writes the model fitted on all tune pairs as JSON (pass it as options.leftovers.model)
 * when a threshold meets the bar.
 * The aligner runs once per pair with the step off, telling its candidates (options.leftovers
 * inspect); since the step is the last and only adds pairs among leftovers, what it adds is
 * counted on those candidates exactly as the evaluation would count it.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { FEATURE_NAMES } from '../src/shared/compare/align/leftover-features'
import { type LeftoverModel, pairProbability, pairsByProbability } from '../src/shared/compare/align/leftover-model'
import { pairKey } from '../tests/compare/align/evaluation'
import { compareInspectingLeftovers } from '../tests/compare/align/leftover-inspection'
import { addFigures, emptyFigures, figuresOf, loadRevisionPairs, type PairFigures, ratesOf } from '../tests/compare/align/revisions'
import { fitLogistic } from './logistic-regression'

const FOLDS = 5
const PENALTY = process.argv.includes('--penalty') ? Number(process.argv[process.argv.indexOf('--penalty') + 1]) : 1
const PENALTIES = [0.1, 1, 10]
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
/** The step is kept only where what it adds holds this precision (about one false pair per three true). */
const ADDED_PRECISION = 0.75
const OVERALL_PRECISION = 0.98

interface PairData {
  name: string
  fold: number
  before: PairFigures
  candidates: [number, number][]
  features: number[][]
  /** Per candidate: a gold pair (true), not (false), or touching an ignored clause (undefined: not scored). */
  labels: (boolean | undefined)[]
  changed: boolean[]
}

const pairs = (await loadRevisionPairs()).filter((p) => p.part === 'tune')
const data: PairData[] = pairs.map((p, k) => {
  const { comparison, seen, a, b } = compareInspectingLeftovers(p)
  const keyOf = ([i, j]: readonly [number, number]): string => pairKey(a[i]!.id, b[j]!.id)
  const ignored = ([i, j]: readonly [number, number]): boolean => p.ignored.has(a[i]!.id) || p.ignored.has(b[j]!.id)
  return {
    name: p.name,
    fold: k % FOLDS,
    before: figuresOf(p, comparison.rows),
    candidates: seen.candidates.map(([i, j]) => [i, j] as [number, number]),
    features: seen.features.map((x) => [...x]),
    labels: seen.candidates.map((c) => (ignored(c) ? undefined : p.gold.has(keyOf(c)))),
    changed: seen.candidates.map((c) => p.changed.has(keyOf(c))),
  }
})

// --same-gap: only the candidates in one gap between in-order anchors (rewordings in place).
if (process.argv.includes('--same-gap')) {
  const at = FEATURE_NAMES.indexOf('sameGap')
  for (const d of data) {
    const keep = d.features.map((x) => x[at] === 1)
    d.candidates = d.candidates.filter((_, k) => keep[k])
    d.labels = d.labels.filter((_, k) => keep[k])
    d.changed = d.changed.filter((_, k) => keep[k])
    d.features = d.features.filter((_, k) => keep[k])
  }
}
// --only a,b,c: fit on those features alone (the rest held at 0, so their weights stay 0).
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1]!.split(',')) : undefined
if (only) for (const d of data) d.features = d.features.map((x) => x.map((v, k) => (only.has(FEATURE_NAMES[k]!) ? v : 0)))

const trainingRows = (use: (d: PairData) => boolean): { rows: number[][]; labels: boolean[] } => {
  const rows: number[][] = []
  const labels: boolean[] = []
  for (const d of data.filter(use)) {
    d.features.forEach((x, k) => {
      if (d.labels[k] === undefined) return
      rows.push(x)
      labels.push(d.labels[k]!)
    })
  }
  return { rows, labels }
}
const modelOf = (use: (d: PairData) => boolean, threshold: number): LeftoverModel => {
  const { rows, labels } = trainingRows(use)
  return { features: [...FEATURE_NAMES], ...fitLogistic(rows, labels, PENALTY), threshold }
}

/** What the step adds on one pair at a threshold, given each candidate's probability. */
const added = (d: PairData, probabilities: number[], threshold: number): { tp: number; fp: number; changed: number } => {
  const taken = pairsByProbability(d.candidates, probabilities, threshold)
  const index = new Map(d.candidates.map((c, k) => [`${c[0]},${c[1]}`, k]))
  let tp = 0
  let fp = 0
  let changed = 0
  for (const [i, j] of taken) {
    const k = index.get(`${i},${j}`)!
    if (d.labels[k] === undefined) continue
    if (d.labels[k]) tp++
    else fp++
    if (d.changed[k]) changed++
  }
  return { tp, fp, changed }
}

/** What the step adds over several pairs at a threshold (each pair's probabilities from `probabilitiesOf`), and the figures overall with it. */
const addedOver = (pairs: readonly PairData[], probabilitiesOf: (d: PairData) => number[], threshold: number): { tp: number; fp: number; total: PairFigures } => {
  const total = emptyFigures()
  let tp = 0
  let fp = 0
  for (const d of pairs) {
    const got = added(d, probabilitiesOf(d), threshold)
    tp += got.tp
    fp += got.fp
    addFigures(total, { ...d.before, truePositives: d.before.truePositives + got.tp, predicted: d.before.predicted + got.tp + got.fp, changedFound: d.before.changedFound + got.changed })
  }
  return { tp, fp, total }
}
/** The bar a setting must meet: what it adds holds ADDED_PRECISION, and the whole OVERALL_PRECISION. */
const meetsBar = ({ tp, fp, total }: { tp: number; fp: number; total: PairFigures }): boolean =>
  tp > 0 && tp / (tp + fp) >= ADDED_PRECISION && ratesOf(total).precision >= OVERALL_PRECISION

const totalBefore = emptyFigures()
for (const d of data) addFigures(totalBefore, d.before)
const rates = (f: PairFigures): string => {
  const r = ratesOf(f)
  return [r.precision, r.recall, r.f1, r.changedRecall].map((x) => x.toFixed(3)).join(' / ')
}
const scored = data.flatMap((d) => d.labels.filter((l) => l !== undefined))
console.log(`${data.length} tune pairs; step off: P / R / F1 / changed R ${rates(totalBefore)}`)
console.log(`plausible leftover pairs: ${scored.length} scored, ${scored.filter(Boolean).length} gold, ${scored.filter((l) => !l).length} not gold`)

// Out-of-fold probabilities: each pair's candidates weighed by the model fitted on the other folds.
const outOfFold = new Map<string, number[]>()
for (let f = 0; f < FOLDS; f++) {
  const model = modelOf((d) => d.fold !== f, 0.5)
  for (const d of data.filter((x) => x.fold === f)) outOfFold.set(d.name, d.features.map((x) => pairProbability(model, x)))
}
console.log('\nout-of-fold, by threshold: added true / false, overall P / R / F1 / changed R')
const keep: number[] = []
for (const t of THRESHOLDS) {
  const got = addedOver(data, (d) => outOfFold.get(d.name)!, t)
  const { tp, fp, total } = got
  const ok = meetsBar(got)
  if (ok) keep.push(t)
  console.log(`  ${t.toFixed(2)}  +${tp} / +${fp}   ${rates(total)}${ok ? '   meets the bar' : ''}`)
}
// --list T: the pairs the step adds out of fold at threshold T, each with its label and features.
if (process.argv.includes('--list')) {
  const t = Number(process.argv[process.argv.indexOf('--list') + 1])
  console.log(`\nadded out of fold at ${t}:`)
  for (const d of data) {
    const probabilities = outOfFold.get(d.name)!
    for (const [i, j] of pairsByProbability(d.candidates, probabilities, t)) {
      const k = d.candidates.findIndex((c) => c[0] === i && c[1] === j)
      const f = d.features[k]!
      const show = FEATURE_NAMES.map((n, m) => `${n} ${Number.isInteger(f[m]) ? f[m] : f[m]!.toFixed(2)}`).join(', ')
      console.log(`  ${d.labels[k] === undefined ? '?' : d.labels[k] ? 'true ' : 'FALSE'} ${d.name} (${i}, ${j}) p ${probabilities[k]!.toFixed(2)}: ${show}`)
    }
  }
}

// Nested: each outer fold's penalty and threshold chosen by cross-validation on the other four
// folds alone (the most added true pairs among settings meeting the bar; none: the step off),
// so that the choice itself is judged on pairs it never saw.
if (process.argv.includes('--nested')) {
  console.log('\nnested cross-validation (penalty and threshold chosen inside each outer fold):')
  let outerTp = 0
  let outerFp = 0
  const outerTotal = emptyFigures()
  for (let f = 0; f < FOLDS; f++) {
    const inner = data.filter((d) => d.fold !== f)
    const innerFolds = [...new Set(inner.map((d) => d.fold))]
    let choice: { penalty: number; threshold: number; tp: number } | undefined
    for (const penalty of PENALTIES) {
      const probs = new Map<string, number[]>()
      for (const g of innerFolds) {
        const { rows, labels } = trainingRows((d) => d.fold !== f && d.fold !== g)
        const model: LeftoverModel = { features: [...FEATURE_NAMES], ...fitLogistic(rows, labels, penalty), threshold: 0.5 }
        for (const d of inner.filter((x) => x.fold === g)) probs.set(d.name, d.features.map((x) => pairProbability(model, x)))
      }
      for (const t of THRESHOLDS) {
        const got = addedOver(inner, (d) => probs.get(d.name)!, t)
        if (meetsBar(got) && (!choice || got.tp > choice.tp)) choice = { penalty, threshold: t, tp: got.tp }
      }
    }
    let tp = 0
    let fp = 0
    const outer = data.filter((d) => d.fold === f)
    if (choice) {
      const { rows, labels } = trainingRows((d) => d.fold !== f)
      const model: LeftoverModel = { features: [...FEATURE_NAMES], ...fitLogistic(rows, labels, choice.penalty), threshold: choice.threshold }
      const got = addedOver(outer, (d) => d.features.map((x) => pairProbability(model, x)), choice.threshold)
      tp = got.tp
      fp = got.fp
      addFigures(outerTotal, got.total)
    } else for (const d of outer) addFigures(outerTotal, d.before)
    outerTp += tp
    outerFp += fp
    console.log(`  fold ${f + 1}: ${choice ? `penalty ${choice.penalty}, threshold ${choice.threshold}` : 'no setting meets the bar inside: step off'}; added +${tp} / +${fp}`)
  }
  console.log(`  overall: added +${outerTp} / +${outerFp}; P / R / F1 / changed R ${rates(outerTotal)}`)
}

// The threshold: of those meeting the bar, the lowest (the most recall), if any.
const threshold = keep.length > 0 ? Math.min(...keep) : undefined
if (threshold === undefined) console.log('\nNo threshold meets the bar out of fold: the step does not generalise; nothing written.')
else {
  console.log(`\nthreshold ${threshold}: per fold, added true / false`)
  for (let f = 0; f < FOLDS; f++) {
    const { tp, fp } = addedOver(data.filter((x) => x.fold === f), (d) => outOfFold.get(d.name)!, threshold)
    console.log(`  fold ${f + 1} (${data.filter((x) => x.fold === f).length} pairs): +${tp} / +${fp}`)
  }
  const model = modelOf(() => true, threshold)
  console.log('\nweights fitted on all tune pairs (standardised features):')
  FEATURE_NAMES.forEach((name, k) => console.log(`  ${name.padEnd(18)} ${model.weights[k]!.toFixed(3)}`))
  console.log(`  ${'bias'.padEnd(18)} ${model.bias.toFixed(3)}`)
  if (process.argv.includes('--write')) {
    const out = path.resolve(process.argv[process.argv.indexOf('--write') + 1]!)
    const round = (x: number): number => Number(x.toPrecision(8))
    const json = {
      note: 'Fitted by scripts/train-leftover-model.ts on the tune part of tests/fixtures/revisions/ only; threshold chosen by 5-fold cross-validation by pair.',
      features: model.features,
      means: model.means.map(round),
      scales: model.scales.map(round),
      weights: model.weights.map(round),
      bias: round(model.bias),
      threshold,
    }
    writeFileSync(out, JSON.stringify(json, null, 1) + '\n')
    console.log(`written: ${out}`)
  }
}

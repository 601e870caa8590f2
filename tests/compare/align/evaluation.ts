/**
 * The alignment evaluation set: fixture types, loading, and pairing precision / recall / F1.
 * Pairs are (A clause id, B clause id); a split or merge counts as its member pairs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'

export const VARIANT_KINDS = [
  'reworded',
  'paraphrased',
  'deleted',
  'added',
  'replaced',
  'moved',
  'sections-reordered',
  'split',
  'merged',
  'renumbered',
  'mixed',
] as const
export type VariantKind = (typeof VARIANT_KINDS)[number]

/** Which clauses of A became which of B: one to one, one to two (split) or two to one (merge). */
export interface TruthGroup {
  a: string[]
  b: string[]
}

export interface Variant {
  name: string
  kind: VariantKind
  seed: number
  b: Clause[]
  truth: TruthGroup[]
}

export interface VariantFile {
  source: string
  a: Clause[]
  variants: Variant[]
}

/** A clause as the fixtures store it: what comparison reads (inline and topics are filled in on load). */
export type FixtureClause = Pick<Clause, 'id' | 'section' | 'label' | 'level' | 'text'>

export interface StoredVariant extends Omit<Variant, 'b'> {
  sourceId: string
  b: FixtureClause[]
}

export interface StoredVariantFile {
  source: string
  sourceId: string
  a: FixtureClause[]
  variants: StoredVariant[]
}

/** JSON with one clause or truth group a line: small enough to keep, easy to read in a diff. */
export function serialise(file: StoredVariantFile): string {
  const lines = (items: readonly unknown[], indent: string): string => items.map((x) => indent + JSON.stringify(x)).join(',\n')
  const variant = (v: StoredVariant): string =>
    `  {"name": ${JSON.stringify(v.name)}, "kind": ${JSON.stringify(v.kind)}, "seed": ${v.seed}, "sourceId": ${JSON.stringify(v.sourceId)},\n   "b": [\n${lines(v.b, '    ')}\n   ],\n   "truth": [\n${lines(v.truth, '    ')}\n   ]}`
  return `{"source": ${JSON.stringify(file.source)}, "sourceId": ${JSON.stringify(file.sourceId)},\n "a": [\n${lines(file.a, '  ')}\n ],\n "variants": [\n${file.variants.map(variant).join(',\n')}\n ]}\n`
}

const expand = (c: FixtureClause, sourceId: string): Clause => ({ ...c, sourceId, inline: c.text, topics: [] })

export const variantsDir = fixturePath('align', 'variants')

export function loadVariantFiles(): VariantFile[] {
  return readdirSync(variantsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const stored = JSON.parse(readFileSync(path.join(variantsDir, f), 'utf8')) as StoredVariantFile
      return {
        source: stored.source,
        a: stored.a.map((c) => expand(c, stored.sourceId)),
        variants: stored.variants.map(({ sourceId, b, ...v }) => ({ ...v, b: b.map((c) => expand(c, sourceId)) })),
      }
    })
}

export type Pair = `${string}\u0000${string}`
export const pairKey = (a: string, b: string): Pair => `${a}\u0000${b}`

export function truthPairs(groups: readonly TruthGroup[]): Set<Pair> {
  const out = new Set<Pair>()
  for (const g of groups) for (const a of g.a) for (const b of g.b) out.add(pairKey(a, b))
  return out
}

export function rowPairs(rows: readonly { a: readonly { id: string }[]; b: readonly { id: string }[] }[]): Set<Pair> {
  const out = new Set<Pair>()
  for (const r of rows) for (const a of r.a) for (const b of r.b) out.add(pairKey(a.id, b.id))
  return out
}

export interface Tally {
  truePositives: number
  predicted: number
  actual: number
}

export const emptyTally = (): Tally => ({ truePositives: 0, predicted: 0, actual: 0 })

export function addTally(into: Tally, predicted: ReadonlySet<Pair>, actual: ReadonlySet<Pair>): void {
  let tp = 0
  for (const p of predicted) if (actual.has(p)) tp++
  into.truePositives += tp
  into.predicted += predicted.size
  into.actual += actual.size
}

export interface Scores {
  precision: number
  recall: number
  f1: number
}

export function scoresOf(t: Tally): Scores {
  const precision = t.predicted === 0 ? 1 : t.truePositives / t.predicted
  const recall = t.actual === 0 ? 1 : t.truePositives / t.actual
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** A fixed-width table of P/R/F1 per variant kind and overall, one column group per method. */
export function formatTable(methods: readonly string[], rows: readonly { label: string; n: number; scores: Scores[] }[]): string {
  const cell = (s: Scores): string => `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}`
  const width = 19
  const head1 = `${'variant kind'.padEnd(20)}${'pairs'.padStart(6)}  ${methods.map((m) => m.padEnd(width)).join('  ')}`
  const head2 = `${''.padEnd(26)}  ${methods.map(() => '  P     R     F1   '.padEnd(width)).join('  ')}`
  const lines = rows.map((r) => `${r.label.padEnd(20)}${String(r.n).padStart(6)}  ${r.scores.map((s) => cell(s).padEnd(width)).join('  ')}`)
  return [head1, head2, ...lines].join('\n')
}

/** Rows as plain pairs, for methods that are not the aligner (the baselines). */
export type PairedRows = Pick<ComparisonRow, 'a' | 'b'>[]

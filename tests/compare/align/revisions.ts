/**
 * The revision evaluation set (tests/fixtures/revisions/): pairs of policy documents written for
 * the project, each with a hand-made clause correspondence (gold.json, clauses named by a
 * snippet of their text). Loads and imports them, resolves the gold, and scores any method
 * that pairs clauses: precision, recall, F1 over (A clause, B clause) pairs, and recall on the
 * gold pairs whose wording changed. Shared by `npm run eval` and revisions.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { identityText } from '../../../src/shared/compare/align'
import { wordsOf } from '../../../src/shared/compare/text-features'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, ClauseRef, SourceDocument } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'
import { greedyPairs } from './baselines'
import { type PairedRows, pairKey, type Pair } from './evaluation'

export type Part = 'tune' | 'held-out'

interface GoldFile {
  part: Part
  kind: string
  a: string
  b: string
  groups: { a: string[]; b: string[] }[]
  ignore?: string[]
}

export interface RevisionPair {
  name: string
  part: Part
  kind: string
  a: SourceDocument
  b: SourceDocument
  /** Gold pairs of clause ids. */
  gold: Set<Pair>
  /** Gold pairs whose two texts differ (what a line diff can never find). */
  changed: Set<Pair>
  /** Clause ids that are not policy text: pairs touching them are not scored. */
  ignored: Set<string>
}

export const revisionsDir = fixturePath('revisions')

/** How snippets and texts are compared: lower case, plain quotes and dashes, one space. */
const folded = (text: string): string => identityText(text).toLowerCase()

/** The one clause whose text holds the snippet; an error names the pair and the snippet otherwise. */
function resolve(doc: SourceDocument, snippet: string, where: string): Clause[] {
  const want = folded(snippet)
  const hits = doc.clauses.filter((c) => folded(c.text).includes(want))
  if (hits.length === 0) throw new Error(`${where}: no clause of ${doc.origin} holds "${snippet}"`)
  return hits
}

function one(doc: SourceDocument, snippet: string, where: string): Clause {
  const hits = resolve(doc, snippet, where)
  if (hits.length > 1) throw new Error(`${where}: ${hits.length} clauses of ${doc.origin} hold "${snippet}"`)
  return hits[0]!
}

async function load(dir: string, file: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)))
  return importFile({ name: file, bytes, importedAt: '2026-01-01T00:00:00.000Z' })
}

export async function loadRevisionPairs(): Promise<RevisionPair[]> {
  const names = readdirSync(revisionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  const out: RevisionPair[] = []
  for (const name of names) {
    const dir = path.join(revisionsDir, name)
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as GoldFile
    const a = await load(dir, gold.a)
    const b = await load(dir, gold.b)
    const pairs = new Set<Pair>()
    const changed = new Set<Pair>()
    for (const g of gold.groups) {
      const as = g.a.map((s) => one(a, s, name))
      const bs = g.b.map((s) => one(b, s, name))
      for (const x of as) {
        for (const y of bs) {
          pairs.add(pairKey(x.id, y.id))
          if (identityText(x.text) !== identityText(y.text)) changed.add(pairKey(x.id, y.id))
        }
      }
    }
    const ignored = new Set<string>()
    for (const s of gold.ignore ?? []) {
      for (const doc of [a, b]) {
        const want = folded(s)
        for (const c of doc.clauses) if (folded(c.text).includes(want)) ignored.add(c.id)
      }
    }
    out.push({ name, part: gold.part, kind: gold.kind, a, b, gold: pairs, changed, ignored })
  }
  return out
}

export interface PairFigures {
  truePositives: number
  predicted: number
  actual: number
  changedFound: number
  changedActual: number
}

export const emptyFigures = (): PairFigures => ({ truePositives: 0, predicted: 0, actual: 0, changedFound: 0, changedActual: 0 })

/** Figures of one method's rows on one pair; pairs touching an ignored clause do not count. */
export function figuresOf(pair: RevisionPair, rows: PairedRows): PairFigures {
  const predicted = new Set<Pair>()
  for (const r of rows) {
    for (const x of r.a) {
      for (const y of r.b) if (!pair.ignored.has(x.id) && !pair.ignored.has(y.id)) predicted.add(pairKey(x.id, y.id))
    }
  }
  let tp = 0
  for (const p of predicted) if (pair.gold.has(p)) tp++
  let changedFound = 0
  for (const p of pair.changed) if (predicted.has(p)) changedFound++
  return { truePositives: tp, predicted: predicted.size, actual: pair.gold.size, changedFound, changedActual: pair.changed.size }
}

export function addFigures(into: PairFigures, f: PairFigures): void {
  into.truePositives += f.truePositives
  into.predicted += f.predicted
  into.actual += f.actual
  into.changedFound += f.changedFound
  into.changedActual += f.changedActual
}

export interface Rates {
  precision: number
  recall: number
  f1: number
  changedRecall: number
}

export function ratesOf(f: PairFigures): Rates {
  const precision = f.predicted === 0 ? 1 : f.truePositives / f.predicted
  const recall = f.actual === 0 ? 1 : f.truePositives / f.actual
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const changedRecall = f.changedActual === 0 ? 1 : f.changedFound / f.changedActual
  return { precision, recall, f1, changedRecall }
}


/** The baseline's plain word-overlap ratio: shared distinct words over the larger set (0..1). */
export function wordOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0
  let shared = 0
  for (const w of x) if (y.has(w)) shared++
  return shared / Math.max(x.size, y.size)
}

/**
 * The greedy best-ratio baseline: every pair scored by the plain word-overlap ratio, then the
 * best remaining pair taken first, one to one, down to a cut-off. No stemming, no synonyms,
 * no structure: what a careful script would do.
 */
export function greedyWordBaseline(a: readonly Clause[], b: readonly Clause[], cutoff: number): PairedRows {
  const wa = a.map((c) => new Set(wordsOf(identityText(c.text))))
  const wb = b.map((c) => new Set(wordsOf(identityText(c.text))))
  const pairs: { i: number; j: number; r: number }[] = []
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const r = wordOverlap(wa[i]!, wb[j]!)
      if (r >= cutoff) pairs.push({ i, j, r })
    }
  }
  return greedyPairs(a, b, pairs)
}

/** The baseline's cut-off: its best F1 on the tune part of 0.1, 0.15, 0.2 ... 0.6 (0.839; 0.836 at 0.2). */
export const BASELINE_CUTOFF = 0.15

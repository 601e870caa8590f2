/**
 * The aligner against the evaluation set of known truth (tests/fixtures/align/): realistic
 * variants of every corpus policy, and the real Riverside v0.3 -> v1.0 pair with truth written
 * by hand from corpus/README.md. Prints P/R/F1 by variant kind for the aligner and the two
 * baselines, asserts the thresholds, and checks the invariants on every fixture.
 */
import { policyClauses } from '../../../src/shared/model-clauses'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources, identityText } from '../../../src/shared/compare/align'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, Comparison, SourceDocument } from '../../../src/shared/model'
import { fixturePath, repoRoot } from '../../support/paths'
import { greedyRatioBaseline, lineDiffBaseline } from './baselines'
import {
  addTally,
  emptyTally,
  formatTable,
  loadVariantFiles,
  rowPairs,
  type Scores,
  scoresOf,
  type Tally,
  truthPairs,
  VARIANT_KINDS,
  type VariantFile,
} from './evaluation'
import { invariantProblems } from './invariants'
import { testSource } from '../../support/sources'

/** The plain cut-off of the greedy baseline (its best of 0.5, 0.6 and 0.7 on this set). */
const GREEDY_CUTOFF = 0.6
const METHODS = ['aligner', 'line-diff baseline', `greedy ratio >= ${GREEDY_CUTOFF}`] as const

const asSource = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses)

let files: VariantFile[] = []
const comparisons = new Map<string, Comparison>()
const tallies = new Map<string, Tally[]>()
const scores = (key: string): Scores[] => tallies.get(key)!.map(scoresOf)
/** Recall on the true pairs whose texts differ (the pairs a line diff can never find). */
const changedPairs = { total: 0, found: METHODS.map(() => 0) }

beforeAll(() => {
  files = loadVariantFiles()
  for (const file of files) {
    for (const v of file.variants) {
      const comparison = compareSources(asSource('a', file.a), asSource('b', v.b))
      comparisons.set(v.name, comparison)
      const truth = truthPairs(v.truth)
      const predicted = [rowPairs(comparison.rows), rowPairs(lineDiffBaseline(file.a, v.b)), rowPairs(greedyRatioBaseline(file.a, v.b, GREEDY_CUTOFF))]
      const text = new Map([...file.a, ...v.b].map((c) => [c.id, identityText(c.text)]))
      for (const pair of truth) {
        const [ida, idb] = pair.split('\u0000') as [string, string]
        if (text.get(ida) === text.get(idb)) continue
        changedPairs.total++
        predicted.forEach((p, k) => (changedPairs.found[k]! += p.has(pair) ? 1 : 0))
      }
      for (const key of [v.kind, 'overall']) {
        if (!tallies.has(key)) tallies.set(key, METHODS.map(emptyTally))
        predicted.forEach((p, k) => addTally(tallies.get(key)![k]!, p, truth))
      }
    }
  }
  const kinds = [...VARIANT_KINDS, 'overall'].filter((k) => tallies.has(k))
  console.log(
    `\nClause pairing on ${files.reduce((n, f) => n + f.variants.length, 0)} generated variants of ${files.length} corpus policies (P / R / F1 over pairs of clause ids)\n` +
      formatTable(METHODS, kinds.map((k) => ({ label: k, n: tallies.get(k)![0]!.actual, scores: scores(k) }))) +
      `\nrecall on the ${changedPairs.total} true pairs whose texts differ: ${METHODS.map((m, k) => `${m} ${(changedPairs.found[k]! / changedPairs.total).toFixed(3)}`).join(', ')}`,
  )
}, 120_000)

describe('the evaluation set', () => {
  it('covers every variant kind on most of the corpus, with consistent truth', () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
    for (const kind of VARIANT_KINDS) expect(files.filter((f) => f.variants.some((v) => v.kind === kind)).length).toBeGreaterThanOrEqual(8)
    for (const f of files) {
      const aIds = new Set(f.a.map((c) => c.id))
      for (const v of f.variants) {
        const bIds = new Set(v.b.map((c) => c.id))
        const usedA = v.truth.flatMap((g) => g.a)
        const usedB = v.truth.flatMap((g) => g.b)
        expect(usedA.every((id) => aIds.has(id)) && usedB.every((id) => bIds.has(id)), v.name).toBe(true)
        expect(new Set(usedA).size, v.name).toBe(usedA.length)
        expect(new Set(usedB).size, v.name).toBe(usedB.length)
        for (const g of v.truth) expect([`${g.a.length}+${g.b.length}`], v.name).toContain(g.a.length === 2 ? '2+1' : g.b.length === 2 ? '1+2' : '1+1')
      }
    }
  })

  it('uses the hand-written paraphrases and new clauses, not generated text', () => {
    const paraphrases = (JSON.parse(readFileSync(fixturePath('align', 'paraphrases.json'), 'utf8')) as { paraphrases: { text: string }[] }).paraphrases
    expect(paraphrases.length).toBeGreaterThanOrEqual(36)
    const used = new Set(files.flatMap((f) => f.variants.filter((v) => v.kind === 'paraphrased').flatMap((v) => v.b.map((c) => c.text))))
    expect(paraphrases.filter((p) => used.has(p.text)).length).toBeGreaterThanOrEqual(36)
  })
})

describe('pairing quality on the generated variants', () => {
  it('reaches F1 0.95 overall and on every kind', () => {
    for (const [kind, t] of tallies) expect(scoresOf(t[0]!).f1, kind).toBeGreaterThanOrEqual(0.95)
  })

  it('makes at most half the errors of either baseline overall, and beats both on the hard kinds', () => {
    const [mine, lineDiff, greedy] = scores('overall')
    expect(1 - mine!.f1).toBeLessThanOrEqual((1 - lineDiff!.f1) / 2)
    expect(1 - mine!.f1).toBeLessThanOrEqual((1 - greedy!.f1) / 2)
    for (const kind of ['paraphrased', 'split', 'merged', 'mixed']) {
      const [m, l, g] = scores(kind)
      expect(m!.f1, kind).toBeGreaterThan(l!.f1 + 0.1)
      expect(m!.f1, kind).toBeGreaterThan(g!.f1 + 0.02)
    }
  })

  it('finds the pairs whose wording changed, which a line diff cannot and a character ratio often misses', () => {
    const [mine, , greedy] = changedPairs.found.map((n) => n / changedPairs.total)
    expect(changedPairs.total).toBeGreaterThan(1500)
    expect(mine).toBeGreaterThanOrEqual(0.95)
    expect(mine!).toBeGreaterThan(greedy! + 0.05)
  })

  it('keeps every invariant on every variant', () => {
    for (const f of files) {
      for (const v of f.variants) expect(invariantProblems(f.a, v.b, comparisons.get(v.name)!.rows, comparisons.get(v.name)!.counts), v.name).toEqual([])
    }
  })

  it('never reports renumbering or whitespace as a change', () => {
    for (const f of files) {
      for (const v of f.variants.filter((x) => x.kind === 'renumbered')) {
        const { counts } = comparisons.get(v.name)!
        expect(counts.same, v.name).toBe(f.a.length)
        expect(counts.changed + counts.movedChanged + counts.moved + counts.onlyA + counts.onlyB, v.name).toBe(0)
      }
    }
  })

  it('reports clauses moved to another section as moved', () => {
    let movedTruth = 0
    let reported = 0
    for (const f of files) {
      const sectionOf = new Map(f.a.map((c) => [c.id, c.section.join('/')]))
      for (const v of f.variants.filter((x) => x.kind === 'moved')) {
        const bById = new Map(v.b.map((c) => [c.id, c]))
        const rows = comparisons.get(v.name)!.rows
        for (const g of v.truth.filter((t) => t.a.length === 1 && t.b.length === 1)) {
          const b = bById.get(g.b[0]!)!
          // A moved clause took the heading trail of its new section (renumbering aside).
          const sameSection = sectionOf.get(g.a[0]!)!.replace(/\d+\./g, '#') === b.section.join('/').replace(/\d+\./g, '#')
          if (sameSection) continue
          movedTruth++
          const row = rows.find((r) => r.b.some((c) => c.id === b.id))!
          if (row.status === 'moved' || row.status === 'moved-changed') reported++
        }
      }
    }
    expect(movedTruth).toBeGreaterThan(30)
    expect(reported / movedTruth).toBeGreaterThanOrEqual(0.95)
  })

  it('declares the splits and merges of the truth', () => {
    for (const [shape, status] of [['1+2', 'split'], ['2+1', 'merged']] as const) {
      let truth = 0
      let found = 0
      for (const f of files) {
        for (const v of f.variants) {
          const rows = comparisons.get(v.name)!.rows.filter((r) => r.status === status)
          for (const g of v.truth.filter((t) => `${t.a.length}+${t.b.length}` === shape)) {
            truth++
            if (rows.some((r) => r.a.map((c) => c.id).join() === g.a.join() && r.b.map((c) => c.id).join() === g.b.join())) found++
          }
        }
      }
      expect(truth, status).toBeGreaterThan(50)
      expect(found / truth, status).toBeGreaterThanOrEqual(0.9)
    }
  })
})

// ---------------------------------------------------------------------------------------

interface RiversideTruth {
  groups: { a: string[]; b: string[]; change: string }[]
  onlyA: string[]
  onlyB: string[]
}

describe('the real pair: Riverside v0.3 (Word) against v1.0 (PDF)', () => {
  let a: SourceDocument
  let b: SourceDocument
  let comparison: Comparison
  const truth = JSON.parse(readFileSync(fixturePath('align', 'riverside-truth.json'), 'utf8')) as RiversideTruth
  const load = async (name: string): Promise<SourceDocument> =>
    importFile({ name, bytes: new Uint8Array(readFileSync(path.join(repoRoot, 'corpus', name))), importedAt: '2026-01-01T00:00:00Z' })
  /** The clause a reference names: "label:5.3" or "text:<start of the text>"; exactly one. */
  const resolve = (doc: SourceDocument, reference: string): Clause => {
    const [kind, value] = [reference.slice(0, reference.indexOf(':')), reference.slice(reference.indexOf(':') + 1)]
    const hits = doc.clauses.filter((c) => (kind === 'label' ? c.label === value : c.text.startsWith(value)))
    if (hits.length !== 1) throw new Error(`${reference} names ${hits.length} clauses of ${doc.origin}`)
    return hits[0]!
  }
  const rowOf = (clause: Clause) => comparison.rows.find((r) => r.a.some((c) => c.id === clause.id) || r.b.some((c) => c.id === clause.id))!

  beforeAll(async () => {
    a = await load('riverside-social-media-policy-v0.3.docx')
    b = await load('riverside-social-media-policy-v1.0.pdf')
    comparison = compareSources(a, b)
  }, 60_000)

  it('pairs the clauses as the change list says (F1 >= 0.95), and keeps the invariants', () => {
    const groups = truth.groups.map((g) => ({ a: g.a.map((r) => resolve(a, r).id), b: g.b.map((r) => resolve(b, r).id) }))
    // Every clause of both versions is accounted for by the truth.
    const named = [...groups.flatMap((g) => [...g.a, ...g.b]), ...truth.onlyA.map((r) => resolve(a, r).id), ...truth.onlyB.map((r) => resolve(b, r).id)]
    expect(new Set(named).size).toBe(a.clauses.length + b.clauses.length)
    const tally = emptyTally()
    // Front matter (the document-control lines the truth pairs) is kept out of comparison.
    const policy = new Set([...policyClauses(a), ...policyClauses(b)].map((c) => c.id))
    addTally(tally, rowPairs(comparison.rows), truthPairs(groups.filter((g) => [...g.a, ...g.b].every((id) => policy.has(id)))))
    const s = scoresOf(tally)
    console.log(`Riverside v0.3 -> v1.0: P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${tally.actual} true pairs); counts ${JSON.stringify(comparison.counts)}`)
    expect(s.f1).toBeGreaterThanOrEqual(0.95)
    expect(invariantProblems(policyClauses(a), policyClauses(b), comparison.rows, comparison.counts)).toEqual([])
    expect(comparison.rows.flatMap((r) => [...r.a, ...r.b]).some((c) => !policy.has(c.id))).toBe(false)
  })

  it('reports each documented change with the right status', () => {
    const status = (side: 'a' | 'b', reference: string): string => rowOf(resolve(side === 'a' ? a : b, reference)).status
    // Unchanged in place.
    for (const label of ['1.2', '1.3', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '6.1', '6.2', '6.3', '6.6', '6.7']) expect(status('a', `label:${label}`), label).toBe('same')
    // Renumbered only: the same text under another number is never a change.
    for (const label of ['5.2', '5.5', '5.6', '7.3', '8.1', '9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']) expect(status('a', `label:${label}`), label).toBe('same')
    expect(status('a', 'label:4.4')).toBe('moved')
    expect(status('a', 'label:4.3')).toBe('only-a')
    expect(status('a', 'label:5.3')).toBe('split')
    expect(status('a', 'label:7.1')).toBe('merged')
    for (const label of ['1.1', '2.1', '5.4', '6.4', '6.5', '11.1']) expect(status('a', `label:${label}`), label).toBe('changed')
    for (const label of ['7.1', '7.2', '7.3']) expect(status('b', `label:${label}`), label).toBe('only-b')
    // Two working days became one: the diff says so, word by word.
    const reply = rowOf(resolve(a, 'label:6.4'))
    expect(reply.diff!.filter((o) => o.op === 'delete').map((o) => o.text).join(' ')).toContain('two working days')
    expect(reply.diff!.filter((o) => o.op === 'insert').map((o) => o.text).join(' ')).toContain('one working day')
  })

  it("lists rows in v1.0's order, with the deleted 4.3 where it stood", () => {
    const labels = comparison.rows.map((r) => (r.b[0] ?? r.a[0])!.label)
    const at = (l: string): number => labels.indexOf(l)
    expect(comparison.rows[at('4.2') + 1]!.status).toBe('only-a')
    expect(comparison.rows[at('4.2') + 1]!.a[0]!.label).toBe('4.3')
    expect(comparison.rows.at(-1)!.b[0]!.label).toBe('12.1')
    expect(comparison.a.clauseCount).toBe(policyClauses(a).length)
    expect(comparison.b.title).toBe(b.title)
  })
})

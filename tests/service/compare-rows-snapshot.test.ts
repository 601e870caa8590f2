/**
 * Speed work on the aligner must not change a single decision: the rows of every comparison
 * below hash to what they hashed to before that work (tests/fixtures/compare-rows/hashes.json).
 * Every ordered pair of the 14 corpus policies (itself included), both directions of every
 * revision pair and generated variant, and the 300-clause benchmark pair, each compared afresh
 * and with prepared clauses, as the service compares them.
 *
 * Note: a change that is MEANT to change decisions (the aligner's rules, its options) changes
 * these hashes; then write them again and say so in the change:
 *   UPDATE_COMPARE_ROWS=1 npx vitest run tests/service/compare-rows-snapshot.test.ts
 * Pairs added since (a new revision pair) are written on the next update, and not checked before.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { revisedPair } from '../../bench/revised-pair'
import { comparisonRows, compareSources, prepareSource } from '../../src/shared/compare/align'
import type { Clause, SourceDocument } from '../../src/shared/model'
import { loadCorpus } from '../compare/library/corpus'
import { loadVariantFiles } from '../compare/align/evaluation'
import { loadRevisionPairs } from '../compare/align/revisions'
import { fixturePath } from '../support/paths'
import { testSource } from '../support/sources'

const hashesFile = fixturePath('compare-rows', 'hashes.json')
const updating = process.env['UPDATE_COMPARE_ROWS'] === '1'

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24)

/** Pair name -> the two sources, in comparison order. */
let pairs: Map<string, [SourceDocument, SourceDocument]>

beforeAll(async () => {
  pairs = new Map()
  const corpus = await loadCorpus()
  for (const a of corpus) for (const b of corpus) pairs.set(`corpus ${a.origin} | ${b.origin}`, [a, b])
  for (const r of await loadRevisionPairs()) {
    pairs.set(`revision ${r.name}`, [r.a, r.b])
    pairs.set(`revision ${r.name} swapped`, [r.b, r.a])
  }
  const asSource = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses)
  for (const file of loadVariantFiles()) {
    for (const v of file.variants) {
      pairs.set(`variant ${file.source} ${v.name}`, [asSource('a', file.a), asSource('b', v.b)])
      pairs.set(`variant ${file.source} ${v.name} swapped`, [asSource('b', v.b), asSource('a', file.a)])
    }
  }
  const bench = revisedPair(300)
  pairs.set('bench revised 300', [asSource('a', bench.a), asSource('b', bench.b)])
  pairs.set('bench revised 300 swapped', [asSource('b', bench.b), asSource('a', bench.a)])
}, 120_000)

describe('comparison rows, unchanged by speed work', () => {
  it('hash as before for every corpus, revision, variant and benchmark pair, afresh and prepared', () => {
    const written: Record<string, string> = existsSync(hashesFile) ? (JSON.parse(readFileSync(hashesFile, 'utf8')) as Record<string, string>) : {}
    const now: Record<string, string> = {}
    for (const [name, [a, b]] of pairs) {
      const afresh = compareSources(a, b)
      now[name] = digest(afresh)
      // The service's way: each side prepared once (one memo for both), kept for later comparisons.
      const memo = new Map()
      const prepared = { a: prepareSource(a, memo), b: prepareSource(b, memo) }
      expect(digest(compareSources(a, b, { prepared })), name).toBe(now[name])
    }
    if (updating || Object.keys(written).length === 0) {
      mkdirSync(path.dirname(hashesFile), { recursive: true })
      writeFileSync(hashesFile, `${JSON.stringify(now, null, 1)}\n`)
      return
    }
    const checked = Object.keys(written).filter((name) => name in now)
    // Every pair written before is still made (a fixture removed would shrink the guard unseen).
    expect(Object.keys(written).filter((name) => !(name in now))).toEqual([])
    expect(checked.length).toBeGreaterThan(400)
    for (const name of checked) expect(now[name], name).toBe(written[name])
  }, 180_000)

  it('the rows alone (comparisonRows) are what compareSources holds', () => {
    const [a, b] = pairs.get('bench revised 300')!
    expect(JSON.stringify(comparisonRows(a.clauses, b.clauses))).toBe(JSON.stringify(compareSources(a, b).rows))
  })
})

/**
 * A comparison packed for the wire (src/shared/wire/comparison-pack.ts) comes back exactly as it
 * was: real comparisons of corpus policies, and arbitrary rows that break the patterns the
 * packing counts on (foreign ids, `rewritten: false`, diff ops it does not know, extra fields,
 * a B text equal to an A text at another place). And packing is worth it: well under half the bytes.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { summarise, type Comparison, type ComparisonRow, type SourceDocument } from '../../src/shared/model'
import { isPackedComparison, packComparison, unpackComparison } from '../../src/shared/wire/comparison-pack'
import { fromWire, toWire } from '../../src/shared/wire/wire-values'
import { loadCorpus } from '../compare/library/corpus'
import { testSource } from '../support/sources'

/** Through JSON both ways, as the browser host sends it. */
const overTheWire = (c: Comparison): Comparison => unpackComparison(JSON.parse(JSON.stringify(packComparison(c))))

describe('packing a comparison for the wire', () => {
  let comparisons: Comparison[]
  beforeAll(async () => {
    const corpus = await loadCorpus()
    const byOrigin = (part: string): SourceDocument => corpus.find((d) => d.origin.includes(part))!
    const riverside = corpus.filter((d) => d.origin.includes('riverside'))
    expect(riverside).toHaveLength(2)
    comparisons = [compareSources(riverside[0]!, riverside[1]!), compareSources(byOrigin('eastbrook'), byOrigin('northmoor')), compareSources(byOrigin('ashbury'), byOrigin('castlegate'))]
  })

  it('gives back real comparisons exactly, word differences and rewritten rows included', () => {
    expect(comparisons.some((c) => c.rows.some((r) => r.diff && r.diff.length > 0))).toBe(true)
    expect(comparisons.some((c) => c.rows.some((r) => r.status === 'same'))).toBe(true)
    for (const c of comparisons) expect(overTheWire(c)).toStrictEqual(c)
  })

  it('sends them in under three fifths of the bytes (the revision pair alone in under half)', () => {
    const plain = comparisons.reduce((n, c) => n + JSON.stringify(c).length, 0)
    const packed = comparisons.reduce((n, c) => n + JSON.stringify(packComparison(c)).length, 0)
    expect(packed / plain).toBeLessThan(0.6)
    const revision = comparisons[0]!
    expect(JSON.stringify(packComparison(revision)).length / JSON.stringify(revision).length).toBeLessThan(0.5)
  })

  it('sends a "same" row\'s wording once', () => {
    const same = comparisons[0]!.rows.findIndex((r) => r.status === 'same')
    const row = packComparison(comparisons[0]!).rows[same]!
    expect(row[2][0]![2]).toBe(comparisons[0]!.rows[same]!.a[0]!.text)
    expect(row[3][0]![2]).toBe(0)
  })

  it('gives back arbitrary comparisons exactly', () => {
    const a = summarise(testSource('a'.repeat(64), []))
    const b = summarise(testSource('b'.repeat(64), []))
    const text = fc.constantFrom('Staff must not post.', 'Staff may post.', '', 'x')
    const ref = (prefix: string) =>
      fc.record(
        {
          id: fc.oneof(fc.nat({ max: 999 }).map((k) => `${prefix}.${k}`), fc.constantFrom(`${prefix}.01`, `${prefix}.`, 'elsewhere.2'), fc.string()),
          label: fc.option(fc.constantFrom('1.1', '(a)', ''), { nil: null }),
          text,
          section: fc.array(fc.constantFrom('Policy', '', '2. Use'), { maxLength: 3 }),
          note: fc.string(),
        },
        { requiredKeys: ['id', 'label', 'text', 'section'] },
      )
    const op = fc.oneof(
      fc.record({ op: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const), text }),
      fc.record({ op: fc.constant('replace'), text }),
      fc.record({ op: fc.constant('equal' as const), text, extra: fc.nat() }),
    )
    const row = fc.record(
      {
        status: fc.constantFrom('same', 'changed', 'moved', 'moved-changed', 'only-a', 'only-b', 'split', 'merged') as fc.Arbitrary<ComparisonRow['status']>,
        similarity: fc.double({ min: 0, max: 1, noNaN: true }),
        a: fc.array(ref('aaaaaaaaaaaaaaaa'), { maxLength: 2 }),
        b: fc.array(ref('bbbbbbbbbbbbbbbb'), { maxLength: 2 }),
        diff: fc.array(op, { maxLength: 4 }),
        rewritten: fc.boolean(),
        flag: fc.nat(),
      },
      { requiredKeys: ['status', 'similarity', 'a', 'b'] },
    )
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const c = JSON.parse(JSON.stringify({ a, b, rows, counts: { same: 1, changed: 0, moved: 0, movedChanged: 0, onlyA: 0, onlyB: 0, split: 0, merged: 0 } })) as Comparison
        expect(overTheWire(c)).toStrictEqual(c)
      }),
      { numRuns: 300 },
    )
  })

  it('is what the hosts send for compare, and the renderer unpacks it', () => {
    const wire = toWire('compare', { ok: true, value: comparisons[0] })
    expect(wire.ok && isPackedComparison(wire.value)).toBe(true)
    expect(fromWire('compare', wire.ok ? wire.value : null)).toStrictEqual(comparisons[0])
  })
})

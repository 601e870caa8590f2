/**
 * Property tests on arbitrary clause lists: the invariants always hold, identical inputs are
 * all 'same', swapping A and B swaps only-a/only-b and split/merged and nothing else, and no
 * input, however odd, makes comparison throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

/** Policy words, so that random clauses overlap the way real ones do (and often collide). */
const WORDS = (
  'staff employees must not should never post publish confidential information council authority social media account accounts ' +
  'official manager approval photographs children consent parent carer monitor use personal work breaks friend requests service users ' +
  'report concerns breach disciplinary review policy annually elections political party the a of to and or in on with for'
).split(' ')

const text = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '3.2', '(a) staff must post.', '• never.', 'Version | 1.0', '10 January 2011') },
)
const label = fc.constantFrom<string | null>(null, '1.1', '2.3', '(a)', '•', '4.')
const section = fc.constantFrom(['1. Purpose'], ['2. Rules'], ['2. Rules', 'Accounts'], [] as string[])
const clauseBody = fc.record({ text, label, section })

const toClauses = (prefix: string, bodies: readonly { text: string; label: string | null; section: string[] }[]): Clause[] =>
  bodies.map((c, i) => ({ id: `${prefix}${i}`, sourceId: prefix, section: c.section, label: c.label, level: 0, text: c.text, inline: c.text, topics: [] }))

/** A and B drawn so that B is often an edit of A (kept, dropped, shuffled, reworded, joined). */
const pairOfLists = fc
  .tuple(fc.array(clauseBody, { maxLength: 14 }), fc.array(clauseBody, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 40 }))
  .map(([a, extra, dice]) => {
    let k = 0
    const roll = (): number => dice[k++ % Math.max(1, dice.length)] ?? 0
    const b: typeof a = []
    for (let i = 0; i < a.length; i++) {
      const r = roll() % 7
      const c = a[i]!
      if (r === 0) continue
      if (r === 1) b.push({ ...c, text: c.text.replace('must', 'should never'), label: '9.9' })
      else if (r === 2 && i + 1 < a.length) b.push({ ...c, text: `${c.text} ${a[++i]!.text}` })
      else if (r === 3) {
        const cut = c.text.indexOf(' ', c.text.length / 2)
        if (cut > 0) b.push({ ...c, text: c.text.slice(0, cut) }, { ...c, text: c.text.slice(cut + 1) })
        else b.push(c)
      } else b.push(c)
    }
    for (const e of extra) b.splice(roll() % (b.length + 1), 0, e)
    if (dice.length > 0 && dice[0]! % 3 === 0 && b.length > 2) b.push(b.shift()!)
    return { a: toClauses('a', a), b: toClauses('b', b) }
  })

const pairsOf = (rows: readonly ComparisonRow[], swap = false): string[] =>
  rows.flatMap((r) => r.a.flatMap((x) => r.b.map((y) => (swap ? `${y.id}>${x.id}` : `${x.id}>${y.id}`)))).sort()
const idsOf = (rows: readonly ComparisonRow[], status: ComparisonRow['status']): string[] =>
  rows
    .filter((r) => r.status === status)
    .map((r) => [...r.a, ...r.b].map((c) => c.id).sort().join('+'))
    .sort()

describe('comparison of arbitrary clause lists', () => {
  it('keeps every invariant', () => {
    fc.assert(
      fc.property(pairOfLists, ({ a, b }) => {
        expect(invariantProblems(a, b, comparisonRows(a, b))).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('reports identical inputs as all same', () => {
    fc.assert(
      fc.property(fc.array(clauseBody, { maxLength: 20 }), (bodies) => {
        const rows = comparisonRows(toClauses('a', bodies), toClauses('b', bodies))
        expect(rows.map((r) => r.status)).toEqual(bodies.map(() => 'same'))
        expect(rows.map((r) => `${r.a[0]!.id}>${r.b[0]!.id}`)).toEqual(bodies.map((_, i) => `a${i}>b${i}`))
      }),
      { numRuns: 200 },
    )
  })

  it('swapping A and B swaps only-a with only-b and split with merged, and keeps the pairs', () => {
    fc.assert(
      fc.property(pairOfLists, ({ a, b }) => {
        const forward = comparisonRows(a, b)
        const backward = comparisonRows(b, a)
        expect(pairsOf(backward, true)).toEqual(pairsOf(forward))
        expect(idsOf(backward, 'only-b')).toEqual(idsOf(forward, 'only-a'))
        expect(idsOf(backward, 'only-a')).toEqual(idsOf(forward, 'only-b'))
        expect(idsOf(backward, 'merged')).toEqual(idsOf(forward, 'split'))
        expect(idsOf(backward, 'split')).toEqual(idsOf(forward, 'merged'))
        const textual = (rows: ComparisonRow[]): string[] =>
          rows
            .filter((r) => r.a.length === 1 && r.b.length === 1)
            .map((r) => `${[r.a[0]!.id, r.b[0]!.id].sort().join('+')}:${r.status === 'same' || r.status === 'moved' ? 'same text' : 'changed text'}`)
            .sort()
        expect(textual(backward)).toEqual(textual(forward))
      }),
      { numRuns: 300 },
    )
  })

  // Found by the property above (seed -1060588342): two groups crossing ("to." as a2 / b3 and
  // an empty clause as a3 / b2), tied on similarity, offset and position, were told apart by
  // index order, A's first one way round and B's the other; the in-order run then differed and
  // "staff." paired with "council on." by meaning one way only. The run now breaks the tie on
  // the groups' words (moves.ts groupWords).
  it('pairs the same clauses either way round when two crossing groups tie on everything but their words', () => {
    const a = toClauses('a', [
      { text: 'staff.', label: null, section: ['1. Purpose'] },
      { text: 'staff.', label: null, section: ['2. Rules'] },
      { text: 'to.', label: null, section: ['1. Purpose'] },
      { text: '', label: null, section: ['2. Rules', 'Accounts'] },
      { text: 'staff.', label: null, section: ['1. Purpose'] },
    ])
    const b = toClauses('b', [
      { text: 'council on.', label: null, section: ['1. Purpose'] },
      { text: 'the.', label: null, section: [] },
      { text: '', label: null, section: ['1. Purpose'] },
      { text: 'to.', label: null, section: ['1. Purpose'] },
      { text: 'users staff.', label: null, section: ['1. Purpose'] },
      { text: 'with.', label: null, section: ['1. Purpose'] },
      { text: '• never.', label: null, section: ['1. Purpose'] },
    ])
    const forward = comparisonRows(a, b)
    expect(pairsOf(comparisonRows(b, a), true)).toEqual(pairsOf(forward))
    expect(pairsOf(forward)).toEqual(['a2>b3', 'a3>b2', 'a4>b4'])
  })

  it('never throws, whatever it is given', () => {
    const junkClause = fc.record({
      id: fc.oneof(fc.string(), fc.constant(undefined)),
      text: fc.oneof(fc.string({ unit: 'binary' }), fc.constant(null), fc.integer()),
      label: fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)),
      section: fc.oneof(fc.array(fc.string()), fc.constant(null), fc.string()),
    })
    fc.assert(
      fc.property(fc.array(junkClause, { maxLength: 10 }), fc.array(junkClause, { maxLength: 10 }), (a, b) => {
        const rows = comparisonRows(a as unknown as Clause[], b as unknown as Clause[])
        expect(rows.reduce((n, r) => n + r.a.length, 0)).toBe(a.length)
        expect(rows.reduce((n, r) => n + r.b.length, 0)).toBe(b.length)
      }),
      { numRuns: 200 },
    )
  })
})

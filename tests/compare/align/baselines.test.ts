/** The baselines are what they claim to be: a fair line diff and a true character ratio. */
import { diffChars } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Clause } from '../../../src/shared/model'
import { charRatio, greedyRatioBaseline, lcsLength, lineDiffBaseline } from './baselines'

const clause = (id: string, text: string, label: string | null = null): Clause => ({ id, sourceId: 's', section: [], label, level: 0, text, inline: text, topics: [] })

describe('the baselines', () => {
  it('line diff pairs only identical clauses in place, labels and spacing aside', () => {
    const a = [clause('a1', 'One.', '1.1'), clause('a2', 'Two.'), clause('a3', 'Three.')]
    const b = [clause('b1', 'One.', '2.1'), clause('b2', 'Three.'), clause('b3', 'Two  changed.')]
    expect(lineDiffBaseline(a, b).map((r) => [r.a[0]!.id, r.b[0]!.id])).toEqual([
      ['a1', 'b1'],
      ['a3', 'b2'],
    ])
  })

  it('greedy ratio takes the most similar pairs first, down to the cut-off', () => {
    const a = [clause('a1', 'Staff must not post confidential information.'), clause('a2', 'Report concerns to your manager.')]
    const b = [clause('b1', 'Report any concerns to your line manager.'), clause('b2', 'Staff must never post confidential information.'), clause('b3', 'Unrelated.')]
    expect(greedyRatioBaseline(a, b, 0.6).map((r) => [r.a[0]!.id, r.b[0]!.id])).toEqual([['a1', 'b2'], ['a2', 'b1']])
  })

  it('counts the characters a minimal jsdiff character diff keeps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.string({ maxLength: 90 }), (a, b) => {
        const kept = diffChars(a, b)
          .filter((c) => !c.added && !c.removed)
          .reduce((n, c) => n + Array.from(c.value).length, 0)
        expect(lcsLength(a, b)).toBe(kept)
      }),
      { numRuns: 300 },
    )
    expect(charRatio('abc', 'abc')).toBe(1)
    expect(charRatio('abc', 'xyz')).toBe(0)
  })
})

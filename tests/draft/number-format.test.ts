/**
 * formatNumber takes each lvlText apart once (draft/numbering.ts) instead of a replace with a
 * callback per number: held here to Word's reading of lvlText, "%n" replaced by the counter of
 * level n in that level's format, for every scheme, level and counter.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCounter, formatNumber, NUMBERING_SCHEMES, NUMBERING_TABLE, type NumberingScheme } from '../../src/shared/draft/numbering'

/** lvlText read as Word reads it, one replace over the text. */
function byReplace(scheme: NumberingScheme, counters: readonly number[]): string {
  const levels = NUMBERING_TABLE[scheme]
  return levels[counters.length - 1]!.text.replace(/%(\d)/g, (_, d: string) => formatCounter(counters[Number(d) - 1] ?? 0, levels[Number(d) - 1]!.format))
}

describe('formatNumber', () => {
  it('prints what the lvlText says, for every scheme, level and counter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBERING_SCHEMES), fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 4 }), (scheme, counters) => {
        expect(formatNumber(scheme, counters)).toBe(byReplace(scheme, counters))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps the literal text around the counters', () => {
    expect(formatNumber('legal', [2, 3, 1, 2])).toBe('(b)')
    expect(formatNumber('alpha', [1, 4, 2, 9])).toBe('(ix)')
    expect(formatNumber('alpha', [1, 4, 28])).toBe('(bb)')
    expect(formatNumber('decimal', [3, 1, 4, 1])).toBe('3.1.4.1')
    expect(formatNumber('decimal', [12])).toBe('12')
  })
})

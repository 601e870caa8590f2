/**
 * Leftovers that choose each other by meaning (mutual-meaning.ts): a clause reworded beyond the
 * word rules and moved out of its old order stands in no gap the place rules read; of every
 * clause of the other document, each is clearly the other's nearest in meaning, and they share a
 * word, so they pair. A removed clause and an unrelated new one, each nearest to nothing in
 * particular, stay apart.
 */
import { describe, expect, it } from 'vitest'
import { featuresOf, prepareClauses } from '../../../src/shared/compare/align/features'
import { MEANING_MARGIN, MEANING_MAX_CLAUSES, mutualMeaningPairs } from '../../../src/shared/compare/align/mutual-meaning'
import { scoreCandidates } from '../../../src/shared/compare/align/scores'
import { comparisonRows } from '../../../src/shared/compare/align'
import { loadVariantFiles } from './evaluation'

const OLD = [
  'Staff must display a valid parking permit on the dashboard at all times.',
  'Vehicles must be parked within the marked bays.',
  'The speed limit on the staff car park is 5 mph.',
  'The Council accepts no liability for loss of or damage to vehicles or their contents.',
  'Permits are issued by the Facilities team on receipt of a signed application form.',
  'Motorcycles may be parked in the designated motorcycle area only.',
]
const NEW = [
  'Keep your permit on show on the dashboard whenever you park with us.',
  'Park inside the white lines of a marked bay.',
  'Drive at 5 mph at most on the staff car park.',
  'Ask Facilities for a permit using the signed application form.',
  'We are not responsible if your car or anything in it is damaged or stolen.',
  'Electric vehicle charging points are free for staff to use.',
]

function setOf(a: string[], b: string[]) {
  const set = featuresOf(prepareClauses(a.map((text) => ({ text, label: null }))), prepareClauses(b.map((text) => ({ text, label: null }))))
  return { set, scores: scoreCandidates(set, { termWeight: 0.8 }, 0.05) }
}

describe('leftovers that choose each other by meaning', () => {
  it('pair a rewording moved out of order when each is clearly the other\'s nearest of all', () => {
    const { set, scores } = setOf(OLD, NEW)
    // The first three and the permit clauses are aligned already; the rest are leftovers.
    const freeA = (i: number): boolean => i === 3 || i === 5
    const freeB = (j: number): boolean => j === 4 || j === 5
    expect(mutualMeaningPairs(set, scores, freeA, freeB, () => true)).toEqual([[3, 4]])
  })

  it('leave them apart when the pair may not pair, or when neither stands clearly nearest', () => {
    const { set, scores } = setOf(OLD, NEW)
    const freeA = (i: number): boolean => i === 3 || i === 5
    const freeB = (j: number): boolean => j === 4 || j === 5
    expect(mutualMeaningPairs(set, scores, freeA, freeB, () => false)).toEqual([])
    // The same leftovers against a copy of the rewording: two clauses tie for nearest.
    const tied = setOf(OLD, [...NEW.slice(0, 5), NEW[4]!])
    expect(mutualMeaningPairs(tied.set, tied.scores, freeA, (j) => j >= 4, () => true)).toEqual([])
    expect(MEANING_MARGIN).toBeGreaterThan(0)
  })

  it('leaves a moved clause and an unrelated new one apart when the nearest stands barely ahead (generated variant, 0.08)', () => {
    const file = loadVariantFiles().find((f) => f.source.startsWith('tenancy-advice-online-protocol'))!
    const variant = file.variants.find((v) => v.name.endsWith('mixed'))!
    const rows = comparisonRows(file.a, variant.b)
    const row = rows.find((r) => r.a.some((c) => c.text.startsWith('A pointer to published material')))!
    expect(row.b.some((c) => c.text.startsWith('Where an official account is impersonated'))).toBe(false)
  })

  it('is not asked of a side longer than MEANING_MAX_CLAUSES (every clause would need its vector)', () => {
    const filler = Array.from({ length: MEANING_MAX_CLAUSES }, (_, k) => `Locker ${k + 1} on floor ${(k % 7) + 1} is assigned by the office manager.`)
    const { set, scores } = setOf([...OLD, ...filler], [...NEW, ...filler])
    const freeA = (i: number): boolean => i === 3 || i === 5
    const freeB = (j: number): boolean => j === 4 || j === 5
    expect(mutualMeaningPairs(set, scores, freeA, freeB, () => true)).toEqual([])
  })
})

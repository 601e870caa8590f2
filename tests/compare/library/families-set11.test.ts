/** Families on duty set 11 (written apart in session 21, for tuning): seven kinds of document no earlier set had. */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { loadMiniLibrary, scoreMiniLibrary } from './fixtures'
import { expectFamilyInvariants } from './invariants'

describe('families: duty set 11', () => {
  const set = loadMiniLibrary('duty-set-11.json')
  const index = buildClauseIndex(set.sources)
  const families = buildFamilies(index)

  it('keeps its floor: precision 0.75, recall 0.19 (first measure 0.776 / 0.198; single link 0.519 / 0.073)', () => {
    // Note: far under the goal (recall 0.80 at precision 0.90): most of its missed pairs share no
    // duty concept and hardly a word (bench/NOTES.md, the round of 3 December 2026, third).
    const score = scoreMiniLibrary(families, set.familyOf)
    expect(score.precision).toBeGreaterThanOrEqual(0.75)
    expect(score.recall).toBeGreaterThanOrEqual(0.19)
    expectFamilyInvariants(index, families)
  })
})

/**
 * One duty set's families as the defaults make them, and the check every set's floor test makes
 * (precision and recall against its gold, and the families' invariants), so that the floor
 * tests of duty sets 7-11 say only their figures and their own joins.
 */
import { expect } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { loadMiniLibrary, scoreMiniLibrary } from './fixtures'
import { expectFamilyInvariants } from './invariants'

export function dutySetFamilies(file: string) {
  const set = loadMiniLibrary(file)
  const index = buildClauseIndex(set.sources)
  const families = buildFamilies(index)
  const expectFloor = (precision: number, recall: number): void => {
    const score = scoreMiniLibrary(families, set.familyOf)
    expect(score.precision).toBeGreaterThanOrEqual(precision)
    expect(score.recall).toBeGreaterThanOrEqual(recall)
    expectFamilyInvariants(index, families)
  }
  return { set, index, families, expectFloor }
}

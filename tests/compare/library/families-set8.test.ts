/** Families on duty set 8 (written apart in session 17, for tuning): its floor, and duties its voices share by concept. */
import { describe, expect, it } from 'vitest'
import { buildFamilies } from '../../../src/shared/compare/library'
import { together } from './fixtures'
import { dutySetFamilies } from './duty-set-families'

describe('families: duty set 8', () => {
  const { index, families, expectFloor } = dutySetFamilies('duty-set-8.json')

  it('keeps its floor: precision 0.89, recall 0.49 (0.896 / 0.479 with the distinct-concept bonus at 0.3, 0.895 / 0.472 before the location concept; single link 0.696 / 0.111)', () => {
    expectFloor(0.89, 0.49)
  })

  it('joins "where you\'re patrolling today" with "say where a unit is deployed" through the location concept', () => {
    // The rangers' note and the police staff association's advice share no content word on it.
    expect(together(families, 'skelwith.7', 'northfold.6')).toBe(true)
  })

  it('joins "only our communications team speaks for Mossbank" with "state or imply that a private post carries the authority of the Chief Fire Officer"', () => {
    expect(together(families, 'mossbank.13', 'ravensgill.6')).toBe(true)
    expect(together(buildFamilies(index, { distinctConceptBonus: 0.3 }), 'mossbank.13', 'ravensgill.6')).toBe(false)
  })
})

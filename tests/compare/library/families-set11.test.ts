/** Families on duty set 11 (written apart in session 21, for tuning): seven kinds of document no earlier set had. */
import { describe, it } from 'vitest'
import { dutySetFamilies } from './duty-set-families'

describe('families: duty set 11', () => {
  const { expectFloor } = dutySetFamilies('duty-set-11.json')

  it('keeps its floor: precision 0.75, recall 0.19 (first measure 0.776 / 0.198; single link 0.519 / 0.073)', () => {
    // Note: far under the goal (recall 0.80 at precision 0.90): most of its missed pairs share no
    // duty concept and hardly a word (bench/NOTES.md, the round of 3 December 2026, third).
    expectFloor(0.75, 0.19)
  })
})

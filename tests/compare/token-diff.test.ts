/**
 * The token diff (src/shared/compare/token-diff.ts) gives exactly what jsdiff's diffArrays
 * gives: the same runs in the same order, the same choice among equally short scripts, and
 * the same give-up past the bound, for any two token lists. Small alphabets make the many
 * ties where the two could part.
 */
import { diffArrays } from 'diff'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffTokens, type TokenRun } from '../../src/shared/compare/token-diff'

/** jsdiff's answer as runs placed in the list each is read from (as diffTokens places them). */
function jsdiffRuns(older: string[], newer: string[], maxEditLength?: number): TokenRun[] | undefined {
  const changes = maxEditLength === undefined ? diffArrays(older, newer) : diffArrays(older, newer, { maxEditLength })
  if (!changes) return undefined
  let oldPos = 0
  let newPos = 0
  return changes.map((c) => {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal'
    const start = op === 'delete' ? oldPos : newPos
    if (op !== 'insert') oldPos += c.count!
    if (op !== 'delete') newPos += c.count!
    return { op, start, count: c.count! }
  })
}

const tokens = (alphabet: string[], max: number) => fc.array(fc.constantFrom(...alphabet), { maxLength: max })

describe('the token diff', () => {
  it('gives jsdiff’s runs for any two lists, unbounded', () => {
    fc.assert(
      fc.property(fc.oneof(tokens(['a', 'b'], 30), tokens(['a', 'b', 'c', ' '], 60), tokens(['x', 'y', 'z', 'w', 'v', ' ', '.'], 120)), fc.oneof(tokens(['a', 'b'], 30), tokens(['a', 'b', 'c', ' '], 60), tokens(['x', 'y', 'z', 'w', 'v', ' ', '.'], 120)), (older, newer) => {
        expect(diffTokens(older, newer)).toEqual(jsdiffRuns(older, newer))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives up where jsdiff gives up, and agrees below the bound', () => {
    fc.assert(
      fc.property(tokens(['a', 'b', 'c', ' '], 40), tokens(['a', 'b', 'c', ' '], 40), fc.integer({ min: 0, max: 30 }), (older, newer, bound) => {
        expect(diffTokens(older, newer, bound)).toEqual(jsdiffRuns(older, newer, bound))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads runs from the list each comes from: deletions from the old, the rest from the new', () => {
    expect(diffTokens(['staff', ' ', 'must', ' ', 'not'], ['staff', ' ', 'should', ' ', 'not'])).toEqual([
      { op: 'equal', start: 0, count: 2 },
      { op: 'delete', start: 2, count: 1 },
      { op: 'insert', start: 2, count: 1 },
      { op: 'equal', start: 3, count: 2 },
    ])
    expect(diffTokens([], [])).toEqual([])
    expect(diffTokens(['a', 'b'], ['c', 'd'], 3)).toBeUndefined()
  })
})

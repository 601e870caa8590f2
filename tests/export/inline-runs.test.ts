/**
 * inlineRuns skips its regular expression for a text holding none of the characters a mark
 * needs (export/inline.ts, a speed-up of issue 9): held to the full reading on any text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inlineRuns } from '../../src/shared/export'
import { markedRuns } from '../../src/shared/export/inline'

const pieces = ['a', 'must', ' ', '\n', '*', '**', '_', '[', ']', '(', ')', 'https://x.org', 'mailto:a@b', '.', 'é']

describe('inlineRuns', () => {
  it('reads every text as the full expression does, with or without mark characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(inlineRuns(text)).toEqual(markedRuns(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives a text without marks as one run of itself', () => {
    expect(inlineRuns('The council keeps records for six years (see the schedule).')).toEqual([{ text: 'The council keeps records for six years (see the schedule).' }])
  })
})

/**
 * The faster word diff (src/shared/compare/word-tokens.ts, the common ends cut from the texts)
 * gives exactly what the pattern-based one gave (tests/compare/word-diff-reference.ts): the same
 * tokens for any text, the same ops for any pair, including the corpus revision pairs the
 * comparison and the export's tracked changes diff.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareSources, joinTexts } from '../../src/shared/compare/align'
import { wordDiff, wordTokens } from '../../src/shared/compare/word-diff'
import { revisedPair } from '../../bench/revised-pair'
import { testSource } from '../support/sources'
import { referenceTokens, referenceWordDiff } from './word-diff-reference'

/** Texts that reach every branch of the tokeniser: ASCII, Unicode spaces and letters, marks, apostrophes, astral and lone surrogates. */
const PIECES = ['staff', 'must', "don't", 'won’t', "'", '’', "o''k", 'e-mail', '3.2', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', 'e\u0301', 'Ωμέγα', '٣', '日本', '😀', '𝐀𝐁', '\ud800', '\udc00', '|', '(b)', '•', '.', ',']
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
)

describe('the word tokens', () => {
  it('are the pattern’s tokens for any text', () => {
    fc.assert(fc.property(textArb, (text) => {
        expect(wordTokens(text)).toEqual(referenceTokens(text))
      }), { numRuns: 2000 })
  })

  it('keep apostrophes inside words only, as the pattern does', () => {
    expect(wordTokens("Don't 'quote' it’s o''k won’t’")).toEqual(["Don't", ' ', "'", 'quote', "'", ' ', 'it’s', ' ', 'o', "'", "'", 'k', ' ', 'won’t', '’'])
  })
})

describe('the word diff', () => {
  it('gives the same ops as before for any pair, bounded or not', () => {
    fc.assert(
      fc.property(textArb, textArb, fc.constantFrom(0, 2, 1000), (a, b, bound) => {
        expect(wordDiff(a, b, { maxEditLength: bound })).toEqual(referenceWordDiff(a, b, bound))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives the same ops as before for every changed row of a 300-clause revision', () => {
    const { a, b } = revisedPair(300)
    const rows = compareSources(testSource('a', a), testSource('b', b)).rows.filter((r) => r.diff)
    expect(rows.length).toBeGreaterThan(20)
    for (const row of rows) {
      const [textA, textB] = [joinTexts(row.a), joinTexts(row.b)]
      expect(wordDiff(textA, textB)).toEqual(referenceWordDiff(textA, textB))
    }
  })
})

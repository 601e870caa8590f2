/**
 * The hand-written scans of text-features.ts (kept for speed: they run for every clause of every
 * comparison and of the library) give what the regular expressions they replaced give, on
 * generated text rich in the characters they decide on: letters of both cases, the four
 * apostrophes, dashes, digits, non-ASCII letters whose lower case changes length, and the
 * listed negating words.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import abbreviationData from '../../src/shared/compare/abbreviations.json' with { type: 'json' }
import { identityText } from '../../src/shared/compare/align/features'
import { contentTerms, expandNegations, wordsOf } from '../../src/shared/compare/text-features'
import { splitLabel } from '../../src/shared/import/blocks'

/** wordsOf as it was written with regular expressions. */
function wordsOfByRegex(text: string): string[] {
  const plain = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
  const words = plain.match(/[a-z]+(?:'[a-z]+)?/g) ?? []
  return words.map((w) => (w.includes("'") ? w.replace(/'s$/, '').replace(/'/g, '') : w))
}

/** identityText as it was written: every whitespace run replaced, one-spaced or not. */
function identityTextByRegex(text: string): string {
  const spaced = (text.includes('|') ? text.replace(/\s*\|\s*/g, ' ') : text).replace(/\s+/g, ' ').trim()
  const found = splitLabel(spaced)
  const rest = found && !/^\d+$/.test(found.label) ? found.rest : spaced
  return rest
    .replace(/[’‘`′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const NEGATED = new Map(Object.entries(abbreviationData.negated as Record<string, string>))

/** expandNegations as it was written: a replace calling back for every word. */
function expandNegationsByRegex(text: string): string {
  return text.replace(/[A-Za-z]+/g, (w) => {
    const base = NEGATED.get(w.toLowerCase())
    return base === undefined ? w : base === 'not' ? 'not' : `not ${base}`
  })
}

const negatedWords = [...NEGATED.keys()]
const piece = fc.oneof(
  fc.constantFrom("'", '’', '\t', '\u00a0', ' | ', '|', '3.2 ', '(b) ', '• ', '“', '”', '–',  '‘', '`', "'s", '’s', 's', 'S', '-', '—', ' ', '  ', '\n', '3', '3.2', 'İ', 'K', 'É', 'ß', 'ﬀ', 'don', 't', 'council', 'Non', 'NON', 'non-compliance'),
  fc.constantFrom(...negatedWords),
  fc.constantFrom(...negatedWords).map((w) => w.toUpperCase()),
  fc.constantFrom(...negatedWords).map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`),
  fc.constantFrom(...negatedWords).map((w) => `${w}x`),
  fc.stringMatching(/^[A-Za-z]{1,8}$/),
  fc.string({ maxLength: 4 }),
)
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''))

describe('text scans', () => {
  it('wordsOf gives the matches of the regular expression', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsOf(t)).toEqual(wordsOfByRegex(t))
      }),
      { numRuns: 3000 },
    )
  })

  it('identityText gives what replacing every whitespace run gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(identityText(t)).toBe(identityTextByRegex(t))
      }),
      { numRuns: 3000 },
    )
  })

  it('wordsOf reads apostrophes and possessives as before', () => {
    expect(wordsOf("Don't post the Council’s logo, rock'n'roll`s ‘quoted’ 2FA")).toEqual(['dont', 'post', 'the', 'council', 'logo', 'rockn', 'roll', 'quoted', 'fa'])
  })

  it('expandNegations changes the same words as the replace it spares', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(expandNegations(t)).toBe(expandNegationsByRegex(t))
      }),
      { numRuns: 3000 },
    )
    expect(expandNegations('Unauthorised NON-compliance is unlawful; unlawfulness is not listed.')).toBe('not authorised not-compliance is not lawful; unlawfulness is not listed.')
  })

  it('content terms read the scanned words as before', () => {
    // Note: contentTerms reads wordsOf (and the synonym phrases): a change in either shows here.
    expect(contentTerms('Staff must not share unapproved posts on social media.')).toEqual(['staff', 'never', 'post', 'unapprov', 'post', 'soci_media'])
  })
})

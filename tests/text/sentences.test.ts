/** Sentence boundaries in policy text, where most full stops end nothing. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/shared/text/sentences'

const split = (text: string): string[] => splitSentences(text).map((s) => s.text)

describe('splitSentences', () => {
  it('splits ordinary sentences, keeping their punctuation', () => {
    expect(split('Be polite. Think before you post! Is it true? Then post it.')).toEqual(['Be polite.', 'Think before you post!', 'Is it true?', 'Then post it.'])
  })

  it.each([
    ['Use a channel you trust, e.g. Twitter or Facebook, for council news.'],
    ['Keep it factual, i.e. Nothing you cannot check.'],
    ['Ask Mr. Jones in communications first.'],
    ['See Policy No. 5 for the details.'],
    ['This is required under s.3(1) of the Act and s. 4 too.'],
    ['The rate rose by 1.5 per cent.'],
    ['Contact J. Smith or Dr. Patel in HR.'],
    ['Read para. 4 and art. 6 before posting.'],
    ['Visit www.example.gov.uk/policy.html for the full text.'],
    ['Cllr. Brown chairs the committee, approx. 12 members.'],
  ])('does not split %s', (text) => {
    expect(split(text)).toEqual([text])
  })

  it('ends a sentence after a closing quote or bracket', () => {
    expect(split('Staff said "we will check." Then they did. (This is normal.) It works.')).toEqual([
      'Staff said "we will check."',
      'Then they did.',
      '(This is normal.)',
      'It works.',
    ])
  })

  it('treats a leading clause number as part of the sentence', () => {
    expect(split('1. Staff must report concerns. Managers must act.')).toEqual(['1. Staff must report concerns.', 'Managers must act.'])
  })

  it('splits before a number that starts a sentence', () => {
    expect(split('Report it at once. 24 hours is the limit.')).toEqual(['Report it at once.', '24 hours is the limit.'])
  })

  it('gives offsets into the original text, and loses nothing but the spaces between sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('Be polite.', 'e.g. this', 'No. 5', ' ', '  ', 'Yes!', 'Why?', '1.5', 'J. Smith'), fc.string({ maxLength: 12 })), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ')
        const sentences = splitSentences(text)
        let previousEnd = 0
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text)
          expect(s.start).toBeGreaterThanOrEqual(previousEnd)
          expect(text.slice(previousEnd, s.start).trim()).toBe('')
          previousEnd = s.end
        }
        expect(text.slice(previousEnd).trim()).toBe('')
      }),
      { numRuns: 500 },
    )
  })
})

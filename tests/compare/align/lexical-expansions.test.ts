/**
 * What comparison reads of abbreviations and negating prefixes (text-features.ts
 * expandAbbreviations, expandNegations; abbreviations.json): "UK" meets "United Kingdom", "ICT"
 * and "IT" meet, "HR" meets "human resources", while the pronoun "it" stays a stop word; and
 * "unapproved" meets "approved" but keeps its "not".
 */
import { describe, expect, it } from 'vitest'
import { comparisonTerms, expandAbbreviations, expandNegations } from '../../../src/shared/compare/text-features'

const shared = (a: string, b: string): string[] => {
  const tb = new Set(comparisonTerms(b))
  return [...new Set(comparisonTerms(a))].filter((t) => tb.has(t))
}

describe('abbreviations', () => {
  it('writes out public-sector abbreviations as printed, whole words only', () => {
    expect(expandAbbreviations('the right to work in the UK')).toBe('the right to work in the United Kingdom')
    expect(expandAbbreviations('Ask HR or the DPO.')).toBe('Ask human resources or the data protection officer.')
    expect(expandAbbreviations('UK GDPR applies')).toBe('general data protection regulation applies')
    expect(expandAbbreviations('H&S checks')).toBe('health and safety checks')
    // Case-sensitive: the pronoun is not the department; a longer word is not its abbreviation.
    expect(expandAbbreviations('Report it to IT.')).toBe('Report it to information technology.')
    expect(expandAbbreviations('UKRI and HRA')).toBe('UKRI and HRA')
  })

  it('lets a clause and its rewording meet through them', () => {
    expect(shared('allowed to work in the UK', 'the right to work in the United Kingdom')).toEqual(expect.arrayContaining(['kingdom']))
    expect(shared('the Head of ICT', 'the head of IT')).toEqual(expect.arrayContaining(['technolog']))
    expect(shared('Human Resources will review it', 'HR will look at it')).toContain('human')
  })
})

describe('negating prefixes', () => {
  it('reads a listed negating word as "not" and the word it negates', () => {
    expect(expandNegations('Unapproved software')).toBe('not approved software')
    expect(expandNegations('non-compliance')).toBe('not-compliance')
    // Words that only begin like a negation are left alone.
    expect(expandNegations('inform, discover, interest, understand')).toBe('inform, discover, interest, understand')
  })

  it('lets "unapproved" meet "approved" and keeps the negation as a term', () => {
    const terms = comparisonTerms('The installation of unapproved software is forbidden.')
    expect(terms).toContain('not')
    expect(shared('The installation of unapproved software is forbidden.', 'Only put programs on your laptop that IT has approved.')).toEqual(
      [comparisonTerms('approved')[0]],
    )
  })
})

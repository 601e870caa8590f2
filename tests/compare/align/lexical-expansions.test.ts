/**
 * What comparison reads of abbreviations and negating prefixes (text-features.ts
 * expandAbbreviations, expandNegations; abbreviations.json): "UK" meets "United Kingdom", "ICT"
 * and "IT" meet, "HR" meets "human resources", while the pronoun "it" stays a stop word and
 * "information" stays apart from "ICT"; and
 * "unapproved" meets "approved" but keeps its "not".
 */
import { describe, expect, it } from 'vitest'
import { comparisonTerms, expandAbbreviations, expandNegations } from '../../../src/shared/compare/text-features'
import { comparedPair } from './revision-pair'

const shared = (a: string, b: string): string[] => {
  const tb = new Set(comparisonTerms(b))
  return [...new Set(comparisonTerms(a))].filter((t) => tb.has(t))
}

describe('abbreviations', () => {
  it('reads long forms as their abbreviation, forms in capitals as printed, whole words only', () => {
    expect(expandAbbreviations('the right to work in the United Kingdom')).toBe('the right to work in the UK')
    expect(expandAbbreviations('Ask Human Resources or the Data Protection Officer.')).toBe('Ask HR or the DPO.')
    expect(expandAbbreviations('UK GDPR applies')).toBe('GDPR applies')
    expect(expandAbbreviations('the Information Commissioner’s Office')).toBe('the ICO')
    // Case-sensitive for capitals: the pronoun is not the department; a longer word is not its abbreviation.
    expect(expandAbbreviations('Report it to IT.')).toBe('Report it to ICT.')
    expect(expandAbbreviations('ITEMS and information about it')).toBe('ITEMS and information about it')
  })

  it('lets a clause and its rewording meet through them, on a word no other shares', () => {
    expect(shared('allowed to work in the UK', 'the right to work in the United Kingdom')).toContain('uk')
    expect(shared('the Head of ICT', 'the head of IT')).toContain('ict')
    expect(shared('Human Resources will review it', 'HR will look at it')).toContain('hr')
    // Note: written out, "information technology" met every "information" (corpus policies paired
    // "information that civil servants publish" with "the use of its ICT equipment").
    expect(shared('Information that staff publish', 'The use of ICT equipment')).toEqual([])
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

  it('lets "unused" meet "used" (volunteering-guide-moved: "unused volunteering leave cannot be carried over" / "days you haven\'t used ... are lost")', async () => {
    expect(shared('Unused volunteering leave cannot be carried over into the next leave year.', "Days you haven't used by the end of the leave year are lost.")).toContain(comparisonTerms('used')[0])
    const pair = await comparedPair('volunteering-guide-moved')
    expect(pair.partnersOf('a', 'cannot be carried over')).toEqual([expect.stringContaining("Days you haven't used")])
  })
})

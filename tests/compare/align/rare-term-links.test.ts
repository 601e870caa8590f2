/**
 * Words two clauses alone share (rare-term-links.ts): two terms that one clause of each document
 * holds, and no other clause of either, tie a reworded part of a split or merge to its whole in a
 * close revision, as a figure does. One such term, a term a third clause holds, or a heading
 * holding it, ties nothing.
 */
import { describe, expect, it } from 'vitest'
import { featuresOf, prepareClauses } from '../../../src/shared/compare/align/features'
import { rareTermLinks } from '../../../src/shared/compare/align/rare-term-links'
import { comparedPair } from './revision-pair'

const linksOf = (a: string[], b: string[]) => {
  const set = featuresOf(prepareClauses(a.map((text) => ({ text, label: null }))), prepareClauses(b.map((text) => ({ text, label: null }))))
  return rareTermLinks(set).map(({ a, b }) => [a, b])
}

describe('words two clauses alone share', () => {
  it('links two clauses sharing two terms no other clause of either document holds', () => {
    const a = ['Report conduct that may amount to a miscarriage of justice.', 'Report damage to the environment.']
    const b = ['A possible miscarriage of justice is something to report.', 'Tell us about harm to the environment.']
    expect(linksOf(a, b)).toEqual([[0, 0]])
  })

  it('needs two such terms, each held once a side', () => {
    // "environment" alone; then "miscarriage" and "justice" held by two clauses of A.
    expect(linksOf(['Report damage to the environment.'], ['Tell us about harm to the environment.'])).toEqual([])
    expect(linksOf(['A miscarriage of justice must be raised.', 'Any miscarriage of justice found is logged.'], ['A possible miscarriage of justice is something to report.'])).toEqual([])
  })

  // Note: both parts were missed before (their words too few, and the whole not nearest in meaning).
  it('finds the split parts of the revision set (whistleblowing-regrouped, learning-guide-moved)', async () => {
    const whistle = await comparedPair('whistleblowing-regrouped')
    expect(whistle.partnersOf('a', 'this policy covers concerns about conduct which is unlawful')).toEqual(
      expect.arrayContaining([expect.stringContaining('A possible miscarriage of justice')]),
    )
    const learning = await comparedPair('learning-guide-moved')
    expect(learning.partnersOf('b', 'how much you pay back goes down on a sliding scale')).toEqual([expect.stringContaining('Employees who leave within two years')])
  })
})

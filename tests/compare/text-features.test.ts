/** What comparison sees of a clause: terms that survive renumbering, rewording and synonyms. */
import { describe, expect, it } from 'vitest'
import { comparisonTerms, contentTerms, cosine, expandContractions, jaccard, relatedTerms, shingles, stem, TermStatistics, tfidf } from '../../src/shared/compare/text-features'

describe('text features', () => {
  it('stems the forms of a word together', () => {
    expect(new Set(['post', 'posts', 'posted', 'posting'].map(stem)).size).toBe(1)
    expect(new Set(['policy', 'policies'].map(stem)).size).toBe(1)
    expect(stem('use')).toBe('use')
  })

  it('ignores labels, numbers, case and whitespace', () => {
    expect(contentTerms('3.2   Staff must  report concerns within 5 days.')).toEqual(contentTerms('(b) STAFF MUST REPORT CONCERNS WITHIN DAYS'))
  })

  it('merges synonyms and negations into shared terms, keeping the negation', () => {
    expect(contentTerms('Employees must not post confidential information.')).toEqual(contentTerms('Staff should never publish sensitive information.'))
    expect(contentTerms('Staff must post.')).not.toEqual(contentTerms('Staff must not post.'))
  })

  it('weights rare terms above common ones, and scores identical clauses 1', () => {
    const stats = new TermStatistics()
    const docs = ['staff must report concerns', 'staff must keep records', 'staff must attend training', 'purdah rules apply to staff']
    for (const d of docs) stats.add(contentTerms(d))
    expect(stats.idf(contentTerms('purdah')[0]!)).toBeGreaterThan(stats.idf('staff'))
    const a = tfidf(contentTerms(docs[0]!), stats)
    expect(cosine(a, a)).toBeCloseTo(1)
    expect(cosine(a, tfidf(contentTerms(docs[3]!), stats))).toBeLessThan(0.3)
  })

  it('makes order-aware shingles and compares sets', () => {
    expect(shingles(['a', 'b', 'c'])).toEqual(['a b', 'b c'])
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })
})

describe('comparison terms', () => {
  it('writes contractions out, so "don\'t" is a negation and not the word "dont"', () => {
    expect(expandContractions("Don't post; we can't, won't and shouldn't")).toBe('Do not post; we cannot, will not and should not')
    expect(comparisonTerms("Don't post photos")).toEqual(comparisonTerms('Do not post photos'))
  })

  it('merges the forms of one idea in other parts of speech (from WordNet), not unrelated words', () => {
    expect(comparisonTerms('privacy')).toEqual(comparisonTerms('private'))
    expect(comparisonTerms('acceptance')).toEqual(comparisonTerms('accepting'))
    expect(comparisonTerms('provision of training')).toEqual(comparisonTerms('provide training'))
    expect(comparisonTerms('content')).not.toEqual(comparisonTerms('contain'))
    expect(comparisonTerms('letter')).not.toEqual(comparisonTerms('lets'))
  })

  it('knows common synonyms as weaker evidence, both ways (accept ~ take)', () => {
    const [accept] = comparisonTerms('accept')
    const [take] = comparisonTerms('take')
    expect(relatedTerms(accept!).has(take!)).toBe(true)
    expect(relatedTerms(take!).has(accept!)).toBe(true)
    expect(relatedTerms('zzz').size).toBe(0)
  })

  it('leaves contentTerms as it was for the library', () => {
    expect(contentTerms("Don't")).toEqual(['dont'])
  })
})

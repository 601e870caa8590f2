/**
 * The word vectors (src/shared/compare/semantic/): the asset decodes to unit vectors keyed by the
 * terms comparison reads, words of one meaning stand closer than unrelated ones, and a clause
 * reworded with no shared word stays closer to its original than an unrelated clause does.
 */
import { describe, expect, it } from 'vitest'
import * as semantic from '../../../src/shared/compare/semantic'
import { clauseVector, DIMENSIONS, semanticSimilarity, termVector, vectorCosine } from '../../../src/shared/compare/semantic'
import { comparisonTerms, contentTerms } from '../../../src/shared/compare/text-features'

const vectorOf = (word: string): Float32Array => {
  const [term] = comparisonTerms(word)
  const v = termVector(term!)
  expect(v, word).toBeDefined()
  return v!
}

describe('word vectors', () => {
  it('keeps a small, stable API', () => {
    expect(Object.keys(semantic).sort()).toEqual(['DIMENSIONS', 'clauseVector', 'knownTerms', 'semanticSimilarity', 'termVector', 'vectorCosine', 'wordVectorTable', 'wordVectorsDecoded'])
  })

  it('gives a unit vector for a comparison term and for a content term, none for an unknown one', () => {
    const v = vectorOf('policies')
    expect(v.length).toBe(DIMENSIONS)
    expect(vectorCosine(v, v)).toBeCloseTo(1, 5)
    // "privacy" reads as its derivation group's term in comparison, as itself in the library.
    expect(termVector(contentTerms('privacy')[0]!)).toBeDefined()
    expect(termVector(comparisonTerms('privacy')[0]!)).toBeDefined()
    expect(termVector('qzxv')).toBeUndefined()
  })

  it('places words of one meaning closer than unrelated words', () => {
    expect(vectorCosine(vectorOf('laptop'), vectorOf('computer'))).toBeGreaterThan(vectorCosine(vectorOf('laptop'), vectorOf('gift')) + 0.2)
    expect(vectorCosine(vectorOf('forbidden'), vectorOf('prohibited'))).toBeGreaterThan(vectorCosine(vectorOf('forbidden'), vectorOf('holiday')) + 0.2)
  })

  it('keeps a clause reworded with no shared term closer to its original than to an unrelated clause', () => {
    const a = comparisonTerms('The installation of pirated software is forbidden.')
    const reworded = comparisonTerms('Only put programs on your laptop that the helpdesk has allowed.')
    const unrelated = comparisonTerms('Someone from a different part of the council will look into your complaint.')
    expect(a.filter((t) => reworded.includes(t))).toEqual([])
    expect(semanticSimilarity(a, reworded)).toBeGreaterThan(semanticSimilarity(a, unrelated) + 0.1)
  })

  it('weighs terms as asked (a heavier term pulls the mean towards itself)', () => {
    const terms = comparisonTerms('password holiday')
    const heavyPassword = clauseVector(terms, (t) => (t === terms[0] ? 10 : 1))!
    const even = clauseVector(terms)!
    const password = termVector(terms[0]!)!
    expect(vectorCosine(heavyPassword, password)).toBeGreaterThan(vectorCosine(even, password) + 0.1)
  })

  it('has no vector, and no similarity, for a clause of unknown terms only', () => {
    expect(clauseVector(['qzxv'])).toBeUndefined()
    expect(semanticSimilarity(['qzxv'], comparisonTerms('password'))).toBe(0)
  })
})

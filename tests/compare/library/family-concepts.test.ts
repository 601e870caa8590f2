/**
 * Duty concepts in families: concept vectors weighted by how well a concept picks out one
 * clause of its source, frames as candidates, and two paraphrases of one duty joined.
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, defaultFamilyOptions } from '../../../src/shared/compare/library'
import { dutyConceptNames, dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'
import { familyConcepts, forEachFrameCandidate } from '../../../src/shared/compare/library/family-concepts'
import { LibraryEvidence } from '../../../src/shared/compare/library/library-evidence'
import { evidenceBonus, evidenceOf } from '../../../src/shared/compare/library/family-evidence'
import { dot, similarity } from '../../../src/shared/compare/library/sparse'
import { clauseOf } from './fixtures'

const source = (id: string, texts: string[]) => ({ id, title: id, clauses: texts.map((text, k) => clauseOf(id, { label: String(k + 1), section: ['Rules'], text }, k)) })
const reach = { framesPerClause: 3, pairAllUpTo: 48, window: 3 }
const k = dutyConceptNames.length
const concept = (name: string): number => dutyConceptNames.indexOf(name)

// Two short policies: one duty each way in other words, and clauses on other subjects.
const plain = source('plain', [
  'Keep anything you learn at work to yourself and never put it online.',
  'Check your own feeds at lunchtime, not while you are working.',
  'Photos of children need written permission from a parent first.',
])
const formal = source('formal', [
  'Employees shall not divulge information which the Council holds in confidence.',
  'Recreational browsing of networking sites is restricted to authorised rest periods.',
  'Responsibility for each corporate channel shall rest with no fewer than two named officers.',
])

describe('family concepts', () => {
  it('files a clause under its concepts and each pair of them, the pairs numbered after the concepts', () => {
    const index = buildClauseIndex([formal])
    const fc = familyConcepts(index, 4, reach)
    const found = dutyConcepts(formal.clauses[0]!.text)
    expect(found).toEqual(expect.arrayContaining([concept('disclose'), concept('confidential')]))
    const ids = [...fc.vectors[0]!.ids]
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(ids).toContain(k + concept('disclose') * k + concept('confidential'))
  })

  it('weighs a concept less where many clauses of its source speak to it', () => {
    const many = source('many', ['Do not disclose confidential information.', 'Confidential papers stay in the office.', 'Confidential meetings are not to be filmed.'])
    const one = source('one', ['Do not disclose confidential information.', 'Reply to messages within one working day.'])
    const index = buildClauseIndex([many, one])
    const fc = familyConcepts(index, 4, reach)
    const weightOf = (clause: number): number => fc.vectors[clause]!.weights[[...fc.vectors[clause]!.ids].indexOf(concept('confidential'))]!
    // The same text, in a source with three confidential clauses and in one with one.
    expect(weightOf(0)).toBeLessThan(weightOf(3) / 10)
    for (const v of fc.vectors) expect(Math.hypot(...v.weights)).toBeLessThanOrEqual(1 + 1e-12)
  })

  it('makes clauses that share a frame candidates, though their words are too far apart to be scored', () => {
    const index = buildClauseIndex([plain, formal])
    const fc = familyConcepts(index, 4, reach)
    const a = index.numberOf.get('plain.0')!
    const b = index.numberOf.get('formal.0')!
    expect(similarity(index.vectors[a]!, index.vectors[b]!)).toBeLessThan(defaultFamilyOptions.candidateSimilarity)
    const seen: number[] = []
    forEachFrameCandidate(fc, a, reach, (j) => seen.push(j))
    expect(seen).toContain(b)
    expect(dot(fc.vectors[a]!, fc.vectors[b]!)).toBeGreaterThan(0.5)
  })

  it('joins two wordings of one duty that words alone leave apart, and not the clauses on other duties', () => {
    const index = buildClauseIndex([plain, formal])
    const family = (options: Parameters<typeof buildFamilies>[1]) => buildFamilies(index, options).find((f) => f.members.some((m) => m.clauseId === 'plain.0'))
    expect(family({ conceptWeight: 0, framesPerClause: 0 })).toBeUndefined()
    expect(family({})?.members.map((m) => m.clauseId).sort()).toEqual(['formal.0', 'plain.0'])
    const all = buildFamilies(index)
    expect(all.some((f) => f.members.some((m) => m.clauseId === 'plain.2' || m.clauseId === 'formal.2'))).toBe(false)
  })
})

describe('library evidence', () => {
  it('gives the figures evidenceBonus gives, pair by pair', () => {
    const index = buildClauseIndex([plain, formal, source('third', ['Do not take friend requests from service users.', 'Never accept friend requests from people you support.'])])
    const library = new LibraryEvidence(index)
    const w = { heading: 0.1, lexical: 0.3, related: 0.1 }
    for (let a = 0; a < index.clauses.length; a++) {
      for (let b = a + 1; b < index.clauses.length; b++) {
        const expected = evidenceBonus(evidenceOf(index.clauses[a]!, false, index.terms[a]), evidenceOf(index.clauses[b]!, false, index.terms[b]), w)
        expect(library.bonus(a, b, w)).toBeCloseTo(expected, 12)
      }
    }
  })
})

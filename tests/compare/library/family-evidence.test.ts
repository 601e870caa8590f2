/** The evidence beyond words that families weigh: headings, related words, stances. */
import { describe, expect, it } from 'vitest'
import { evidenceBonus, evidenceOf, stancesOpposed } from '../../../src/shared/compare/library/family-evidence'
import { clauseOf } from './fixtures'

const clause = (section: string, text: string) => evidenceOf(clauseOf("s", { label: null, section: [section], text }, 0), true)
const only = (w: Partial<{ heading: number; lexical: number; related: number }>) => ({ heading: 0, lexical: 0, related: 0, ...w })

describe('family evidence', () => {
  it('rewards the same section heading, its number left out', () => {
    const a = clause('7. Confidentiality', 'Employees must not disclose confidential information.')
    const b = clause('Confidentiality and personal data', 'Never post anything you learn at work.')
    const c = clause('Elections', 'Never post anything you learn at work.')
    // "Confidentiality" shared, "personal data" not: half of a Dice overlap.
    expect(evidenceBonus(a, b, only({ heading: 1 }))).toBeCloseTo(0.5, 5)
    expect(evidenceBonus(a, c, only({ heading: 1 }))).toBe(0)
  })

  it('rewards words the other clause holds only as a WordNet related word', () => {
    const a = clause('x', 'Do not accept friend requests from service users.')
    const b = clause('y', 'Do not take friend requests from service users.')
    expect(evidenceBonus(a, b, only({ related: 1 }))).toBeGreaterThan(0)
    expect(evidenceBonus(a, a, only({ related: 1 }))).toBe(0)
  })

  it('gives nothing to two clauses whose only stances are opposed', () => {
    const forbid = clause('Replies', 'Employees must not respond to comments on official accounts.')
    const oblige = clause('Replies', 'Administrators should respond to comments on official accounts.')
    expect(stancesOpposed(forbid.stances, oblige.stances)).toBe(true)
    expect(evidenceBonus(forbid, oblige, only({ heading: 1, lexical: 1 }))).toBe(0)
    expect(stancesOpposed(oblige.stances, oblige.stances)).toBe(false)
  })
})

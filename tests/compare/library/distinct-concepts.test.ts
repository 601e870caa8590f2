/**
 * Distinct concepts: a concept that names a duty by itself, said by a source in one clause
 * alone, counts whole between two clauses of different sources (distinct-concepts.ts).
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { distinctConcepts, forEachDistinctCandidate, sharesDistinct } from '../../../src/shared/compare/library/distinct-concepts'
import { dutyConceptNames, dutyConcepts, namesDuty } from '../../../src/shared/compare/library/duty-concepts'
import { clauseOf, together } from './fixtures'

const source = (id: string, texts: string[]) => ({ id, title: id, clauses: texts.map((text, k) => clauseOf(id, { label: String(k + 1), section: ['Rules'], text }, k)) })

// Two short policies, each saying "run down" once, in words they hardly share ("posts").
// Note: a clause needs a term another clause shares to be read at all (index keys).
const card = source('card', ["Don't slag off the company or your coordinators in posts online.", 'Keep door codes out of group chats.', 'Tell your manager if a client is at risk.'])
const notice = source('notice', ['Running down the firm or its managers in public posts may be treated as misconduct.', 'Mobile phones are switched off in the cab.', 'Report lost ID cards to the depot.'])
// A long policy that speaks of running the body down in two clauses.
const twice = source('twice', ['Do not bad-mouth the council on social media.', 'Posts that bring the council into disrepute may lead to dismissal.', 'Tell your manager about any worrying post.'])

describe('distinct concepts', () => {
  const concepts = (index: ReturnType<typeof buildClauseIndex>) => index.clauses.map((c) => dutyConcepts(c.text))

  it('marks only concepts that name a duty: disparage does, manager does not', () => {
    expect(namesDuty[dutyConceptNames.indexOf('disparage')]).toBe(true)
    expect(namesDuty[dutyConceptNames.indexOf('manager')]).toBe(false)
  })

  it('shares a concept said once in each source, and files the two clauses as candidates', () => {
    const index = buildClauseIndex([card, notice])
    const dc = distinctConcepts(index, concepts(index))
    const a = index.numberOf.get('card.0')!
    const b = index.numberOf.get('notice.0')!
    expect(sharesDistinct(dc, a, b)).toBe(true)
    const seen: number[] = []
    forEachDistinctCandidate(dc, a, 48, 3, (j) => seen.push(j))
    expect(seen).toContain(b)
    // "manager" in card.2 and notice.0 is no duty of its own.
    expect(sharesDistinct(dc, index.numberOf.get('card.2')!, b)).toBe(false)
  })

  it('does not count a concept its source says in two clauses', () => {
    const index = buildClauseIndex([card, twice])
    const dc = distinctConcepts(index, concepts(index))
    expect(sharesDistinct(dc, index.numberOf.get('card.0')!, index.numberOf.get('twice.0')!)).toBe(false)
  })

  it('joins two lone statements of one duty that share little but the concept', () => {
    const index = buildClauseIndex([card, notice])
    expect(together(buildFamilies(index), 'card.0', 'notice.0')).toBe(true)
    expect(together(buildFamilies(index, { distinctConceptBonus: 0 }), 'card.0', 'notice.0')).toBe(false)
  })
})

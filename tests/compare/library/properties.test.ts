/**
 * Property tests: any library of any clause texts (arbitrary strings, and sentences made of
 * policy words so that families and clashes do occur) never makes the library functions throw,
 * and their outputs keep their invariants.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { buildClauseIndex, buildFamilies, checkDocument, coverageMatrix, similarClauses } from '../../../src/shared/compare/library'
import type { Clause } from '../../../src/shared/model'
import { topics } from '../../../src/shared/topics/tag-topics'
import { expectCheckInvariants, expectCoverageInvariants, expectFamilyInvariants, expectSimilarInvariants } from './invariants'

const words = (
  'staff must not may should never post share confidential information council social media personal use lunch break ' +
  'working time friend requests service users photographs consent parent carer election candidates official account ' +
  'administrators monitor internet breach disciplinary procedure is allowed not allowed permitted prohibited do the a of on'
).split(' ')

const policyText = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 18 }).map((w) => w.join(' ') + '.')
const anyText = fc.oneof(policyText, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
const topicIds = fc.subarray(topics.map((t) => t.id), { maxLength: 3 })
const label = fc.option(fc.constantFrom('1.', '1.1', '(a)', '•', '2.3', ''), { nil: null })

const clauseList = (sourceId: string): fc.Arbitrary<Clause[]> =>
  fc.array(fc.record({ text: anyText, topics: topicIds, label }), { maxLength: 10 }).map((list) =>
    list.map((c, k) => ({ id: `${sourceId}.${k}`, sourceId, section: ['Section'], label: c.label, level: 0, text: c.text, inline: c.text, topics: c.topics })),
  )

const library = fc.integer({ min: 0, max: 5 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, s) => clauseList(`s${s}`).map((clauses) => ({ id: `s${s}`, clauses })))),
)

describe('properties', () => {
  it('families, coverage and lookups never throw and keep their invariants', () => {
    fc.assert(
      fc.property(library, fc.nat(), (sources, pick) => {
        const index = buildClauseIndex(sources)
        const families = buildFamilies(index)
        expectFamilyInvariants(index, families)
        expectCoverageInvariants(index, families, coverageMatrix(index, families))
        if (index.clauses.length > 0) {
          const query = index.clauses[pick % index.clauses.length]!
          expectSimilarInvariants(index, query, similarClauses(index, query.id))
          const drafted = { ...query, id: 'drafting', sourceId: 'draft' }
          for (const r of similarClauses(index, drafted)) if (r.similarity < 0 || r.similarity > 1) throw new Error('similarity out of range')
        }
      }),
      { numRuns: 150 },
    )
  })

  it('checking a document never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(clauseList('d'), (clauses) => {
        expectCheckInvariants(clauses, checkDocument(clauses))
      }),
      { numRuns: 200 },
    )
  })

  it('a clause restated with another modal word clashes, one restated word for word repeats', () => {
    const act = fc.array(fc.constantFrom('post', 'share', 'photographs', 'service', 'users', 'council', 'accounts', 'personal', 'information', 'lunch'), { minLength: 3, maxLength: 6 })
    fc.assert(
      fc.property(act, fc.constantFrom<[string, string]>(['may', 'must not'], ['should', 'should never'], ['must', 'must not']), (object, [yes, no]) => {
        const text = (modal: string): string => `Staff ${modal} ${object.join(' ')}.`
        const make = (k: number, t: string): Clause => ({ id: `d.${k}`, sourceId: 'd', section: [], label: `${k}.`, level: 0, text: t, inline: t, topics: ['personal-use'] })
        const check = checkDocument([make(1, text(yes)), make(2, text(no)), make(3, text(yes))])
        const pairs = check.conflicts.map((c) => c.clauseIds.join('|'))
        if (!pairs.includes('d.1|d.2') || !pairs.includes('d.2|d.3')) throw new Error(`no clash found in ${JSON.stringify(check)}`)
        if (!check.repeats.some((r) => r.clauseIds.join('|') === 'd.1|d.3')) throw new Error('no repeat found')
      }),
      { numRuns: 100 },
    )
  })
})

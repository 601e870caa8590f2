/**
 * The same main topic vouches for a pair only when it points at it: each clause the other's
 * best pair on that topic in the other's source (topic-choice.ts).
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies } from '../../../src/shared/compare/library'
import { TopicChoice } from '../../../src/shared/compare/library/topic-choice'
import { loadMiniLibrary, together } from './fixtures'
import { expectFamilyInvariants } from './invariants'

describe('topic choice', () => {
  // Clauses 0 and 1 of source 0, clauses 2 and 3 of source 1; all but clause 3 on one topic.
  const sourceOf = Int32Array.from([0, 0, 1, 1])
  const topic = (i: number): string | undefined => (i === 3 ? undefined : 'accounts')
  // Pairs 0: (1, 2) 0.5; 1: (0, 2) 0.4; 2: (0, 3) 0.6; 3: (0, 1) 0.9, within source 0.
  const pairs = { a: Int32Array.from([1, 0, 0, 0]), b: Int32Array.from([2, 2, 3, 1]), similarity: Float64Array.from([0.5, 0.4, 0.6, 0.9]) }
  const choice = new TopicChoice(pairs, sourceOf, topic)

  it('vouches for the best pair on the topic and not for a weaker one beside it', () => {
    expect(choice.vouches(0, 0)).toBe(true)
    // Clause 2's best on the topic in source 0 is clause 1, not clause 0.
    expect(choice.vouches(1, 0)).toBe(false)
    expect(choice.vouches(1, 0.1)).toBe(true)
  })

  it('never vouches across topics or within one source', () => {
    expect(choice.vouches(2, 1)).toBe(false)
    expect(choice.vouches(3, 1)).toBe(false)
  })

  it('finds each side\'s best whichever side of its pairs a clause stands on', () => {
    // Clause 2 is b of pairs 0 and 1 and a of pair 2; clause 5 (source 2) pairs only with 2.
    const wider = { a: Int32Array.from([1, 0, 2]), b: Int32Array.from([2, 2, 5]), similarity: Float64Array.from([0.5, 0.45, 0.3]) }
    const three = new TopicChoice(wider, Int32Array.from([0, 0, 1, 1, 1, 2]), () => 'accounts')
    expect(three.vouches(0, 0)).toBe(true)
    expect(three.vouches(1, 0.04)).toBe(false)
    expect(three.vouches(1, 0.05)).toBe(true)
    expect(three.vouches(2, 0)).toBe(true)
  })
})

describe('families: a topic held by several clauses of a source vouches for none of them alone', () => {
  it('keeps "change the passwords" out of "two named administrators" in duty set 7', () => {
    const index = buildClauseIndex(loadMiniLibrary('duty-set-7.json').sources)
    // The football club's "The passwords for the club pages are changed whenever someone
    // leaves the committee." and the hospital's "Every Trust account must have at least two
    // named administrators ..." are both official accounts, as are both sources' other clause
    // on the subject; the topic alone joined them.
    expect(together(buildFamilies(index, { topicChoiceMargin: 2 }), 'brookfield.17', 'hollinvale.24')).toBe(true)
    const families = buildFamilies(index)
    expect(together(families, 'brookfield.17', 'hollinvale.24')).toBe(false)
    expect(together(families, 'brookfield.16', 'hollinvale.24')).toBe(true)
    expectFamilyInvariants(index, families)
  })
})

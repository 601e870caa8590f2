/**
 * The main topic a clause lends to family pairing (main-topic.ts): its first topic, only when
 * its own words clearly speak to it (dominance) and its source gives it to few clauses
 * (spread). Each rule is shown on a small library, then on the duty sets it was measured on.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type ClauseIndex } from '../../../src/shared/compare/library'
import { mainTopics } from '../../../src/shared/compare/library/main-topic'
import type { SourceDocument } from '../../../src/shared/model'
import { loadCorpus, loadDuties, scorePairing } from './corpus'
import { clauseOf, loadMiniLibrary, scoreMiniLibrary } from './fixtures'

const source = (id: string, clauses: { text: string; section?: string[]; topics?: string[] }[]) => ({
  id,
  clauses: clauses.map((c, k) => clauseOf(id, { label: null, section: c.section ?? [], text: c.text, topics: c.topics }, k)),
})
const topicsOf = (index: ClauseIndex, options = { dominance: 2, spread: 2 }): (string | undefined)[] => mainTopics(index, options)

describe('mainTopics', () => {
  it('keeps a first topic its own words speak to at least twice as strongly as to any other', () => {
    const index = buildClauseIndex([
      source('a', [
        // confidentiality 1 against personal use 0.5: dominant.
        { text: 'Keep confidential anything you learn at work.' },
        // confidentiality 1.5 against personal data 1.5: two subjects, neither vouches for a pair.
        { text: 'Do not disclose confidential information or personal data about service users.' },
        // Tagged from its heading only: its own words speak to no topic.
        { text: 'Do this within two working days.', section: ['Moderation'], topics: ['moderation'] },
      ]),
    ])
    expect(topicsOf(index)).toEqual(['confidentiality', undefined, undefined])
    // Off (0): the first topic whatever the clause's own words say, as before issue 11. Note: the
    // tagger reads "personal data about service users" twice over (cue and concept), so personal
    // data comes first there.
    expect(topicsOf(index, { dominance: 0, spread: 2 })).toEqual(['confidentiality', 'personal-data', 'moderation'])
  })

  it("drops a main topic more than the allowed share of its source's clauses have, but never a source's only one", () => {
    const many = source('many', [
      { text: 'Only named administrators may post on the council official accounts.' },
      { text: 'Never share the password of an official account.' },
      { text: 'Keep confidential anything you learn at work.' },
      { text: 'Thank you for reading.' },
    ])
    const one = source('one', [{ text: 'Never share the password of an official account.' }, { text: 'Thank you for reading.' }])
    const index = buildClauseIndex([many, one])
    // Two of four clauses (0.5) on official accounts: the policy's subject, no duty's; one of
    // four (0.25) and one of two are each a source's only clause on their topic, so they count.
    expect(topicsOf(index, { dominance: 2, spread: 0.15 })).toEqual([undefined, undefined, 'confidentiality', undefined, 'official-accounts', undefined])
    expect(topicsOf(index, { dominance: 2, spread: 0.5 })).toEqual(['official-accounts', 'official-accounts', 'confidentiality', undefined, 'official-accounts', undefined])
  })
})

describe('families with the issue-11 tagger', () => {
  let corpus: SourceDocument[]
  beforeAll(async () => {
    corpus = await loadCorpus()
  }, 60_000)

  it('keep corpus precision at 0.9, and its recall, only with dominance: the first topic unchecked joins near duties', () => {
    const duties = loadDuties(corpus)
    const index = buildClauseIndex(corpus)
    const score = scorePairing(buildFamilies(index), duties)
    const unchecked = scorePairing(buildFamilies(index, { mainTopicDominance: 0 }), duties)
    // Measured 0.909 / 0.865 against 0.878 / 0.833 (0.900 / 0.838 with the tagger before issue 11).
    // Note: with the session-14 tagger (concept cues, inflections) 0.906 / 0.863 against 0.903 /
    // 0.823: unchecked, its richer first topics now cost recall more than precision.
    // Note: session 20's tagger ('before it goes' for 'before it goes out') gives a corpus clause
    // ("Corporate Communications must be told before it goes live") approval first, a better
    // first topic, and lifts the unchecked figures from 0.891 / 0.846 to 0.892 / 0.848 while the
    // checked stay 0.903 / 0.867: dominance still wins both, by 0.019 in recall, not 0.021.
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.838)
    expect(unchecked.precision).toBeLessThan(score.precision)
    expect(unchecked.recall).toBeLessThan(score.recall - 0.015)
  })

  it('keep duty set 3 apart only with spread: passwords and two administrators are both official accounts', () => {
    const { sources, familyOf } = loadMiniLibrary('duty-set-3.json')
    const index = buildClauseIndex(sources)
    const score = scoreMiniLibrary(buildFamilies(index), familyOf)
    const anyShare = scoreMiniLibrary(buildFamilies(index, { mainTopicSpread: 2 }), familyOf)
    // Measured 0.979 / 0.885 against 0.868 / 0.885.
    expect(score.precision).toBeGreaterThanOrEqual(0.97)
    expect(anyShare.precision).toBeLessThan(0.9)
  })
})

/**
 * How tagging reads a clause's words (session 14, issue 11): cue words meet their inflections,
 * "=word" keeps to one word, the same words count once for a topic, and a topic's setting words
 * count only beside a strong cue or concept of it. topicScores reads the cues as written unless
 * asked for the full reading, as families weigh it (see tag-topics.ts).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics, topicScores } from '../../src/shared/topics/tag-topics'
import { wordForm } from '../../src/shared/topics/word-forms'

describe('word forms', () => {
  it('takes off inflections, not derivations', () => {
    for (const w of ['approved', 'approves', 'approving']) expect(wordForm(w)).toBe(wordForm('approve'))
    for (const w of ['posted', 'posting', 'posts']) expect(wordForm(w)).toBe('post')
    expect(wordForm('agreed')).toBe(wordForm('agree'))
    expect(wordForm('logged')).toBe(wordForm('logging'))
    expect(wordForm('identified')).toBe(wordForm('identify'))
    expect(wordForm("school's")).toBe(wordForm('schools'))
    // Note: the light stemmer of comparison made each pair one word; tagging keeps them apart.
    expect(wordForm('personal')).not.toBe(wordForm('person'))
    expect(wordForm('reporter')).not.toBe(wordForm('report'))
    expect(wordForm('station')).not.toBe(wordForm('state'))
  })

  it('lets a cue reach the other forms of its words when tagging', () => {
    // "consent" is a cue; "consented" is not written in the taxonomy.
    expect(tagTopics('Every family consented.')).toContain('photos-consent')
    expect(tagTopics('Posts are checked before they go out.')).toContain('approval')
  })

  it('keeps "=word" cues to that word: "=personal" is no "person"', () => {
    expect(topicScores('The same person posts again.', [], undefined, 'full').get('personal-use')).toBeUndefined()
    expect(topicScores('Keep it personal.', [], undefined, 'full').get('personal-use')).toBe(0.5)
  })

  it('reads the cues as written in topicScores unless asked for the full reading', () => {
    expect(topicScores('Every family consented.').get('photos-consent')).toBeUndefined()
    expect(topicScores('Every family consented.', [], undefined, 'full').get('photos-consent')).toBe(1)
  })
})

describe('the same words count once for a topic', () => {
  it('"check" and "checks" meet one word once', () => {
    // Both are weak cues of approval; by their forms both meet "checks".
    expect(topicScores('Checks happen daily.', [], undefined, 'full').get('approval')).toBe(0.5)
    expect(tagTopics('Checks happen daily.')).not.toContain('approval')
  })
})

describe("a topic's setting words", () => {
  it('count only beside a strong cue or concept of the topic', () => {
    const clause = 'A member of staff who is friends with a parent outside school tells the office.'
    expect(tagTopics(clause)).not.toContain('photos-consent')
    expect(topicScores(clause, [], undefined, 'full').get('photos-consent')).toBeUndefined()
    expect(tagTopics('A parent at the school must give consent for each photo.')).toContain('photos-consent')
    expect(topicScores('A parent at the school must give consent.', [], undefined, 'full').get('photos-consent')).toBe(2)
  })
})

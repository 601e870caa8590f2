/**
 * Every concept of taxonomy.json earns its place and needs all its groups: its example clause
 * (concept-examples.ts) gets the concept's topic and would not without the concept (its score
 * less a strong cue's weight is under the threshold), and the same clause without one group's
 * word does not get the topic.
 */
import { describe, expect, it } from 'vitest'
import { tagTopics, topicScores } from '../../src/shared/topics/tag-topics'
import taxonomy from '../../src/shared/topics/taxonomy.json' with { type: 'json' }
import { conceptExamples } from './concept-examples'

const THRESHOLD = 1

describe('concepts', () => {
  it.each(conceptExamples)('%s, concept %i: "%s" (and not "%s")', (topic, k, text, without) => {
    const t = taxonomy.topics.find((x) => x.id === topic)!
    expect(t.concepts?.[k], `${topic} has a concept ${k}`).toBeDefined()
    expect(tagTopics(text)).toContain(topic)
    expect(topicScores(text, [], undefined, 'full').get(topic)! - 1).toBeLessThan(THRESHOLD)
    expect(tagTopics(without)).not.toContain(topic)
  })

  it('has one example per concept', () => {
    const all = taxonomy.topics.flatMap((t) => (t.concepts ?? []).map((_, k) => `${t.id} ${k}`))
    expect(conceptExamples.map(([topic, k]) => `${topic} ${k}`).sort()).toEqual(all.sort())
  })

  it('are read only in the full reading: topicScores as written (what families weigh) finds none', () => {
    for (const [topic, , text] of conceptExamples) expect(topicScores(text).get(topic) ?? 0, text).toBeLessThan(THRESHOLD)
  })
})

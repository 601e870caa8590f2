/**
 * Every cue added for issue 11 earns its place: its example clause (cue-examples.ts) gets the
 * cue's topic, and would not without the cue (its score less the cue's weight is under the
 * threshold). A cue taken out, misspelt or moved to the wrong topic fails here.
 */
import { describe, expect, it } from 'vitest'
import { topicScores, tagTopics } from '../../src/shared/topics/tag-topics'
import taxonomy from '../../src/shared/topics/taxonomy.json' with { type: 'json' }
import { cueExamples } from './cue-examples'

const THRESHOLD = 1

describe('cues added for issue 11', () => {
  it.each(cueExamples)('%s: "%s" tags "%s"', (topic, cue, text) => {
    const t = taxonomy.topics.find((x) => x.id === topic)!
    const weight = t.strong.includes(cue) ? 1 : t.weak.includes(cue) ? 0.5 : 0
    expect(weight, `"${cue}" is a cue of ${topic}`).toBeGreaterThan(0)
    expect(tagTopics(text)).toContain(topic)
    expect(topicScores(text).get(topic)! - weight).toBeLessThan(THRESHOLD)
  })

  it('has one example per cue, each cue once', () => {
    expect(new Set(cueExamples.map(([topic, cue]) => `${topic}|${cue}`)).size).toBe(cueExamples.length)
  })
})

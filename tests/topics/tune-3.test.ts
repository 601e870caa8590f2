/**
 * Guard on the third topic tune set (tests/fixtures/topics/tune-3.json: 124 clauses of eight
 * documents in tempers neither tune set has, labelled before the tagger was run on it). Measured
 * apart first, before any change made for it, as a fresh check of how the cues tuned on the
 * other two sets generalise; cues were tuned on it after that. Floors sit just under the
 * measured figures (npm run eval prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics, topics } from '../../src/shared/topics/tag-topics'
import { f1, loadTopicSet, precision, recall, report, score, taggers } from './held-out'

describe('topic tagging on the third tune set', () => {
  const docs = loadTopicSet('tune-3')

  it('holds at least 80 clauses from at least 4 documents of different tempers, every label a topic of the taxonomy', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4)
    expect(docs.reduce((n, d) => n + d.clauses.length, 0)).toBeGreaterThanOrEqual(80)
    expect(new Set(docs.map((d) => d.temper)).size).toBe(docs.length)
    const ids = new Set(topics.map((t) => t.id))
    for (const c of docs.flatMap((d) => d.clauses)) for (const t of c.expected) expect(ids, c.text).toContain(t)
    // List items (level 1) sit under a lead ending with a colon, as an importer gives them.
    expect(docs.flatMap((d) => d.clauses).filter((c) => c.level > 0).length).toBeGreaterThan(0)
  })

  it('keeps precision and recall at their measured floors, and above the keyword baseline', () => {
    console.log(report(docs, 'tune-3'))
    const tagger = score(docs, taggers.tagger!).overall
    const baseline = score(docs, taggers['keyword in clause only']!).overall
    // Measured fresh, before any change: precision 0.70, recall 0.61 (baseline 0.71, 0.59);
    // after the cues and concepts added for it (session 15): 0.77, 0.80.
    expect(precision(tagger)).toBeGreaterThanOrEqual(0.75)
    expect(recall(tagger)).toBeGreaterThanOrEqual(0.78)
    expect(f1(tagger)).toBeGreaterThanOrEqual(f1(baseline))
  })

  // The concept groups widened for it: each clause is met only through a word added to a group
  // (cue-examples.ts and concept-examples.ts hold the new cues and concepts).
  it.each([
    ['purpose-scope', 'This note explains what we expect.'],
    ['official-accounts', 'Comms operates the channel.'],
    ['approval', 'Anything about fees goes to the head first.'],
    ['personal-data', 'Searching for information about a person you support needs a reason.'],
    ['moderation', 'Reviews can be disabled on that page.'],
    ['disclosing-role', 'Mention that you volunteer here if you like.'],
  ])('a widened concept group gives %s: "%s"', (topic, text) => {
    expect(tagTopics(text)).toContain(topic)
  })
})

/**
 * Guard on the third topic tune set (tests/fixtures/topics/tune-3.json: 124 clauses of eight
 * documents in tempers neither tune set has, labelled before the tagger was run on it). Measured
 * apart first, before any change made for it, as a fresh check of how the cues tuned on the
 * other two sets generalise; cues were tuned on it after that. Floors sit just under the
 * measured figures (npm run eval prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the third tune set', () => {
  const docs = loadTopicSet('tune-3')
  itHoldsTheSet(docs, { documents: 8, clauses: 120, lists: true })
  // Measured fresh, before any change: precision 0.70, recall 0.61 (baseline 0.71, 0.59);
  // after the cues and concepts added for it (session 15): 0.77, 0.80.
  itKeepsItsFloors(docs, 'tune-3', { precision: 0.75, recall: 0.78 })

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

/**
 * Guard on the fifth topic tune set (tests/fixtures/topics/tune-5.json: 141 clauses of nine
 * documents in tempers no other tune set has, weighted by name to confidentiality and approval,
 * labelled before the tagger was run on it). Measured apart first, before any change made for
 * it, as a fresh check of how the cues tuned on the other four sets generalise; cues were tuned
 * on it after that. Floors sit just under the measured figures (npm run eval prints the table
 * per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the fifth tune set', () => {
  const docs = loadTopicSet('tune-5')
  itHoldsTheSet(docs, { documents: 8, clauses: 120, lists: true })
  // Measured fresh, before any change: precision 0.63, recall 0.42 (baseline 0.64, 0.40);
  // after the cues and concepts added for it (session 17): 0.75, 0.63 (baseline 0.76, 0.61).
  itKeepsItsFloors(docs, 'tune-5', { precision: 0.73, recall: 0.62 })

  // The concept groups widened for it: each clause is met only through a word added to a group
  // (cue-examples.ts and concept-examples.ts hold the new cues and concepts).
  it.each([
    ['approval', 'Every update needs a signature.'],
    ['personal-data', "Never give a tenant's name."],
    ['personal-data', 'Never discuss individual referrals.'],
  ])('a widened concept group gives %s: "%s"', (topic, text) => {
    expect(tagTopics(text)).toContain(topic)
  })

  // Note: the Audit and Risk Committee is a board's committee, not monitoring of internet use
  // (its first word is a monitoring cue), as "audit committee" already was.
  it('reads the Audit and Risk Committee as a name, not as monitoring', () => {
    expect(tagTopics('The Audit and Risk Committee looks at each concern.')).not.toContain('monitoring')
  })

  // Note: a briefing is as often a meeting that passes on news as a lesson: as a strong cue,
  // every clause about a confidential members' briefing was tagged training. Weak, it still
  // counts beside another training word.
  it('reads a briefing alone as no training, and beside another training word as training', () => {
    expect(tagTopics('Members will not forward a confidential briefing.')).not.toContain('training')
    expect(tagTopics('Attend the refresher briefing.')).toContain('training')
  })
})

/**
 * Guard on the fourth topic tune set (tests/fixtures/topics/tune-4.json: 131 clauses of eight
 * documents in tempers no other tune set has, weighted by name to confidentiality, approval,
 * official accounts and personal data, labelled before the tagger was run on it). Measured
 * apart first, before any change made for it, as a fresh check of how the cues tuned on the
 * other three sets generalise; cues were tuned on it after that. Floors sit just under the
 * measured figures (npm run eval prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the fourth tune set', () => {
  const docs = loadTopicSet('tune-4')
  itHoldsTheSet(docs, { documents: 8, clauses: 120, lists: true })
  // Measured fresh, before any change: precision 0.80, recall 0.57 (baseline 0.78, 0.52);
  // after the cues and concepts added for it (session 16): 0.86, 0.74.
  itKeepsItsFloors(docs, 'tune-4', { precision: 0.84, recall: 0.72 })

  // The concept groups widened for it: each clause is met only through a word added to a group
  // (cue-examples.ts and concept-examples.ts hold the new cues and concepts).
  it.each([
    ['purpose-scope', 'This memo covers online comment.'],
    ['purpose-scope', 'This plan covers both years.'],
    ['purpose-scope', 'These rules describe what happens.'],
    ['official-accounts', 'Each unit nominates an account holder.'],
    ['official-accounts', 'Every page must be registered.'],
    ['official-accounts', 'Unregistered pages are a risk.'],
    ['official-accounts', 'Inactive channels are a risk.'],
    ['approval', 'The director must agree each update.'],
  ])('a widened concept group gives %s: "%s"', (topic, text) => {
    expect(tagTopics(text)).toContain(topic)
  })
})

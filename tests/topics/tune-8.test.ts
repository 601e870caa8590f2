/**
 * Guard on the eighth topic tune set (tests/fixtures/topics/tune-8.json: 140 clauses of nine
 * documents of kinds no other tune set has, an exams office's results-day bulletin, a comms
 * team's meeting notes, a resilience forum's warning and informing protocol, a grant agreement's
 * publicity schedule and the like, where approval and confidentiality are mostly said without
 * their keywords; labelled before the tagger was run on it). Measured apart first, before any
 * change made for it; the structure cues (structures.ts) were then built from the misses of
 * tune..tune-6 and measured on it before its own misses were read. Floors sit just under the
 * measured figures (npx tsx bench/eval-topics.ts tune-8 prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the eighth tune set', () => {
  const docs = loadTopicSet('tune-8')
  itHoldsTheSet(docs, { documents: 9, clauses: 140, lists: true })
  // Measured fresh, before any change: precision 0.66, recall 0.33 (baseline 0.66, 0.32); with
  // the structures built from tune..tune-6 alone: 0.68, 0.37; after the structures widened on
  // every tune set (session 21): 0.73, 0.46 (baseline 0.73, 0.46).
  itKeepsItsFloors(docs, 'tune-8', { precision: 0.71, recall: 0.44 })

  // A concept group widened for it: the clause is met only through the words added.
  it('a widened concept group gives confidentiality: "He keeps the news to himself."', () => {
    expect(tagTopics('He keeps the news to himself.')).toContain('confidentiality')
    expect(tagTopics('He keeps the news for himself.')).not.toContain('confidentiality')
  })
})

/**
 * Guard on the sixth topic tune set (tests/fixtures/topics/tune-6.json: 127 clauses of nine
 * documents of kinds no other tune set has, a school's note on pictures, a CCTV code, a
 * retention schedule read as table rows and the like, where confidentiality and approval are
 * mostly said in ordinary words; labelled before the tagger was run on it). Measured apart
 * first, before any change made for it; cues were tuned on it after that. Floors sit just under
 * the measured figures (npx tsx bench/eval-topics.ts tune-6 prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the sixth tune set', () => {
  const docs = loadTopicSet('tune-6')
  itHoldsTheSet(docs, { documents: 9, clauses: 125, lists: true })
  // Measured fresh, before any change: precision 0.61, recall 0.42 (baseline 0.62, 0.40);
  // after the cues and concepts added for it (session 19): 0.73, 0.66 (baseline 0.74, 0.64).
  itKeepsItsFloors(docs, 'tune-6', { precision: 0.71, recall: 0.64 })

  // The concept groups widened for it: each clause is met only through a word added to a group
  // (cue-examples.ts and concept-examples.ts hold the new cues and concepts).
  it.each([
    ['approval', 'The supervisor must agree each update.'],
    ['approval', 'The manager must agree each release.'],
    ['approval', 'Agreeing posts with the funder takes a day.'],
    ['personal-data', "Never publish the complainant's address."],
    ['personal-data', "Never discuss someone's own case."],
    ['personal-data', 'Never give the names of families.'],
    ['disclosing-role', 'Keep our name off your profile.'],
    ['disclosing-role', 'Your profile may say you are a councillor.'],
    ['purpose-scope', 'This code sets out how cameras are used.'],
  ])('a widened concept group gives %s: "%s"', (topic, text) => {
    expect(tagTopics(text)).toContain(topic)
  })

  // Note: a camera is as often a council's CCTV as a photographer's: as a strong cue, every
  // clause of a CCTV code was tagged photos and consent. Weak, it still counts beside another
  // photos word.
  it('reads a camera alone as no photos and consent, and beside a photo as photos and consent', () => {
    expect(tagTopics('Cameras cover the car park and the bus station.')).not.toContain('photos-consent')
    expect(tagTopics('Keep the camera away from the changing rooms; no photos there.')).toContain('photos-consent')
  })
})

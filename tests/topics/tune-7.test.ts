/**
 * Guard on the seventh topic tune set (tests/fixtures/topics/tune-7.json: 140 clauses of nine
 * documents of kinds no other tune set has, a trust's standing orders on statements, a planning
 * note on pre-application advice, a service desk article, a fire service's sign-off ladder and
 * the like, where approval and confidentiality are mostly said without their keywords; labelled
 * before the tagger was run on it). Measured apart first, before any change made for it; cues
 * were tuned on it after that. Floors sit just under the measured figures
 * (npx tsx bench/eval-topics.ts tune-7 prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'
import { loadTopicSet } from './held-out'
import { itHoldsTheSet, itKeepsItsFloors } from './tune-guard'

describe('topic tagging on the seventh tune set', () => {
  const docs = loadTopicSet('tune-7')
  itHoldsTheSet(docs, { documents: 9, clauses: 140, lists: true })
  // Measured fresh, before any change: precision 0.75, recall 0.36 (baseline 0.77, 0.29);
  // after the cues and concepts added for it (session 20): 0.86, 0.56 (baseline 0.85, 0.46).
  itKeepsItsFloors(docs, 'tune-7', { precision: 0.84, recall: 0.54 })

  // The concept groups widened for it: each clause is met only through a word added to a group
  // (cue-examples.ts and concept-examples.ts hold the new cues and concepts).
  it.each([
    ['purpose-scope', 'This part governs how statements are made.'],
    ['purpose-scope', 'Private posts fall outside this guidance.'],
    ['disclosing-role', 'Anything you say may be taken as coming from us.'],
    ['confidentiality', 'Internal emails are never forwarded to friends.'],
    ['confidentiality', 'Never hint in a post at what the panel decided.'],
    ['personal-data', "Never discuss a colleague's sickness."],
    ['personal-data', "A resident's record is shown to nobody else."],
    ['records-foi', 'Signed forms are kept by the office for six years.'],
  ])('a widened concept group gives %s: "%s"', (topic, text) => {
    expect(tagTopics(text)).toContain(topic)
  })

  // Note: role names and set phrases whose words are no cues (taxonomy.json `names`). "The
  // Medical Director" is a role, not a patient's medical details; someone "upset about" or "upset
  // by" a post is a person with a complaint, not a post that upsets (harassment).
  it('reads "the Medical Director" as no personal data, and a patient\'s medical history as personal data', () => {
    expect(tagTopics('A statement on patient safety goes to the Medical Director.')).not.toContain('personal-data')
    expect(tagTopics("Never post a patient's medical history.")).toContain('personal-data')
  })

  it('reads a caller "upset about" or "upset by" a post as no harassment, and a post that upsets colleagues as harassment', () => {
    expect(tagTopics('Caller is upset about a post by one of our staff')).not.toContain('harassment')
    expect(tagTopics('A resident upset by a post rings the desk.')).not.toContain('harassment')
    expect(tagTopics('Posts that upset colleagues have no place here.')).toContain('harassment')
  })
})

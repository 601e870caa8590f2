/**
 * Tagging rules added for issue 11: names whose words are no cues (taxonomy.json `names`).
 */
import { describe, expect, it } from 'vitest'
import { tagTopics } from '../../src/shared/topics/tag-topics'

describe('names whose words are no cues', () => {
  it('"the Monitoring Officer" is no monitoring of internet use', () => {
    expect(tagTopics('Questions go to the Monitoring Officer.')).not.toContain('monitoring')
    expect(tagTopics('Complaints are decided by the Monitoring Officer under the standards procedure.')).not.toContain('monitoring')
    // Monitoring itself still counts, in the same clause.
    expect(tagTopics('The Monitoring Officer may ask IT to monitor internet use.')).toContain('monitoring')
  })
})

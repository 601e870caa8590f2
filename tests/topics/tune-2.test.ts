/**
 * Guard on the second topic tune set (tests/fixtures/topics/tune-2.json: 125 clauses of five
 * documents in tempers tune.json lacks, labelled before the tagger was run on it). Measured
 * apart first, before any change made for it, as a fresh check of how the cues tuned on
 * tune.json generalise; cues and concepts were tuned on it after that. Floors sit just under
 * the measured figures (npm run eval prints the table per topic).
 */
import { describe, expect, it } from 'vitest'
import { topics } from '../../src/shared/topics/tag-topics'
import { f1, loadTopicSet, precision, recall, report, score, taggers } from './held-out'

describe('topic tagging on the second tune set', () => {
  const docs = loadTopicSet('tune-2')

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
    console.log(report(docs, 'tune-2'))
    const tagger = score(docs, taggers.tagger!).overall
    const baseline = score(docs, taggers['keyword in clause only']!).overall
    // Measured fresh, before any change: precision 0.69, recall 0.58 (baseline 0.69, 0.57);
    // after word forms, concepts and the heading and list fallbacks: 0.78, 0.92.
    expect(precision(tagger)).toBeGreaterThanOrEqual(0.76)
    expect(recall(tagger)).toBeGreaterThanOrEqual(0.89)
    expect(f1(tagger)).toBeGreaterThanOrEqual(f1(baseline))
  })
})

/**
 * The two checks every topic tune set's guard makes (tune.test.ts, tune-2.test.ts,
 * tune-3.test.ts, tune-4.test.ts, tune-5.test.ts, tune-6.test.ts, tune-7.test.ts, tune-8.test.ts): the set is what its note says (enough clauses and documents, one temper each,
 * every label a topic), and the tagger keeps its measured floors and beats the keyword baseline.
 * Kept apart from held-out.ts, which `npm run eval` imports outside vitest.
 */
import { expect, it } from 'vitest'
import { topics } from '../../src/shared/topics/tag-topics'
import { f1, precision, recall, report, score, taggers, type LabelledDocument, type TopicSet } from './held-out'

export interface TuneSetShape {
  documents: number
  clauses: number
  /** The set holds list items (level 1) under a lead ending with a colon, as an importer gives them. */
  lists?: boolean
}

export function itHoldsTheSet(docs: readonly LabelledDocument[], shape: TuneSetShape): void {
  it(`holds at least ${shape.clauses} clauses from at least ${shape.documents} documents of different tempers, every label a topic of the taxonomy`, () => {
    expect(docs.length).toBeGreaterThanOrEqual(shape.documents)
    expect(docs.reduce((n, d) => n + d.clauses.length, 0)).toBeGreaterThanOrEqual(shape.clauses)
    expect(new Set(docs.map((d) => d.temper)).size).toBe(docs.length)
    const ids = new Set(topics.map((t) => t.id))
    for (const c of docs.flatMap((d) => d.clauses)) for (const t of c.expected) expect(ids, c.text).toContain(t)
    if (shape.lists) expect(docs.flatMap((d) => d.clauses).filter((c) => c.level > 0).length).toBeGreaterThan(0)
  })
}

export function itKeepsItsFloors(docs: readonly LabelledDocument[], set: TopicSet, floors: { precision: number; recall: number }): void {
  it('keeps precision and recall at their measured floors, and above the keyword baseline', () => {
    console.log(report(docs, set))
    const tagger = score(docs, taggers.tagger!).overall
    const baseline = score(docs, taggers['keyword in clause only']!).overall
    expect(precision(tagger)).toBeGreaterThanOrEqual(floors.precision)
    expect(recall(tagger)).toBeGreaterThanOrEqual(floors.recall)
    expect(f1(tagger)).toBeGreaterThanOrEqual(f1(baseline))
  })
}

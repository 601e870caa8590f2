/** Checking one document: planted repeats and opposed duties found, explained in plain words. */
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../../src/shared/compare/library'
import type { Clause } from '../../../src/shared/model'
import { loadDraftFixture } from './fixtures'

const fixture = loadDraftFixture()
const result = checkDocument(fixture.clauses)
const labelsOf = (ids: readonly string[]): string[] => ids.map((id) => fixture.clauses.find((c) => c.id === id)!.label!)

describe('checkDocument', () => {
  it('finds the planted repeats', () => {
    expect(result.repeats.map((r) => labelsOf(r.clauseIds))).toEqual(fixture.expected.repeats)
    for (const r of result.repeats) {
      expect(r.kind).toBe('repeat')
      expect(r.similarity).toBeGreaterThanOrEqual(0.8)
    }
    expect(result.repeats[0]!.reason).toBe('Clause 9.2 repeats clause 9.1 (97% alike in wording).')
    expect(result.repeats[1]!.reason).toBe('Clause 10.2 repeats clause 10.1 (the same words).')
  })

  it('finds the planted opposed duties: may / must not, should / should never, is allowed / is not allowed, permitted / prohibited', () => {
    expect(result.conflicts.map((r) => labelsOf(r.clauseIds))).toEqual(fixture.expected.conflicts)
    for (const c of result.conflicts) {
      expect(c.kind).toBe('opposed')
      expect(c.topics.length).toBeGreaterThan(0)
    }
    expect(result.conflicts[0]!.reason).toBe(
      'Clause 2.1 allows what clause 2.2 forbids: “Staff may use social media for personal reasons during their lunch break” against “Staff must not use social media for personal reasons during working time”.',
    )
    expect(result.conflicts[1]!.reason).toMatch(/^Clause 3\.1 requires what clause 3\.2 forbids: “Staff should say .*” against “Staff should never say/)
    expect(result.conflicts[3]!.reason).toMatch(/^Clause 5\.1 allows what clause 5\.2 forbids: “Official accounts are permitted.*” against “.*are prohibited”\.$/)
  })

  it('reports no conflict for the same modality, different acts or different topics', () => {
    const flagged = new Set(result.conflicts.map((c) => labelsOf(c.clauseIds).join('|')))
    for (const { pair, why } of fixture.notConflicts) expect(flagged.has(pair.join('|')), why).toBe(false)
    // The different-topic pair clashes once the topic rule is switched off: the rule is what holds it back.
    const loose = checkDocument(fixture.clauses, { requireSharedTopic: false })
    expect(loose.conflicts.map((c) => labelsOf(c.clauseIds).join('|'))).toContain('8.1|8.2')
  })

  it('names unlabelled clauses and restarting labels so an author can find them', () => {
    const clause = (n: number, label: string | null, section: string, text: string): Clause => ({
      id: `d.${n}`,
      sourceId: 'd',
      section: [section],
      label,
      level: 0,
      text,
      inline: text,
      topics: ['personal-use'],
    })
    const check = checkDocument([
      clause(1, '1.', '4. At work', 'You may use social networking sites for personal reasons in your lunch break.'),
      clause(2, '1.', '5. Personal accounts', 'Other text about something else entirely here.'),
      clause(3, null, '6. Breaks', 'You must not use social networking sites for personal reasons in working time.'),
    ])
    expect(check.conflicts).toHaveLength(1)
    expect(check.conflicts[0]!.reason).toMatch(/^Clause 1 under “4\. At work” allows what the clause “You must not use social networking…” forbids/)
  })

  it('gives nothing to resolve for an empty document or one clause', () => {
    expect(checkDocument([])).toEqual({ repeats: [], conflicts: [] })
    expect(checkDocument(fixture.clauses.slice(0, 1))).toEqual({ repeats: [], conflicts: [] })
  })
})

/** The aligner on small cases whose answer is plain, and the public API. */
import { describe, expect, it } from 'vitest'
import * as api from '../../../src/shared/compare/align'
import { alignClauses, compareSources, comparisonRows, identityText } from '../../../src/shared/compare/align'
import type { Clause, SourceDocument } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { testSource } from '../../support/sources'

let n = 0
const clause = (text: string, label: string | null = null, section: string[] = ['1. Rules']): Clause => {
  n++
  return { id: `c${n}`, sourceId: 's', section, label, level: label ? 2 : 0, text, inline: text, topics: [] }
}

const POLICY = [
  'Staff may use social media at work for council business and, in moderation, during lunch breaks.',
  'Official accounts may only be set up with the approval of the Head of Communications.',
  'Every official account must have at least two trained administrators.',
  'Login details for all official accounts must be held by the Communications team.',
  'Do not accept or send friend requests to service users with whom you work.',
  'You must not disclose confidential information about the council, its partners or its staff.',
  'Breaches of this policy may lead to disciplinary action under the Disciplinary Procedure.',
  'This policy will be reviewed annually by Human Resources.',
]
const make = (texts: readonly string[], prefix = '1'): Clause[] => texts.map((t, i) => clause(t, `${prefix}.${i + 1}`))
const statuses = (a: Clause[], b: Clause[]): string[] => comparisonRows(a, b).map((r) => r.status)

describe('alignClauses and compareSources', () => {
  it('pins the public API', () => {
    expect(Object.keys(api).sort()).toEqual(['DEFAULT_ALIGN_OPTIONS', 'alignClauses', 'compareSources', 'comparisonRows', 'countRows', 'identityText', 'joinTexts', 'prepareSource'])
  })

  it('reports identical inputs as all same, and empty inputs as nothing', () => {
    const a = make(POLICY)
    expect(statuses(a, make(POLICY))).toEqual(POLICY.map(() => 'same'))
    expect(comparisonRows([], [])).toEqual([])
    expect(statuses(a, [])).toEqual(POLICY.map(() => 'only-a'))
    expect(statuses([], a)).toEqual(POLICY.map(() => 'only-b'))
  })

  it('never counts renumbering or whitespace as a change, even with the number left in the text', () => {
    const a = make(POLICY, '3')
    const b = POLICY.map((t, i) => (i % 2 ? clause(`4.${i + 1}   ${t.replace(/ /g, '  ')} `, null, ['4. Rules']) : clause(t, `(${'abcdefgh'[i]})`, ['4. Rules'])))
    const rows = comparisonRows(a, b)
    expect(rows.map((r) => r.status)).toEqual(POLICY.map(() => 'same'))
    expect(rows.every((r) => r.similarity === 1 && r.diff === undefined)).toBe(true)
    expect(identityText('3.2  Staff | must “not” post')).toBe('Staff must "not" post')
    // A number that is part of what the clause says is kept.
    expect(identityText('10 January 2011')).toBe('10 January 2011')
  })

  it('pairs reworded clauses and shows the words that changed', () => {
    const a = make(POLICY)
    const b = make(POLICY)
    b[4] = clause('Employees should never send or accept friend requests from service users they work with.', '1.5')
    const rows = comparisonRows(a, b)
    expect(rows[4]!.status).toBe('changed')
    expect(rows[4]!.a[0]!.id).toBe(a[4]!.id)
    expect(rows[4]!.similarity).toBeGreaterThan(0.3)
    expect(rows[4]!.similarity).toBeLessThan(1)
    expect(rows[4]!.diff!.some((o) => o.op === 'equal' && o.text.includes('friend requests'))).toBe(true)
  })

  it('finds a clause moved elsewhere, and one moved to another section, as moved', () => {
    const a = make(POLICY)
    const b = [a[0]!, a[1]!, a[2]!, a[3]!, a[5]!, a[6]!, a[4]!, a[7]!].map((c) => clause(c.text, c.label))
    expect(statuses(a, b)).toEqual(['same', 'same', 'same', 'same', 'same', 'same', 'moved', 'same'])
    // Same place in the sequence, but now under the next heading: still moved.
    const sections = (moveThird: boolean): Clause[] =>
      POLICY.map((t, i) => clause(t, null, i < 3 || (i === 3 && !moveThird) ? ['1. Rules'] : ['2. Accounts']))
    expect(statuses(sections(false), sections(true))).toEqual(['same', 'same', 'same', 'moved', 'same', 'same', 'same', 'same'])
  })

  it('reports a moved and reworded clause as moved-changed', () => {
    const a = make(POLICY)
    const b = make([POLICY[0]!, POLICY[1]!, POLICY[2]!, POLICY[3]!, POLICY[5]!, POLICY[6]!, 'Never accept or send friend requests to the service users you work with.', POLICY[7]!])
    expect(statuses(a, b)[6]).toBe('moved-changed')
  })

  it('finds a split and a merge among neighbours, and swapping A and B swaps them', () => {
    const a = make([
      'Official accounts may only be set up with the approval of the Head of Communications, and every official account must have at least two trained administrators.',
      'Login details for all official accounts must be held by the Communications team.',
      'You must not disclose confidential information about the council.',
      'You must not publish personal information about service users or colleagues.',
      'This policy will be reviewed annually by Human Resources.',
    ])
    const b = make([
      'Official accounts may only be set up with the approval of the Head of Communications.',
      'Every official account must have at least two trained administrators.',
      'Login details for all official accounts must be held by the Communications team.',
      'You must not disclose confidential information about the council, and you must not publish personal information about service users or colleagues.',
      'This policy will be reviewed annually by Human Resources.',
    ])
    const rows = comparisonRows(a, b)
    expect(rows.map((r) => r.status)).toEqual(['split', 'same', 'merged', 'same'])
    expect(rows[0]!.b.map((c) => c.id)).toEqual([b[0]!.id, b[1]!.id])
    expect(rows[2]!.a.map((c) => c.id)).toEqual([a[2]!.id, a[3]!.id])
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(comparisonRows(b, a).map((r) => r.status)).toEqual(['merged', 'same', 'split', 'same'])
  })

  it("keeps B's order and puts A-only clauses right after their aligned predecessor in A", () => {
    const a = make(['Deleted at the start about purdah rules.', ...POLICY.slice(0, 3), 'Deleted in the middle about live streaming.', 'A second deletion about emojis.', ...POLICY.slice(3)])
    const b = make([...POLICY.slice(0, 2), 'A new clause about subtitles on videos.', ...POLICY.slice(2)])
    const rows = comparisonRows(a, b)
    expect(rows.map((r) => r.status)).toEqual(['only-a', 'same', 'same', 'only-b', 'same', 'only-a', 'only-a', 'same', 'same', 'same', 'same', 'same'])
    expect(rows[5]!.a[0]!.text).toMatch(/live streaming/)
    expect(invariantProblems(a, b, rows)).toEqual([])
  })

  it('leaves unrelated clauses apart rather than pairing them', () => {
    const a = make(['Staff must not use social media to bully colleagues.'])
    const b = make(['Videos published by the council must carry subtitles.'])
    expect(statuses(a, b)).toEqual(['only-b', 'only-a'].reverse())
  })

  it('chooses the best one-to-one matching, not the greedy one', () => {
    // Greedy takes a1-b1 (the best single pair) and leaves a2 with nothing; the matching
    // pairs a1-b2 and a2-b1, whose total is higher.
    const a = make(['Administrators must answer questions on official accounts within one working day.', 'Administrators must answer questions within one working day.'])
    const b = make(['Administrators must answer questions within one working day on official accounts.', 'Administrators on official accounts must answer questions.'])
    const alignment = alignClauses(a, b)
    expect(alignment.groups).toHaveLength(2)
    expect(alignment.onlyA).toEqual([])
    expect(alignment.onlyB).toEqual([])
  })

  it('builds a Comparison with summaries and counts', () => {
    const source = (id: string, clauses: Clause[]): SourceDocument => testSource(id, clauses, { title: `Policy ${id}`, format: 'md', origin: `${id}.md` })
    const a = make(POLICY)
    const b = make([...POLICY.slice(1), 'A new clause about subtitles on videos.'])
    const comparison = compareSources(source('a', a), source('b', b))
    expect(comparison.a).toMatchObject({ id: 'a', title: 'Policy a', clauseCount: POLICY.length })
    expect('clauses' in comparison.a).toBe(false)
    expect(comparison.counts).toEqual({ same: 7, changed: 0, moved: 0, movedChanged: 0, onlyA: 1, onlyB: 1, split: 0, merged: 0 })
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison)
  })

  it('accepts options: a stricter threshold, a tighter diff bound', () => {
    const a = make(POLICY)
    const b = make(POLICY.map((t) => `${t} Ask Human Resources for advice.`))
    const strict = comparisonRows(a, b, { threshold: 0.99, gapThreshold: 1 })
    expect(strict.filter((r) => r.status === 'changed')).toHaveLength(0)
    expect(comparisonRows(a, b).filter((r) => r.status === 'changed')).toHaveLength(POLICY.length)
    const c = make(POLICY.map((t) => t.replace(/ (\w+) /, ' changed ')))
    const bounded = comparisonRows(a, c, { diff: { maxEditLength: 1 } })
    expect(bounded.filter((r) => r.status === 'changed').length).toBeGreaterThan(4)
    expect(bounded.filter((r) => r.status === 'changed').every((r) => r.rewritten === true)).toBe(true)
    expect(comparisonRows(a, c).some((r) => r.rewritten)).toBe(false)
  })

  it('stops diffing once the time budget of a comparison is spent, on an injected clock', () => {
    const a = make(POLICY)
    const c = make(POLICY.map((t) => t.replace(/ (\w+) /, ' changed ')))
    let clock = 0
    // Each reading of the clock moves it on by 40 ms: the budget of 100 ms lasts two diffs.
    const rows = comparisonRows(a, c, { diffBudgetMs: 100, now: () => (clock += 40) })
    const changed = rows.filter((r) => r.status === 'changed')
    expect(changed.filter((r) => !r.rewritten)).toHaveLength(2)
    expect(changed.slice(2).every((r) => r.rewritten && r.diff!.map((o) => o.op).join() === 'delete,insert')).toBe(true)
    expect(invariantProblems(a, c, rows)).toEqual([])
  })
})

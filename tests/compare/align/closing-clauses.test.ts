/**
 * The closing clause of each document (gaps.ts closingClauses): the one clause left over after
 * the last in-order anchor on each side, each the whole of a last section of its own. The end of
 * both documents bounds it as a next anchor would, so it pairs on the snug place's weak lexical
 * evidence (synonyms and derivations: "reviewed annually" / "look at ... again every year"); not
 * in the last anchor's own section, where a removed closing clause and a new one share as much.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { closingClauses } from '../../../src/shared/compare/align/gaps'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `c${n}`, sourceId: 's', section: ['Laptops', section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

const kept = (side: 0 | 1): Clause[] =>
  [
    ['Laptops must be locked away at the end of each working day.', 'Lock your laptop away at the end of each working day.', 'Use', 'Using it'],
    ['Laptops must not be left in a vehicle overnight.', 'Never leave your laptop in a vehicle overnight.', 'Use', 'Using it'],
    ['A lost laptop must be reported to the ICT Service Desk on the same day.', 'Report a lost laptop to the ICT Service Desk on the same day.', 'Loss', 'If it goes missing'],
  ].map((t) => clause(t[side]!, t[side + 2]!))

describe('the closing clause of each document, alone in a last section of its own', () => {
  // Note: a guard: in a document this small the leftover rules that read the whole document pair it too.
  it('pairs on synonyms and derivations, as a clause between two anchors of its section would', () => {
    const old = clause('This policy shall be reviewed annually in the light of developments in technology.', 'Review')
    const reworded = clause('We will look at these rules again every year, sooner if the technology changes.', 'Keeping this up to date')
    const a = [...kept(0), old]
    const b = [...kept(1), reworded]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).b.map((c) => c.id)).toEqual([reworded.id])
  })

  it('leaves a removed closing clause and an unrelated new one apart, though each closes its document alone', () => {
    const old = clause('This policy shall be reviewed annually by the Head of ICT.', 'Review')
    const added = clause('Questions about this guide? Ring the ICT Service Desk.', 'Help')
    const a = [...kept(0), old]
    const b = [...kept(1), added]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).status).toBe('only-a')
    expect(rowWith(rows, added).status).toBe('only-b')
  })

  it('is the last clause of both documents, each in a section of its own after the last anchor', () => {
    const sections = { a: ['s1', 's1', 's2'], b: ['t1', 't1', 't2'] }
    const before = { a: [1], b: [1] }
    expect(closingClauses({ as: [2], bs: [2], cut: false }, before, 3, 3, sections)).toBe(true)
    expect(closingClauses({ as: [2], bs: [2], cut: false }, before, 4, 3, sections)).toBe(false)
    expect(closingClauses({ as: [2], bs: [2], cut: false }, before, 3, 3, { a: ['s1', 's1', 's1'], b: ['t1', 't1', 't2'] })).toBe(false)
    expect(closingClauses({ as: [2], bs: [1, 2], cut: false }, before, 3, 3, sections)).toBe(false)
    expect(closingClauses({ as: [2], bs: [2], cut: false }, undefined, 3, 3, sections)).toBe(false)
  })

  it('pairs the review clause of genai-tools-reworded, whose only shared ideas are synonyms and "technology"', async () => {
    const tools = await comparedPair('genai-tools-reworded')
    expect(tools.partnersOf('a', 'this policy shall be reviewed annually')).toEqual([expect.stringContaining('We will look at these rules again every year')])
  })
})

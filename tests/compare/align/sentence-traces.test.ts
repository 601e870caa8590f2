/**
 * Sentence traces (sentence-traces.ts): a leftover whose every sentence one clause of the other
 * document alone holds is that clause's part (a split or merge part moved to another section,
 * or merged from afar) or, when both are left over and each traces to the other, its pair.
 * A sentence two clauses hold alike, or held too loosely, traces nowhere.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { buildFeatures, sentenceTerms } from '../../../src/shared/compare/align/features'
import { applyTraces, traceOf, traceTargets } from '../../../src/shared/compare/align/sentence-traces'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string): Clause => {
  n++
  return { id: `t${n}`, sourceId: 's', section: ['Keys and passes', section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('left-over clauses traced by their sentences', () => {
  it('become parts moved to another section, or merged from the other old note (keys-passes-consolidated, leavers-checklist-prose)', async () => {
    const keys = await comparedPair('keys-passes-consolidated')
    expect(keys.rowOf('b', 'building passes shall be worn').status).toBe('split')
    expect(keys.partnersOf('b', 'building passes shall be worn')).toEqual([expect.stringContaining("You'll get your building pass")])
    expect(keys.partnersOf('a', "don't lend council kit")).toEqual([expect.stringContaining('issued for the sole use of the named holder')])
    expect(keys.partnersOf('b', 'equipment on loan shall be returned')).toEqual([expect.stringContaining('You can book loan equipment')])
    const leavers = await comparedPair('leavers-checklist-prose')
    expect(leavers.partnersOf('a', 'parking permit returned')).toEqual([expect.stringContaining('Collect their ID badge')])
  })

  // A revision: kept clauses align in order; the second duty of A's first clause moved to B's last section.
  const a = [
    clause('Each employee will be given a building pass by reception on the first day. The pass must be worn and visible at all times on council premises.', 'Passes'),
    clause('Keys to offices are signed out from the key safe at reception.', 'Keys'),
    clause('Keys must be signed back in by the end of the working day.', 'Keys'),
    clause('Only Facilities may arrange for new keys to be cut.', 'Keys'),
    clause('A lost key must be reported to Facilities on the same day.', 'Keys'),
  ]
  const b = [
    clause('Each employee will be given a building pass by reception on their first day.', 'Issue'),
    clause('Keys to offices are signed out from the key safe at reception.', 'Issue'),
    clause('Keys must be signed back in by the end of the working day.', 'Issue'),
    clause('Only Facilities may arrange for new keys to be cut.', 'Issue'),
    clause('A lost key must be reported to Facilities on the same day.', 'Loss'),
    clause('Passes shall be worn visibly at all times while on council premises.', 'Use'),
  ]

  it('take a sentence moved far from its clause as a part of it, wherever it stands', () => {
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    const row = rowWith(rows, b[5]!)
    expect(row.status).toBe('split')
    expect(row.a.map((c) => c.id)).toEqual([a[0]!.id])
    expect(row.b.map((c) => c.id)).toEqual([b[0]!.id, b[5]!.id])
  })

  it('leave a new clause alone when its sentence shares one idea with the clause (under TRACE_IDEAS and TRACE_HELD)', () => {
    const b2 = [...b.slice(0, 5), clause('Visitors must be collected from reception by their host and signed in.', 'Use')]
    const rows = comparisonRows(a, b2)
    expect(rowWith(rows, b2[5]!).status).toBe('only-b')
  })

  // The rule's parts alone, on features of plain texts.
  const set = buildFeatures(
    ['Laptops must never be left in a car overnight.', 'Phones must never be left in a car overnight.'],
    ['Never leave a laptop in a car overnight.', 'Keys to offices are signed out at reception.'],
  )
  const sentences = (text: string): string[][] => sentenceTerms(text)

  it('trace a sentence to the one clause that holds it, ahead of every other', () => {
    expect(traceOf(sentences('Never leave a laptop in a car overnight.'), traceTargets(set.a, (k) => k === 0), set.termStats)).toEqual({ traced: 0, strength: expect.any(Number), novelty: expect.any(Number), ideas: 5, spread: expect.any(Number) })
  })

  it('trace nowhere a sentence that shares one idea with the clause, however rare (TRACE_IDEAS)', () => {
    expect(sentences('Laptops.')).toHaveLength(1)
    expect(traceOf(sentences('Laptops.'), traceTargets(set.a, () => true), set.termStats)).toBeUndefined()
  })

  it('trace nowhere a sentence that two clauses hold alike', () => {
    expect(traceOf(sentences('Never leave it in a car overnight.'), traceTargets(set.a, () => true), set.termStats)).toBeUndefined()
  })

  it('trace nowhere a sentence that the clause\'s partners already hold (under TRACE_NOVEL)', () => {
    const partnerTerms = (): ReadonlySet<string> => new Set(set.b[0]!.terms)
    expect(traceOf(sentences('Never leave a laptop in a car overnight.'), traceTargets(set.a, (k) => k === 0), set.termStats, partnerTerms)).toBeUndefined()
  })

  it('pair two leftovers only when each traces to the other, and grow a group on one side only', () => {
    const free = (): { a: Uint8Array; b: Uint8Array } => ({ a: Uint8Array.from([1, 1]), b: Uint8Array.from([1, 1]) })
    const one = { side: 'a' as const, leftover: 0, traced: 0, strength: 0.6, novelty: 0.3, ideas: 3, spread: 0.4 }
    const back = { side: 'b' as const, leftover: 0, traced: 0, strength: 0.6, novelty: 0.3, ideas: 3, spread: 0.4 }
    expect(applyTraces([one], [], free())).toEqual([])
    expect(applyTraces([back], [], free())).toEqual([])
    expect(applyTraces([one, back], [], free())).toEqual([[0, 0]])
    // A pair (A1, B1): B0 traced to A1 joins it as a split part; A0 traced to B1 then finds two
    // clauses on B1's side and stays out (no many-to-many row).
    const group: AlignedGroup = { kind: 'pair', a: [1], b: [1], similarity: 1, identical: true, moved: false }
    const used = { a: Uint8Array.from([1, 0]), b: Uint8Array.from([1, 0]) }
    expect(applyTraces([{ side: 'b', leftover: 0, traced: 1, strength: 0.7, novelty: 0.3, ideas: 3, spread: 0.4 }, { side: 'a', leftover: 0, traced: 1, strength: 0.6, novelty: 0.3, ideas: 3, spread: 0.4 }], [group], used)).toEqual([])
    expect(group).toEqual({ kind: 'split', a: [1], b: [0, 1], similarity: 0.99, identical: false, moved: false })
    expect(used.a[0]).toBe(1)
  })

  it('pair a leftover with the leftover it traces to, one way only, when both stand in the same gap', () => {
    const free = (): { a: Uint8Array; b: Uint8Array } => ({ a: Uint8Array.from([1, 1]), b: Uint8Array.from([1, 1]) })
    // B0 (a short part) traces to A1 (a long clause cut into several); A1 traces nowhere.
    const part = { side: 'b' as const, leftover: 0, traced: 1, strength: 0.54, novelty: 0.54, ideas: 3, spread: 0.3 }
    expect(applyTraces([part], [], free(), () => false)).toEqual([])
    expect(applyTraces([part], [], free(), (i, j) => i === 1 && j === 0)).toEqual([[1, 0]])
  })

  it('take a part beyond the growing reach only when it shares three ideas or holds enough without its heaviest word (farEvidence)', () => {
    const grow = (c: { leftover: number; ideas: number; spread: number }): number[] => {
      const group: AlignedGroup = { kind: 'pair', a: [0], b: [10], similarity: 0.5, identical: false, moved: false }
      const free = { a: new Uint8Array(1), b: new Uint8Array(30).fill(1) }
      free.b[10] = 0
      applyTraces([{ side: 'b', traced: 0, strength: 0.59, novelty: 0.59, ...c }], [group], free)
      return group.b
    }
    // "Questions? Ring the store on extension 4410." (equipment-loans-scattered): twenty clauses
    // from the part, on "store" and "extension" (a telephone's, not a loan's).
    expect(grow({ leftover: 29, ideas: 2, spread: 0.21 })).toEqual([10])
    expect(grow({ leftover: 29, ideas: 2, spread: 0.36 })).toEqual([10, 29])
    expect(grow({ leftover: 29, ideas: 3, spread: 0.21 })).toEqual([10, 29])
    // Within reach (two clauses between), the place speaks for it.
    expect(grow({ leftover: 13, ideas: 2, spread: 0.21 })).toEqual([10, 13])
  })

  it('leave a far pun alone, and pair a one-way trace in its gap, on the new tune pairs (equipment-loans-scattered, genai-tools-reworded)', async () => {
    const loans = await comparedPair('equipment-loans-scattered')
    expect(loans.rowOf('b', 'questions? ring the store').status).toBe('only-b')
    expect(loans.partnersOf('b', 'never leave it in a car')).toEqual([expect.stringContaining('Borrowers are responsible for the safekeeping')])
    const tools = await comparedPair('genai-tools-reworded')
    expect(tools.partnersOf('b', 'the result is whatever it hands back')).not.toContainEqual(expect.stringContaining('Non-compliance'))
  })
})

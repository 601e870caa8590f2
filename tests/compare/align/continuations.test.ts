/**
 * Continuations (continuations.ts): in a close revision, a short left-over sentence that opens by
 * pointing back ("It", "They", "A new one", "If they ...") and stands right after a part of a
 * group is a part of that group's whole, whatever its words, when the parts leave something of
 * the whole unsaid; so is one right before a part that spells it out ("That means ...").
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { pointsBack, spellsOut } from '../../../src/shared/compare/align/continuations'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section = 'Permits'): Clause => {
  n++
  return { id: `c${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

// Kept clauses around the split, so that most of each side is aligned (a close revision).
const kept = [
  ['Permits are issued by Facilities on receipt of a completed application form.', 'Facilities issue permits once they have your completed application form.'],
  ['Permit holders must display the permit clearly on the dashboard at all times.', 'Permit holders must always display the permit clearly on the dashboard.'],
  ['Vehicles parked without a valid permit may be clamped at the owner’s expense.', 'Vehicles parked without a valid permit may be clamped at the owner’s cost.'],
  ['Motorcycles must be parked in the marked motorcycle bays only.', 'Motorcycles must only be parked in the marked motorcycle bays.'],
]

function compared(whole: string, first: string, next: string): { rows: ComparisonRow[]; old: Clause; part: Clause; follow: Clause } {
  const old = clause(whole)
  const part = clause(first)
  const follow = clause(next)
  const a = [clause(kept[0]![0]!), clause(kept[1]![0]!), old, clause(kept[2]![0]!), clause(kept[3]![0]!)]
  const b = [clause(kept[0]![1]!), clause(kept[1]![1]!), part, follow, clause(kept[2]![1]!), clause(kept[3]![1]!)]
  const rows = comparisonRows(a, b)
  expect(invariantProblems(a, b, rows)).toEqual([])
  return { rows, old, part, follow }
}

describe('continuations', () => {
  it('takes a short sentence that points back at a part into the split', () => {
    const { rows, old, part, follow } = compared(
      'Lost permits must be reported to Facilities immediately, and a replacement fee of £15 is payable by the permit holder.',
      'Lost your permit? Report the loss to Facilities immediately.',
      'A new one costs money.',
    )
    const row = rowWith(rows, old)
    expect(row.status).toBe('split')
    expect(row.b.map((c) => c.id)).toEqual([part.id, follow.id])
  })

  it('leaves a sentence that does not point back, and one that says what the document is for', () => {
    for (const next of ['Cars can be washed on Fridays.', 'It tells you where to park.']) {
      const { rows, follow } = compared(
        'Lost permits must be reported to Facilities immediately, and a replacement fee of £15 is payable by the permit holder.',
        'Lost your permit? Report the loss to Facilities immediately.',
        next,
      )
      expect(rowWith(rows, follow).status, next).toBe('only-b')
    }
  })

  it('leaves a sentence after a part that already says the whole', () => {
    const { rows, follow } = compared(
      'Lost permits must be reported to Facilities immediately.',
      'Lost permits must be reported to Facilities straight away.',
      'It happens more often than you think.',
    )
    expect(rowWith(rows, follow).status).toBe('only-b')
  })

  it('takes a short sentence before a part that spells it out ("That means ...") into the split', () => {
    const old = clause('A Blue Badge holder, meaning an employee or visitor who holds a disability parking permit, has priority for the bays nearest the entrance.')
    const lead = clause('Some people come first.')
    const part = clause('That means an employee or visitor with a disability parking permit gets the bays nearest the entrance.')
    const a = [clause(kept[0]![0]!), clause(kept[1]![0]!), old, clause(kept[2]![0]!), clause(kept[3]![0]!)]
    const b = [clause(kept[0]![1]!), clause(kept[1]![1]!), lead, part, clause(kept[2]![1]!), clause(kept[3]![1]!)]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    const row = rowWith(rows, old)
    expect(row.status).toBe('split')
    expect(row.b.map((c) => c.id)).toEqual([lead.id, part.id])
    expect(spellsOut('That means your husband, wife or civil partner.')).toBe(true)
    expect(spellsOut('This guide explains the rules.')).toBe(false)
  })

  it('reads pointing words after a label, and not "This" or "These"', () => {
    expect(pointsBack('They cost nothing.')).toBe(true)
    expect(pointsBack("If they won't, you can leave.")).toBe(true)
    expect(pointsBack('A new one costs £10.')).toBe(true)
    expect(pointsBack('This policy will be reviewed every three years.')).toBe(false)
    expect(pointsBack('Items are returned.')).toBe(false)
  })

  it('finds the short split parts of the tune pairs (parking-guide-byline, smoke-free-guide-regrouped, whistleblowing-you-we)', async () => {
    const parking = await comparedPair('parking-guide-byline')
    expect(parking.partnersOf('b', 'it still belongs to us, not to you.')).toEqual([expect.stringContaining('Permits are not transferable')])
    expect(parking.partnersOf('b', 'a new one costs £10.')).toEqual([expect.stringContaining('Lost permits must be reported')])
    const smoke = await comparedPair('smoke-free-guide-regrouped')
    expect(smoke.rowOf('b', 'they cost nothing.').b.map((c) => c.text)).toEqual([
      expect.stringContaining('Occupational Health can tell you'),
      'They cost nothing.',
      'Many can see you after work.',
    ])
    // Five ideas: "someone outside team involved look".
    const whistle = await comparedPair('whistleblowing-you-we')
    expect(whistle.partnersOf('b', 'if it does, someone from outside the team involved will look into it.')).toEqual([expect.stringContaining('Where an investigation is required')])
  })
})

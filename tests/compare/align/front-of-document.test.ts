/**
 * The top of a document: a byline above the first section (bylines.ts) is a title, not a
 * clause, and never takes the opening clause of the other version; it is not counted among
 * the clauses a revision must align; the two statements of what each document is for pair
 * by their form and place (opening-statements.ts).
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { bylineClauses } from '../../../src/shared/compare/align/bylines'
import { identityText } from '../../../src/shared/compare/align'
import { openingStatement } from '../../../src/shared/compare/align/opening-statements'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section: string[], label: string | null = null): Clause => {
  n++
  return { id: `f${n}`, sourceId: 's', section, label, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

describe('bylines', () => {
  const title = ['Parking at work']
  const doc = (first: Clause[]): Clause[] => [...first, clause('Keep the permit on your dashboard.', [...title, '1 Permits'])]
  const found = (clauses: Clause[]): number[] => bylineClauses(clauses, clauses.map((c) => identityText(c.text)))

  it('reads an organisation line above the first section as a byline', () => {
    expect(found(doc([clause('Kingsmere Borough Council, Facilities team', title)]))).toEqual([0])
    expect(found(doc([clause('Fernley Borough Council', title)]))).toEqual([0])
  })

  it('leaves a sentence, a labelled item, a table row, a plain line and anything inside a section alone', () => {
    expect(found(doc([clause('Kingsmere Borough Council runs the car park.', title)]))).toEqual([])
    expect(found(doc([clause('Kingsmere Borough Council', title, '1.')]))).toEqual([])
    expect(found(doc([clause('Owner | Kingsmere Facilities Team', title)]))).toEqual([])
    expect(found(doc([clause('Please read this guide carefully', title)]))).toEqual([])
    expect(found([clause('Keep the permit on your dashboard.', [...title, '1 Permits']), clause('Kingsmere Borough Council', [...title, '1 Permits'])])).toEqual([])
  })

  it('reads one sentence of authorship naming the organisation, however long, as a byline', () => {
    const line = 'Written by the People and Culture Team at Marlow Vale District Council for everyone who works here and for the managers who sign off their requests, this guide replaces the Employee Volunteering Leave Policy.'
    expect(found(doc([clause(line, title)]))).toEqual([0])
    expect(found(doc([clause('Published by Kingsmere Borough Council, Facilities team.', title)]))).toEqual([0])
  })

  it('leaves authorship with a second sentence, with no name, with a label or inside a section alone', () => {
    expect(found(doc([clause('Written by Kingsmere Borough Council. Every driver must display a permit.', title)]))).toEqual([])
    expect(found(doc([clause('Written by our team for all staff who park on site.', title)]))).toEqual([])
    expect(found(doc([clause('Issued by Kingsmere Borough Council Facilities.', title, '1.')]))).toEqual([])
    expect(found([clause('Keep the permit on your dashboard.', [...title, '1 Permits']), clause('Issued by Kingsmere Borough Council.', [...title, '1 Permits'])])).toEqual([])
  })

  it('written as a sentence, never takes the opening clause, which pairs with its rewording moved to the end (volunteering-guide-moved)', async () => {
    const pair = await comparedPair('volunteering-guide-moved')
    expect(pair.rowOf('b', 'written by the people and culture team').status).toBe('only-b')
    expect(pair.partnersOf('a', 'this policy sets out the paid leave')).toEqual([expect.stringContaining('We give you paid time to volunteer')])
  })

  it('never takes the opening clause of the other version (learning-guide-moved)', async () => {
    const pair = await comparedPair('learning-guide-moved')
    expect(pair.rowOf('a', 'fernley borough council').status).toBe('only-a')
    expect(pair.partnersOf('a', 'this policy sets out the framework')).toEqual([expect.stringContaining('This guide explains how we help you')])
  })

  it('is not counted among the clauses a revision must align (vehicles-you-guide keeps its leftovers taken in order)', async () => {
    const pair = await comparedPair('vehicles-you-guide')
    expect(pair.partnersOf('a', 'shall be used solely for the purposes of council business')).toEqual(['Only take our vehicles out for work.'])
  })
})

describe('opening statements', () => {
  it('knows a sentence about the document itself', () => {
    expect(openingStatement('This page answers the questions we are asked most often.')).toBe(true)
    expect(openingStatement('It explains when you can drive one of our vans.')).toBe(true)
    expect(openingStatement('This is a busy car park.')).toBe(false)
    expect(openingStatement('Staff must display this policy number.')).toBe(false)
  })

  it('pair by form and place with no word in common (annual-leave-questions, vehicles-you-guide)', async () => {
    const leave = await comparedPair('annual-leave-questions')
    expect(leave.partnersOf('a', 'this policy sets out the annual leave entitlement')).toEqual([expect.stringContaining('This page answers the questions')])
    const vehicles = await comparedPair('vehicles-you-guide')
    expect(vehicles.partnersOf('a', 'this policy sets out the conditions')).toEqual([expect.stringContaining('It explains when you can get behind the wheel')])
  })

  const body = (side: 0 | 1): Clause[] =>
    [
      ['Permits are issued by Facilities on receipt of a signed application form.', 'Facilities issue permits when they receive a signed application form.'],
      ['Vehicles must be parked within marked bays at all times.', 'Vehicles must be parked within the marked bays at all times.'],
      ['The speed limit on Council car parks is 5 mph.', 'The speed limit in our car parks is 5 mph.'],
    ].map((t) => clause(t[side]!, ['Parking', 'Rules']))

  it('pair when each is the only one left over before the first aligned clause', () => {
    const old = clause('This policy sets out how bays are allocated.', ['Parking', 'Rules'])
    const now = clause('This guide tells you who gets somewhere to leave a car, and why.', ['Parking', 'Rules'])
    const a = [old, ...body(0)]
    const b = [now, ...body(1)]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, old).b.map((c) => c.id)).toEqual([now.id])
  })

  it('pair when the statement is the second sentence of a clause that first meets the reader (bereavement-leave-guide)', async () => {
    expect(openingStatement('We know that losing someone close is hard. This guide explains the time off you can have.')).toBe(true)
    expect(openingStatement('We know that losing someone close is hard, and this guide is short.')).toBe(false)
    const pair = await comparedPair('bereavement-leave-guide')
    expect(pair.partnersOf('a', 'this policy sets out the leave and support available')).toEqual([expect.stringContaining('This guide explains the time off you can have')])
  })

  it('stay apart when one side has two left over', () => {
    const old = clause('This policy sets out how bays are allocated.', ['Parking', 'Rules'])
    const now = [clause('This guide is for everyone who drives to work.', ['Parking', 'Rules']), clause('This page was checked by the union.', ['Parking', 'Rules'])]
    const rows = comparisonRows([old, ...body(0)], [...now, ...body(1)])
    expect(rowWith(rows, old).status).toBe('only-a')
  })

  it('stay apart when the new clause is not about the document', () => {
    const old = clause('This policy sets out how bays are allocated.', ['Parking', 'Rules'])
    const added = clause('Cycle racks are in the basement.', ['Parking', 'Rules'])
    const rows = comparisonRows([old, ...body(0)], [added, ...body(1)])
    expect(rowWith(rows, old).status).toBe('only-a')
  })
})

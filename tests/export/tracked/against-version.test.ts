import { describe, expect, it } from 'vitest'
import { acceptAll, rejectAll, summariseChanges, trackedAgainstVersion, trackedChanges, type TrackedDocument } from '../../../src/shared/export/tracked'
import type { Draft } from '../../../src/shared/model'
import { draftOf, draftSections, type Outline } from './support'

const BASE: Outline = [
  {
    id: 's1',
    heading: 'Your own accounts',
    clauses: [
      { id: 'c1', text: 'Do not share anything you have learned at work that has not been made public.' },
      { id: 'c2', text: 'Do not make offensive remarks about colleagues.' },
      { id: 'c3', text: 'Tell your manager if a post about you causes concern.' },
    ],
  },
  {
    id: 's2',
    heading: 'Elections',
    clauses: [
      { id: 'c4', text: 'Do not take part in political activity online.' },
      { id: 'c5', text: 'Take extra care in the pre-election period.', level: 2 },
    ],
  },
]

const edited = (change: (outline: Outline) => void): Draft => {
  const outline = structuredClone(BASE)
  change(outline)
  return draftOf(outline)
}

/** Each clause as "change:op:text|op:text", compact enough to read in an expectation. */
function shape(tracked: TrackedDocument): string[][] {
  return tracked.sections.map((s) => [
    `${s.change ?? 'kept'} ${s.heading}`,
    ...s.clauses.map((c) => `${c.change ?? 'kept'}${c.moveName ? `(${c.moveName})` : ''} ${c.segments.map((g) => (g.op === 'equal' ? g.text : `[${g.op}:${g.text}]`)).join('')}`),
  ])
}

function expectInvariants(tracked: TrackedDocument, draft: Draft, base: Draft): void {
  expect(acceptAll(tracked)).toEqual(draftSections(draft))
  expect(rejectAll(tracked)).toEqual(draftSections(base))
}

describe('tracked changes against a named version of the draft', () => {
  const base = draftOf(BASE)

  it('finds no change against the same draft: every clause one equal segment', () => {
    const tracked = trackedAgainstVersion(base, base)
    expect(tracked.sections.every((s) => !s.change && !s.headingSegments)).toBe(true)
    for (const clause of tracked.sections.flatMap((s) => s.clauses)) {
      expect(clause.change).toBeUndefined()
      expect(clause.segments).toHaveLength(1)
      expect(clause.segments[0]!.op).toBe('equal')
    }
    expect(tracked.sections[1]!.clauses.map((c) => c.level)).toEqual([1, 2])
    expect(summariseChanges(tracked)).toEqual({ clausesNew: 0, clausesChanged: 0, clausesRemoved: 0, clausesMoved: 0, sectionsAdded: 0, sectionsRemoved: 0, sectionsRenamed: 0 })
  })

  it('shows a reworded clause word by word', () => {
    const reworded = edited((o) => (o[0]!.clauses[1]!.text = 'Do not make offensive or insulting remarks about colleagues.'))
    const tracked = trackedAgainstVersion(reworded, base)
    expect(shape(tracked)[0]![2]).toBe('kept Do not make offensive [insert:or insulting ]remarks about colleagues.')
    expectInvariants(tracked, reworded, base)
    expect(summariseChanges(tracked).clausesChanged).toBe(1)
  })

  it('puts a removed clause where it stood, and renumbering changes nothing else', () => {
    const draft = edited((o) => o[0]!.clauses.splice(0, 1))
    const tracked = trackedAgainstVersion(draft, base)
    expect(shape(tracked)).toEqual([
      ['kept Your own accounts', 'deleted [delete:Do not share anything you have learned at work that has not been made public.]', 'kept Do not make offensive remarks about colleagues.', 'kept Tell your manager if a post about you causes concern.'],
      ['kept Elections', 'kept Do not take part in political activity online.', 'kept Take extra care in the pre-election period.'],
    ])
    expectInvariants(tracked, draft, base)
  })

  it('shows a reordered clause as a move, from where it stood to where it is', () => {
    const draft = edited((o) => {
      const [c3] = o[0]!.clauses.splice(2, 1)
      o[0]!.clauses.unshift(c3!)
    })
    const tracked = trackedAgainstVersion(draft, base)
    expect(shape(tracked)[0]).toEqual([
      'kept Your own accounts',
      'moved-to(move1) Tell your manager if a post about you causes concern.',
      'kept Do not share anything you have learned at work that has not been made public.',
      'kept Do not make offensive remarks about colleagues.',
      'moved-from(move1) Tell your manager if a post about you causes concern.',
    ])
    expectInvariants(tracked, draft, base)
    expect(summariseChanges(tracked)).toMatchObject({ clausesMoved: 1, clausesChanged: 0 })
  })

  it('shows a clause moved to another section and reworded as a move with word changes', () => {
    const draft = edited((o) => {
      const [c1] = o[0]!.clauses.splice(0, 1)
      o[1]!.clauses.push({ ...c1!, text: 'Do not share anything you learned at work that is not public.' })
    })
    const tracked = trackedAgainstVersion(draft, base)
    const rows = shape(tracked)
    expect(rows[0]![1]).toBe('moved-from(move1) Do not share anything you have learned at work that has not been made public.')
    expect(rows[1]!.at(-1)).toMatch(/^moved-to\(move1\) Do not share anything you \[delete:have \]learned at work that /)
    expectInvariants(tracked, draft, base)
    expect(summariseChanges(tracked)).toMatchObject({ clausesMoved: 1, clausesChanged: 1 })
  })

  it('marks a section added and a section removed, with their clauses', () => {
    const draft = edited((o) => {
      o.splice(1, 1)
      o.push({ id: 's3', heading: 'Official accounts', clauses: [{ id: 'c9', text: 'Official accounts need two administrators.' }] })
    })
    const tracked = trackedAgainstVersion(draft, base)
    expect(shape(tracked).slice(1)).toEqual([
      ['deleted Elections', 'deleted [delete:Do not take part in political activity online.]', 'deleted [delete:Take extra care in the pre-election period.]'],
      ['inserted Official accounts', 'inserted [insert:Official accounts need two administrators.]'],
    ])
    expect(tracked.sections[1]!.clauses[1]!.level).toBe(2)
    expectInvariants(tracked, draft, base)
    expect(summariseChanges(tracked)).toMatchObject({ sectionsAdded: 1, sectionsRemoved: 1, clausesNew: 1, clausesRemoved: 2 })
  })

  it('shows a renamed section as a reworded heading', () => {
    const draft = edited((o) => (o[1]!.heading = 'Elections and referendums'))
    const tracked = trackedAgainstVersion(draft, base)
    expect(tracked.sections[1]!.heading).toBe('Elections and referendums')
    expect(tracked.sections[1]!.headingSegments).toEqual([
      { text: 'Elections', op: 'equal' },
      { text: ' and referendums', op: 'insert' },
    ])
    expectInvariants(tracked, draft, base)
    expect(summariseChanges(tracked).sectionsRenamed).toBe(1)
  })

  it('shows two sections merged as the second heading deleted, its clauses kept', () => {
    const draft = edited((o) => {
      o[0]!.clauses.push(...o[1]!.clauses)
      o.splice(1, 1)
    })
    const tracked = trackedAgainstVersion(draft, base)
    expect(shape(tracked)[1]).toEqual(['deleted Elections', 'kept Do not take part in political activity online.', 'kept Take extra care in the pre-election period.'])
    expectInvariants(tracked, draft, base)
  })

  it('reads a Draft base as a version and keeps a new empty clause as inserted', () => {
    const draft = edited((o) => o[1]!.clauses.push({ id: 'c6', text: '' }))
    const tracked = trackedChanges(draft, base)
    expect(shape(tracked)[1]!.at(-1)).toBe('inserted [insert:]')
    expectInvariants(tracked, draft, base)
  })
})

/**
 * Clauses between neighbours already in families (families.ts `joinBetweenNeighbours`): a duty
 * reworded past what its words show still sits where the other policies put it, between the
 * same two duties. Sources written for this test: three short policies state the same duties
 * in the same order; Birch rewords its confidentiality duty, Cedar puts an unrelated duty in
 * its place, and Dunmore and Elmhurst each reword two duties in a row.
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type IndexSource, type LibraryFamily } from '../../../src/shared/compare/library'
import { clauseOf } from './fixtures'

const source = (id: string, texts: string[]): IndexSource => ({
  id,
  title: id,
  clauses: texts.map((text, k) => clauseOf(id, { label: String(k + 1), section: ['Conduct online'], text }, k)),
})

const alder = source('alder', [
  'Staff must not post photographs of service users without their written consent.',
  'Employees shall not divulge information which the council holds in confidence.',
  'Staff must report any online abuse they receive because of their job to their line manager.',
])
const birch = source('birch', [
  'Never post a photograph of a service user unless they have given written consent.',
  'Keep anything you learn at work to yourself.',
  'If you receive online abuse because of your job, report it to your line manager.',
])
const cedar = source('cedar', [
  'Photographs of service users are not posted without their written consent.',
  'Mileage claims go to payroll by the fifth working day of each month.',
  'Online abuse received because of your job is reported to your line manager.',
])

// Dunmore and Elmhurst state the same four duties; the middle two are reworded in a row.
const dunmore = source('dunmore', [
  'Staff must not post photographs of service users without their written consent.',
  'Employees shall not divulge information which the council holds in confidence.',
  'Recreational browsing of networking sites by employees is confined to authorised rest periods.',
  'Staff must report any online abuse they receive because of their job to their line manager.',
])
const elmhurst = source('elmhurst', [
  'Never post a photograph of a service user unless they have given written consent.',
  'Keep anything you learn at work to yourself.',
  "Catch up on your own feeds at lunchtime or after you finish, not while you're working.",
  'If you receive online abuse because of your job, report it to your line manager.',
])

const together = (families: readonly LibraryFamily[], a: string, b: string): boolean =>
  families.some((f) => f.members.some((m) => m.clauseId === a) && f.members.some((m) => m.clauseId === b))

describe('families: clauses between neighbours', () => {
  const index = buildClauseIndex([alder, birch, cedar])

  it('pairs a reworded duty that sits between the same two families in two sources', () => {
    // The anchors pair on their words in any case.
    const families = buildFamilies(index)
    expect(together(families, 'alder.0', 'birch.0')).toBe(true)
    expect(together(families, 'alder.2', 'birch.2')).toBe(true)
    expect(together(families, 'alder.1', 'birch.1')).toBe(true)
    // Without the rule their words alone keep them apart.
    expect(together(buildFamilies(index, { betweenNeighbours: 2 }), 'alder.1', 'birch.1')).toBe(false)
  })

  it('leaves apart a clause in the same place whose words share nothing with the others', () => {
    const families = buildFamilies(index)
    expect(together(families, 'alder.0', 'cedar.0')).toBe(true)
    expect(together(families, 'alder.2', 'cedar.2')).toBe(true)
    expect(families.some((f) => f.members.some((m) => m.clauseId === 'cedar.1'))).toBe(false)
    // With no floor, place alone would pair it.
    expect(together(buildFamilies(index, { betweenNeighbours: 0 }), 'alder.1', 'cedar.1')).toBe(true)
  })

  it('pairs a run of two reworded duties in order', () => {
    const runIndex = buildClauseIndex([alder, cedar, dunmore, elmhurst])
    const families = buildFamilies(runIndex)
    expect(together(families, 'dunmore.1', 'elmhurst.1')).toBe(true)
    expect(together(families, 'dunmore.2', 'elmhurst.2')).toBe(true)
    expect(together(families, 'dunmore.1', 'elmhurst.2')).toBe(false)
    // One clause at a time, neither sits between two families.
    const single = buildFamilies(runIndex, { betweenRun: 1 })
    expect(together(single, 'dunmore.1', 'elmhurst.1') || together(single, 'dunmore.2', 'elmhurst.2')).toBe(false)
  })
})

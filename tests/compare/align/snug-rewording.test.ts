/**
 * The one clause left on each side between two groups that kept their order, in their own
 * section: rewritten almost wholly in other words, it still pairs when the words it keeps are
 * backed by synonyms and derivations of related-words.json ("annually" ~ "every year"); an
 * unrelated clause that happens to stand in the same place, sharing a word, does not.
 */
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import type { Clause, ComparisonRow } from '../../../src/shared/model'
import { invariantProblems } from './invariants'
import { comparedPair } from './revision-pair'

let n = 0
const clause = (text: string, section = 'Risk assessment'): Clause => {
  n++
  return { id: `r${n}`, sourceId: 's', section: [section], label: null, level: 0, text, inline: text, topics: [] }
}
const rowWith = (rows: ComparisonRow[], c: Clause): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => x.id === c.id))!

const before = [
  'A risk assessment must be completed by the line manager before any lone working activity is undertaken.',
  'Your line manager assesses the risks before you start to work alone.',
]
const after = [
  'Where the risk is assessed as high, lone working shall not be permitted.',
  'If they judge the risk to be high, you may not work alone.',
]
const context = (side: 0 | 1): Clause[] =>
  [
    ['Lone workers must carry a charged mobile telephone on every visit.', 'Take a charged mobile phone with you on every visit.'],
    ['Incidents must be reported on the incident form within 24 hours.', 'Report every incident on the incident form within 24 hours.'],
  ].map((t) => clause(t[side]!, 'Visits'))

describe('a clause reworded in place between two aligned neighbours of its section', () => {
  it('pairs on synonyms when it shares too few words to pass the gap threshold', () => {
    const old = clause('The assessment shall be reviewed annually and following any incident.')
    const reworded = clause('They look at that assessment again every year, and after anything goes wrong.')
    const a = [clause(before[0]!), old, clause(after[0]!), ...context(0)]
    const b = [clause(before[1]!), reworded, clause(after[1]!), ...context(1)]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    const row = rowWith(rows, old)
    expect(row.status).toBe('changed')
    expect(row.b.map((c) => c.id)).toEqual([reworded.id])
  })

  it('leaves a removed clause and an unrelated new one in the same place apart', () => {
    const removed = clause('The assessment must be signed by the employee before it is filed.')
    const added = clause('Park in a well-lit place close to the address wherever you can, whatever the assessment says.')
    const a = [clause(before[0]!), removed, clause(after[0]!), ...context(0)]
    const b = [clause(before[1]!), added, clause(after[1]!), ...context(1)]
    const rows = comparisonRows(a, b)
    expect(invariantProblems(a, b, rows)).toEqual([])
    expect(rowWith(rows, removed).status).toBe('only-a')
    expect(rowWith(rows, added).status).toBe('only-b')
  })

  it('pairs a terse item with its rewording at length, though the shorter holds under a third of the longer', async () => {
    // driving-checklist-prose: a checklist turned into prose, the item the one leftover a side
    // between two aligned neighbours of its section.
    const pair = await comparedPair('driving-checklist-prose')
    expect(pair.partnersOf('a', 'no unauthorised passengers.')).toEqual([expect.stringContaining('Only take people with you who are travelling for work')])
  })

  it('pairs on synonyms though the pair scores under the candidate floor (one shared word, the rest synonyms)', async () => {
    // bereavement-leave-guide: "maintain appropriate contact" / "keep in touch" score 0.04 and
    // hold 0.23 of each other's weight with synonyms: the one leftover a side of their section.
    const pair = await comparedPair('bereavement-leave-guide')
    expect(pair.partnersOf('a', 'managers should maintain appropriate contact')).toEqual([expect.stringContaining('Your manager will keep in touch while you are off')])
  })
})

/**
 * Split and merge parts traced by meaning (meaning-parts.ts, the meaning route of
 * grow-groups.ts): in a close revision, a clause beside a part (one clause between at most), in its section, sharing
 * two ideas with the whole and holding a fifth of a sentence of the whole no part accounts for,
 * whose nearest clauses in meaning (word vectors) are the whole first or second with no
 * left-over clause nearer, is a part.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareSources } from '../../../src/shared/compare/align'
import { importFile } from '../../../src/shared/import/import-file'
import { comparedPair } from './revision-pair'
import { revisionsDir } from './revisions'

describe('parts traced by meaning', () => {
  it('takes a sentence cut off and reworded into the next clause (own-devices-untidy: a 1->2 split)', async () => {
    const pair = await comparedPair('own-devices-untidy')
    expect(pair.partnersOf('a', "on leaving the council's employment, staff must remove all council data")).toEqual(
      expect.arrayContaining([expect.stringContaining('Before your last day, delete all Council data')]),
    )
  })

  it('takes a clause merged, reworded, into its neighbour (annual-leave-questions: a 2->1 merge)', async () => {
    const pair = await comparedPair('annual-leave-questions')
    const row = pair.rowOf('a', 'an employee who falls sick during a period of annual leave')
    expect(row.b.map((c) => c.text)).toEqual([expect.stringContaining("Ring your manager on the first day you're ill")])
    expect(row.a.length).toBe(2)
  })

  it('takes a reworded part with one aligned clause between it and the part (public-duties-renumbered: a 2->1 merge)', async () => {
    // Note: "Requests ... in writing at least two weeks in advance." and "Employees must inform
    // their manager of any change ..." became one clause, "D1. Put your request in writing a
    // fortnight ahead, ..."; the cut-off request stands two clauses from the part it joined.
    const pair = await comparedPair('public-duties-renumbered')
    const row = pair.rowOf('a', 'requests for time off for public duties should be made in writing')
    expect(row.b.map((c) => c.text)).toEqual([expect.stringContaining('D1. Put your request in writing a fortnight ahead')])
    expect(row.a.length).toBe(2)
  })

  it('needs the word vectors: with semantic evidence off the part stays apart', async () => {
    // Note: public-duties-renumbered, the part two clauses from the one it joined. The part of
    // own-devices-untidy this test read before is now found by words and place too (it adjoins
    // its part and adds a new part's share of the whole: grow-groups.ts, the adjoining route).
    const dir = path.join(revisionsDir, 'public-duties-renumbered')
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { a: string; b: string }
    const load = (file: string) => importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(dir, file))), importedAt: '2026-01-01T00:00:00.000Z' })
    const [a, b] = await Promise.all([load(gold.a), load(gold.b)])
    const row = compareSources(a, b, { semantic: false }).rows.find((r) => r.a.some((c) => c.text.toLowerCase().includes('requests for time off for public duties should be made in writing')))!
    expect(row.a.length).toBe(1)
  })
})

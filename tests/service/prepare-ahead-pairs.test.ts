/**
 * Preparing a source off the request (LibraryAnalysis.prepareSoon) also makes what every
 * comparison reads of the source as a whole, so a new pair pays only for the pairing: the word
 * vectors decoded (in a turn of their own, before the first source), each clause's terms found
 * in them, and the side's term frequencies (features.ts readyForComparisons).
 * Note: a file of its own, so that no other test of this process decoded the word vectors first.
 */
import { describe, expect, it, vi } from 'vitest'
import { LibraryAnalysis } from '../../src/main/service/library-analysis'
import * as features from '../../src/shared/compare/align/features'
import { knownTerms, wordVectorsDecoded } from '../../src/shared/compare/semantic'
import { testSource } from '../support/sources'

const clause = (id: string, text: string) => ({ id, sourceId: id.split('.')[0]!, section: [], label: '1.', level: 1, text, inline: text, topics: [] })
const turn = (): Promise<void> => new Promise((r) => setTimeout(r, 0))

describe('preparing ahead', () => {
  it('decodes the word vectors in a turn of their own, then readies each source for its comparisons', async () => {
    const sources = ['one', 'two'].map((id, k) => testSource(id, [clause(`${id}.0`, `Staff must not share passwords ${id}.`), clause(`${id}.1`, 'Report a lost laptop to the helpdesk at once.')], { importedAt: `2026-01-0${k + 1}T00:00:00Z` }))
    const analysis = new LibraryAnalysis(() => sources, () => 1)
    const ready = vi.spyOn(features, 'readyForComparisons')
    expect(wordVectorsDecoded()).toBe(false)
    analysis.prepareSoon(sources)
    await turn()
    // The first turn decodes, and prepares nothing yet.
    expect(wordVectorsDecoded()).toBe(true)
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([false, false])
    for (let k = 0; k < 10; k++) await turn()
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([true, true])
    // Each source readied once, with the very list a comparison is given.
    expect(ready).toHaveBeenCalledTimes(2)
    for (const s of sources) expect(ready.mock.calls.map(([list]) => list)).toContain(analysis.preparedClauses(s.id, s))
    ready.mockRestore()
  })

  it('readies a prepared list: its terms found in the word vectors are the ones a comparison reads', () => {
    const list = features.prepareClauses([{ text: 'Staff must not share passwords.', label: null }])
    features.readyForComparisons(list)
    const found = knownTerms(list[0]!.terms)
    expect(found.terms.length).toBeGreaterThan(0)
    expect(knownTerms(list[0]!.terms)).toBe(found)
  })
})

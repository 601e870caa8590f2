/**
 * The draft as a coverage column from the library's cached index and families: its topic
 * cells and everyone's topic gaps are what a matrix rebuilt with the draft gives; a clause
 * taken as it stands joins its family.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, coverageMatrix } from '../../../src/shared/compare/library'
import { coverageWithDraft } from '../../../src/shared/compare/library/draft-column'
import type { SourceDocument } from '../../../src/shared/model'
import { loadCorpus } from './corpus'

let corpus: SourceDocument[]
let draft: SourceDocument
beforeAll(async () => {
  corpus = await loadCorpus()
  // A draft of three clauses: two taken word for word from a source, one of the author's own.
  const taken = corpus[0]!.clauses.slice(2, 4)
  draft = {
    ...corpus[0]!,
    id: 'draft-1',
    title: 'Your draft: Ours',
    origin: 'draft',
    clauses: [
      ...taken.map((c, i) => ({ ...c, id: `d${i}`, sourceId: 'draft-1' })),
      { ...taken[0]!, id: 'd9', sourceId: 'draft-1', text: 'Staff must not post during elections.', inline: '', topics: ['elections'] },
    ],
  }
}, 60_000)

describe('coverageWithDraft', () => {
  it('gives the draft topic cells and topic gaps as a matrix rebuilt with the draft does', () => {
    const index = buildClauseIndex(corpus)
    const fast = coverageWithDraft(index, buildFamilies(index), draft)
    const rebuiltIndex = buildClauseIndex([...corpus, draft])
    const rebuilt = coverageMatrix(rebuiltIndex, buildFamilies(rebuiltIndex))
    expect(fast.sources.map((s) => s.id)).toEqual(rebuilt.sources.map((s) => s.id))
    expect(fast.topics).toEqual(rebuilt.topics)
    for (const s of fast.sources) expect(fast.gaps[s.id]!.topics).toEqual(rebuilt.gaps[s.id]!.topics)
  })

  it('puts a clause taken as it stands into its family, and leaves the library families as they were', () => {
    const index = buildClauseIndex(corpus)
    const families = buildFamilies(index)
    const before = JSON.stringify(families)
    const matrix = coverageWithDraft(index, families, draft)
    expect(JSON.stringify(families)).toBe(before)
    const source = corpus[0]!.clauses[2]!.id
    const row = matrix.families.find((f) => f.bySource[corpus[0]!.id]?.includes(source))
    if (row) expect(row.bySource['draft-1']).toContain('d0')
    expect(matrix.families.some((f) => f.bySource['draft-1']?.includes('d9'))).toBe(false)
  })
})

/** Output invariants on the example corpus and the mini library (see invariants.ts). */
import { beforeAll, describe, it } from 'vitest'
import { buildClauseIndex, buildFamilies, checkDocument, coverageMatrix, similarClauses } from '../../../src/shared/compare/library'
import type { SourceDocument } from '../../../src/shared/model'
import { loadCorpus } from './corpus'
import { loadMiniLibrary } from './fixtures'
import { expectCheckInvariants, expectCoverageInvariants, expectFamilyInvariants, expectSimilarInvariants } from './invariants'

let corpus: SourceDocument[]
beforeAll(async () => {
  corpus = await loadCorpus()
}, 60_000)

describe('invariants', () => {
  it('hold on the corpus: families, coverage, every clause looked up, every document checked', () => {
    const index = buildClauseIndex(corpus)
    const families = buildFamilies(index)
    expectFamilyInvariants(index, families)
    expectCoverageInvariants(index, families, coverageMatrix(index, families))
    for (const clause of index.clauses) expectSimilarInvariants(index, clause, similarClauses(index, clause.id))
    for (const doc of corpus) expectCheckInvariants(doc.clauses, checkDocument(doc.clauses))
  })

  it('hold on the mini library, which repeats itself, and with looser and stricter settings', () => {
    const { sources } = loadMiniLibrary()
    const index = buildClauseIndex(sources)
    for (const options of [{}, { minSimilarity: 0.2, minLinkage: 0.2 }, { minSimilarity: 0.9, minLinkage: 0.9 }, { repeatSimilarity: 0.5 }]) {
      const families = buildFamilies(index, options)
      expectFamilyInvariants(index, families)
      expectCoverageInvariants(index, families, coverageMatrix(index, families))
    }
  })

  it('hold on the corpus as one library with itself twice (every clause id listed twice)', () => {
    const index = buildClauseIndex([...corpus, ...corpus.map((d) => ({ ...d, id: `${d.id}-copy` }))])
    const families = buildFamilies(index)
    expectFamilyInvariants(index, families)
    expectCoverageInvariants(index, families, coverageMatrix(index, families))
  })
})

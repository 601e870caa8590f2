/** The public API of src/shared/compare/library, pinned: a change here is a change for its callers. */
import { expect, it } from 'vitest'

it('exports the library comparison functions and their defaults', async () => {
  const api = await import('../../../src/shared/compare/library')
  expect(Object.keys(api).sort()).toEqual([
    'buildClauseIndex',
    'buildFamilies',
    'checkDocument',
    'coverageMatrix',
    'defaultCheckOptions',
    'defaultCoverageOptions',
    'defaultFamilyOptions',
    'defaultIndexOptions',
    'defaultSimilarOptions',
    'similarClauses',
  ])
})

/** The counts a comparison carries, and the key a view uses to read a status's count. */
import { describe, expect, it } from 'vitest'
import { countKey, countRows } from '../../../src/shared/compare/align/row-counts'
import type { ComparisonRow, RowStatus } from '../../../src/shared/model'

const row = (status: RowStatus): ComparisonRow => ({ status, a: [], b: [], similarity: 0 })

describe('row counts', () => {
  it('counts every status under its own key, so reading by countKey gives the number of rows', () => {
    const statuses: RowStatus[] = ['same', 'same', 'changed', 'moved', 'moved-changed', 'only-a', 'only-b', 'only-b', 'split', 'merged']
    const counts = countRows(statuses.map(row))
    for (const status of Object.keys(countKey) as RowStatus[]) {
      expect(counts[countKey[status]]).toBe(statuses.filter((s) => s === status).length)
    }
    expect(new Set(Object.values(countKey)).size).toBe(Object.keys(countKey).length)
  })
})

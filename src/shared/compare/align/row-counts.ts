/**
 * How many rows of a comparison have each status. The service sends these counts with every
 * comparison; `countKey` lets a reader of a row find its count without counting again.
 */
import type { ComparisonCounts, ComparisonRow, RowStatus } from '../../model'

/** The field of ComparisonCounts that counts rows of each status. */
export const countKey: Readonly<Record<RowStatus, keyof ComparisonCounts>> = {
  same: 'same',
  changed: 'changed',
  moved: 'moved',
  'moved-changed': 'movedChanged',
  'only-a': 'onlyA',
  'only-b': 'onlyB',
  split: 'split',
  merged: 'merged',
}

export function countRows(rows: readonly ComparisonRow[]): ComparisonCounts {
  const counts: ComparisonCounts = { same: 0, changed: 0, moved: 0, movedChanged: 0, onlyA: 0, onlyB: 0, split: 0, merged: 0 }
  for (const row of rows) counts[countKey[row.status]]++
  return counts
}

/**
 * What the compare view lists: the shown rows, with a section heading wherever A's or B's
 * heading trail changes, so a reader knows which part of each policy a row comes from.
 */
import type { ComparisonRow } from '../../../shared/model'

export type ListedRow =
  | { kind: 'row'; index: number; row: ComparisonRow }
  | { kind: 'section'; a: string | null; b: string | null; key: string }

const lastHeading = (refs: ComparisonRow['a']): string | null => refs[0]?.section.at(-1) ?? null

export function listRows(rows: readonly ComparisonRow[], shown: (row: ComparisonRow) => boolean): ListedRow[] {
  const listed: ListedRow[] = []
  let a: string | null = null
  let b: string | null = null
  rows.forEach((row, index) => {
    if (!shown(row)) return
    const nextA = lastHeading(row.a) ?? a
    const nextB = lastHeading(row.b) ?? b
    if (nextA !== a || nextB !== b) listed.push({ kind: 'section', a: nextA !== a ? nextA : null, b: nextB !== b ? nextB : null, key: `s${index}` })
    a = nextA
    b = nextB
    listed.push({ kind: 'row', index, row })
  })
  return listed
}

/** A first guess of an item's height in px (two columns of text), until rows are measured. */
export function estimateHeight(item: ListedRow): number {
  if (item.kind === 'section') return 40
  const longest = Math.max(...[item.row.a, item.row.b].map((refs) => refs.reduce((n, r) => n + r.text.length, 0)))
  return 17 + 22 * Math.max(1, Math.ceil(longest / 60))
}

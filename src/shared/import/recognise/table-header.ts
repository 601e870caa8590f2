/**
 * The header row of a summary table ("Topic | What to do") labels the columns; it says nothing
 * a policy asks of anyone. The first row of a run of table rows is a header when every cell
 * is a short label: at most six words, no sentence ending, not a number.
 */
import type { Block } from '../blocks'
import { CELL_SEPARATOR } from '../kit/table-row'

const isRow = (b: Block | undefined): b is Extract<Block, { kind: 'paragraph' }> =>
  b?.kind === 'paragraph' && b.text.includes(CELL_SEPARATOR)

export function isShortLabel(cell: string): boolean {
  const words = cell.trim().split(/\s+/)
  return words.length <= 6 && cell.length <= 48 && !/[.!?;:,]$/.test(cell.trim()) && !/^[\d.,%£$€/-]+$/.test(cell.trim()) && /^\p{Lu}/u.test(cell.trim())
}

/** Marks the header row of every table of two or more rows as 'table-header'. */
export function recogniseTableHeaders(blocks: readonly Block[]): Block[] {
  return blocks.map((block, i) => {
    if (!isRow(block) || block.role || isRow(blocks[i - 1])) return block
    const next = blocks[i + 1]
    if (!isRow(next) || next.level !== block.level) return block
    // The first row of a document-control table is one of its fields, not a header.
    if (next.role === 'front-matter') return { ...block, role: 'front-matter' }
    return block.text.split(CELL_SEPARATOR).every(isShortLabel) ? { ...block, role: 'table-header' } : block
  })
}

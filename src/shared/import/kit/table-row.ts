/**
 * One table row, one clause, in every format. The rule:
 *
 * - Cells are read left to right; an empty cell carries no words and is left out.
 * - Plain text: the cells' texts joined with " | ". A pipe inside a cell stays as it is;
 *   plain text is what is compared and searched, and is never escaped.
 * - Markdown inline: the cells' inline joined with " \| ", and a pipe inside a cell is "\|"
 *   too. Note: every pipe is escaped, the separator included, so no Markdown reader (GFM
 *   reads bare pipes as table syntax) ever takes the row for anything but text, and removing
 *   the escapes from the inline gives back the plain text exactly.
 */
import { normaliseSpace } from '../blocks'

export interface CellText {
  text: string
  /** The cell's Markdown inline, with any literal pipe already escaped (escapePipes). */
  inline: string
}

export const CELL_SEPARATOR = ' | '
export const INLINE_CELL_SEPARATOR = ' \\| '

/** Escape the pipes that Markdown inline written by a library left bare (an escaped one stays). */
export function escapePipes(inline: string): string {
  return inline.replace(/(\\*)\|/g, (m, slashes: string) => (slashes.length % 2 === 1 ? m : `${slashes}\\|`))
}

/** The row as one clause's text and inline, or null when every cell is empty. */
export function joinRow(cells: readonly CellText[]): CellText | null {
  const filled = cells.filter((c) => c.text !== '')
  if (filled.length === 0) return null
  return {
    text: normaliseSpace(filled.map((c) => c.text).join(CELL_SEPARATOR)),
    inline: normaliseSpace(filled.map((c) => c.inline).join(INLINE_CELL_SEPARATOR)),
  }
}

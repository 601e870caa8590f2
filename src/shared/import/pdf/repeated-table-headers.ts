/**
 * A table's header row printed again at the top of each page the table runs on to (Word's
 * and LibreOffice's "repeat heading rows", on by default for a header row). Left in, the
 * repeat lands inside the row that runs across the page ("… provided they follow the Kind of
 * content Who approves it house style guide …") or stands as a second header in the middle
 * of the table.
 *
 * A page's first line is such a repeat when it is split into cells by wide gaps, and the page
 * before it holds a line with the same text, starting at the same place, that is not that
 * page's last line (a header has its rows under it). The page's other lines are left as they
 * are; the first page is never touched.
 */
import type { Line } from './types'

/** Lines this close (points) to the same left edge are the same row. */
const EDGE_TOLERANCE = 2

function repeatsHeaderOf(line: Line, previous: readonly Line[]): boolean {
  if (!line.breaks) return false
  for (let k = 0; k < previous.length - 1; k++) {
    const earlier = previous[k]!
    if (earlier.breaks && earlier.text === line.text && Math.abs(earlier.x0 - line.x0) <= EDGE_TOLERANCE) return true
  }
  return false
}

/** Lines of each page (top to bottom, furniture removed) without table header rows repeated from the page before. */
export function removeRepeatedTableHeaders(pages: readonly (readonly Line[])[]): Line[][] {
  return pages.map((lines, p) => {
    const first = lines[0]
    const previous = pages[p - 1]
    return first && previous && repeatsHeaderOf(first, previous) ? lines.slice(1) : [...lines]
  })
}

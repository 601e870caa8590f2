/**
 * Lines written as table rows with no table around them: "Version | 2.1" / "Owner | Health
 * and Safety Team" / "Approved by | Corporate Management Team", one under another in a
 * Markdown paragraph (GFM makes a table only under a "---|---" line) or an HTML paragraph
 * broken by <br>. Read as one paragraph, the fields ran together ("Version | 2.1 Owner |
 * Health and Safety Team Approved by | …"), so the document-control block was a clause, and
 * a summary table one long clause. Each line is a row, its cells joined by kit/table-row.ts's
 * rule, as a real table's rows are; recognise/ then reads them as it reads any table.
 *
 * A paragraph is such a block when it has two lines or more and every line holds two to six
 * cells split at "|", each with words in it. A line of prose with one pipe in it is not enough.
 */
import type { Paragraph, PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { escapeMarkdown, normaliseSpace } from '../blocks'
import type { CellText } from '../kit/table-row'

const MAX_CELLS = 6

/** Whether the text stands for a hard line break (mdast-blocks.ts's normaliseInline turns each into a marked space). */
const isLineBreak = (child: PhrasingContent): boolean => child.type === 'break' || (child.type === 'text' && (child.data as { lineBreak?: boolean } | undefined)?.lineBreak === true)

/** The paragraph's text with its line breaks (soft and hard) kept as "\n". */
function textWithBreaks(children: readonly PhrasingContent[]): string {
  return children.map((child) => (isLineBreak(child) ? '\n' : child.type === 'text' ? child.value : toString(child, { includeImageAlt: true, includeHtml: false }))).join('')
}

/** Each line's cells when every line of the paragraph is a row of cells, else null. */
export function pipeRows(node: Paragraph): CellText[][] | null {
  const lines = textWithBreaks(node.children)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (lines.length < 2) return null
  const rows: CellText[][] = []
  for (const line of lines) {
    const cells = line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => normaliseSpace(cell))
    if (cells.length < 2 || cells.length > MAX_CELLS || cells.some((cell) => !/\p{L}|\p{N}/u.test(cell))) return null
    rows.push(cells.map((text) => ({ text, inline: escapeMarkdown(text) })))
  }
  return rows
}

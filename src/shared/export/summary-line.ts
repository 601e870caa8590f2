/**
 * The one line that says what an exported file holds, for the status bar and the CLI:
 * "Word document, 42 clauses, tracked against version 1.0: 3 new, 5 changed, 1 removed".
 */
import type { ChangeSummary } from './tracked'

const FORMAT_WORDS = { docx: 'Word document', md: 'Markdown page', html: 'Web page' } as const

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

export function exportSummaryLine(format: keyof typeof FORMAT_WORDS, clauses: number, tracked?: { against: string; changes: ChangeSummary }): string {
  const head = `${FORMAT_WORDS[format]}, ${plural(clauses, 'clause')}`
  if (!tracked) return head
  const c = tracked.changes
  const counts = [`${c.clausesNew} new`, `${c.clausesChanged} changed`, `${c.clausesRemoved} removed`]
  if (c.clausesMoved > 0) counts.push(`${c.clausesMoved} moved`)
  return `${head}, tracked against ${tracked.against}: ${counts.join(', ')}`
}

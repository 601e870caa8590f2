/**
 * The draft as a standalone web page for an intranet: one HTML file with a small inline
 * stylesheet, no scripts, no external resources (a Content-Security-Policy says so to the
 * browser), British English for screen readers, and the same outline as the Markdown page:
 * title, metadata line, numbered sections and clauses, optional provenance appendix.
 *
 * Note: every text goes through escapeHtml; nothing from the draft is ever markup.
 */
import type { Draft } from '../model'
import { type PageOptions, pageOutline, PROVENANCE_COLUMNS, PROVENANCE_HEADING } from './page-outline'

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
.metadata { color: #505a5f; margin-top: 0; }
.clause { margin: 0.5rem 0; }
.clause.level-2 { margin-left: 2rem; }
.clause.level-3 { margin-left: 4rem; }
.number { display: inline-block; min-width: 3rem; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
@media print { body { margin: 0; max-width: none; } }
`

export function draftToHtml(draft: Draft, options: PageOptions = {}): string {
  const page = pageOutline(draft, options)
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
  ]
  if (draft.metadata.organisation.trim()) out.push(`<meta property="og:site_name" content="${escapeHtml(draft.metadata.organisation.trim())}">`)
  out.push(`<style>${STYLE}</style>`, '</head>', '<body>', '<main>', `<h1>${escapeHtml(page.title)}</h1>`)
  if (page.metadata) out.push(`<p class="metadata">${escapeHtml(page.metadata)}</p>`)
  for (const section of page.sections) {
    out.push('<section>', `<h2><span class="number">${escapeHtml(section.number)}.</span> ${escapeHtml(section.heading)}</h2>`)
    // Note: the space after the number is text, so the page copies and reads as "1.1 Staff ...".
    for (const clause of section.clauses) out.push(`<p class="clause level-${clause.level}"><span class="number">${escapeHtml(clause.number)}</span> ${escapeHtml(clause.text)}</p>`)
    out.push('</section>')
  }
  if (page.provenance) {
    out.push('<section>', `<h2>${escapeHtml(PROVENANCE_HEADING)}</h2>`, '<table>', `<thead><tr>${PROVENANCE_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`, '<tbody>')
    for (const r of page.provenance) out.push(`<tr>${[r.clause, r.source, r.sourceClause, r.state].map((c) => `<td>${escapeHtml(c || '\u2014')}</td>`).join('')}</tr>`)
    out.push('</tbody>', '</table>', '</section>')
  }
  out.push('</main>', '</body>', '</html>')
  return `${out.join('\n')}\n`
}

/** Text as HTML text or attribute value: the five characters that could open markup, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

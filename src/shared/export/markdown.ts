/**
 * The draft as a Markdown page (for an intranet, a wiki or a repository): the title, a
 * metadata line, each section a heading and each clause a paragraph that starts with its
 * printed number, as the Markdown importer reads a numbered policy back.
 *
 * Note: clause text is plain text, so every character Markdown would read as markup is
 * escaped; what the page shows is exactly the draft's words.
 */
import type { Draft } from '../model'
import { type PageOptions, pageOutline, PROVENANCE_COLUMNS, PROVENANCE_HEADING } from './page-outline'

export function draftToMarkdown(draft: Draft, options: PageOptions = {}): string {
  const page = pageOutline(draft, options)
  const out: string[] = [`# ${escapeText(page.title)}`]
  if (page.metadata) out.push(escapeLine(page.metadata))
  for (const section of page.sections) {
    out.push(`## ${[`${section.number}.`, escapeText(section.heading)].filter((p) => p).join(' ')}`)
    // Note: an empty clause still takes its number, as in Word; it prints as the number alone.
    for (const clause of section.clauses) out.push(`${clause.number} ${escapeText(clause.text)}`.trim())
  }
  if (page.provenance) {
    out.push(`## ${escapeText(PROVENANCE_HEADING)}`)
    const rows = [PROVENANCE_COLUMNS.map(escapeCell), PROVENANCE_COLUMNS.map(() => '---')]
    for (const r of page.provenance) rows.push([r.clause, r.source, r.sourceClause, r.state].map(escapeCell))
    out.push(rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n'))
  }
  return `${out.join('\n\n')}\n`
}

/**
 * The marks that can start inline markup, escaped with a backslash (CommonMark allows one
 * before any ASCII punctuation): "&" too, so "&amp;" in a clause stays "&amp;", and "#", so a
 * heading's closing hashes stay text. Clause lines start with their number, so no clause can
 * open a block; a metadata line can ("1. Council"), so its start is escaped as well. "|" is
 * left alone: every paragraph is one line, so none can become a table (cells escape it).
 * "{" too: "{{ … }}" and "{% … %}" read as template tags when the file is imported again
 * (markdown/front-matter.ts), and a clause's own braces must come back as text.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>~&#{]/g, (c) => `\\${c}`)
}

function escapeLine(text: string): string {
  return escapeText(text).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([+\-=>])/, '\\$1')
}

/** A table cell: escaped text, or a dash for nothing (an empty cell reads as a mistake). */
function escapeCell(text: string): string {
  return text ? escapeText(text).replace(/\|/g, '\\|') : '\u2014'
}

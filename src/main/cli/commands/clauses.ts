/** `policy-workbench clauses FILE [--json]`: the clauses of one file, as a reader or a script wants them. */
import type { Clause, SourceDocument } from '../../../shared/model'
import { policyClauses } from '../../../shared/model-clauses'
import { plural } from '../../../shared/text/wording'
import { importForCommand } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { CliIo, Command } from './types'

/**
 * Lines the importer kept but that are not policy text: document control and version history
 * (front matter) and a table's header row. They are printed, marked, so a reader sees what was
 * read, but they are not counted as clauses, as in the app.
 */
function roleCounts(clauses: readonly Clause[]): { frontMatterLines: number; tableHeaderRows: number } {
  let frontMatterLines = 0
  let tableHeaderRows = 0
  for (const c of clauses) {
    if (c.role === 'front-matter') frontMatterLines++
    else if (c.role === 'table-header') tableHeaderRows++
  }
  return { frontMatterLines, tableHeaderRows }
}

function asJson(source: SourceDocument): unknown {
  const { clauses, outline: _outline, ...fields } = source
  return {
    source: { ...fields, clauseCount: policyClauses(clauses).length, ...roleCounts(clauses) },
    // `role` only on lines that are not policy text, as in the model.
    clauses: clauses.map(({ id, section, label, level, text, topics, role }) => ({
      id,
      section,
      label,
      level,
      text,
      topics,
      ...(role ? { role } : {}),
    })),
  }
}

const ROLE_WORDS: Record<NonNullable<Clause['role']>, string> = {
  'front-matter': 'front matter',
  'table-header': 'table header',
}

/** "37 clauses · 9 lines of front matter · 1 table header row": only the parts there are. */
function countsLine(clauses: readonly Clause[]): string {
  const { frontMatterLines, tableHeaderRows } = roleCounts(clauses)
  const parts = [plural(policyClauses(clauses).length, 'clause')]
  if (frontMatterLines) parts.push(`${plural(frontMatterLines, 'line')} of front matter`)
  if (tableHeaderRows) parts.push(plural(tableHeaderRows, 'table header row'))
  return parts.join(' · ')
}

function printText(source: SourceDocument, io: CliIo): void {
  const bold = (s: string): string => (io.colour ? `\x1b[1m${s}\x1b[22m` : s)
  const dim = (s: string): string => (io.colour ? `\x1b[2m${s}\x1b[22m` : s)
  io.out(bold(source.title))
  io.out(dim(`${source.origin} · ${source.format.toUpperCase()} · ${countsLine(source.clauses)}`))
  for (const warning of source.warnings) io.out(`warning: ${warning}`)
  let trail = ''
  for (const clause of source.clauses) {
    const heading = clause.section.join(' › ')
    if (heading !== trail) {
      io.out('')
      if (heading) io.out(bold(heading))
      trail = heading
    }
    const indent = '  '.repeat(Math.max(0, clause.level))
    const label = clause.label ? `${clause.label} ` : ''
    if (clause.role) {
      io.out(dim(`${indent}${label}${clause.text}  (${ROLE_WORDS[clause.role]})`))
      continue
    }
    const topics = clause.topics.length ? dim(`  [${clause.topics.join(', ')}]`) : ''
    io.out(`${indent}${label}${clause.text}${topics}`)
  }
}

export const clausesCommand: Command = {
  ...commandSpecs.clauses,
  async run(args, api, io) {
    const { sources } = await importForCommand(args.positional, api, io)
    if (sources.length !== 1) return 1
    const source = await api.getSource({ id: sources[0]!.id })
    if (args.flags.has('--json')) io.out(JSON.stringify(asJson(source), null, 2))
    else printText(source, io)
    return 0
  },
}

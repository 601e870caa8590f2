/** `policy-workbench clauses FILE [--json]`: the clauses of one file, as a reader or a script wants them. */
import type { SourceDocument } from '../../../shared/model'
import { importForCommand } from './import-for-command'
import { commandSpecs } from '../command-specs'
import type { CliIo, Command } from './types'

function asJson(source: SourceDocument): unknown {
  const { clauses, outline: _outline, ...fields } = source
  return {
    source: { ...fields, clauseCount: clauses.length },
    clauses: clauses.map(({ id, section, label, level, text, topics }) => ({ id, section, label, level, text, topics })),
  }
}

function printText(source: SourceDocument, io: CliIo): void {
  const bold = (s: string): string => (io.colour ? `\x1b[1m${s}\x1b[22m` : s)
  const dim = (s: string): string => (io.colour ? `\x1b[2m${s}\x1b[22m` : s)
  io.out(bold(source.title))
  io.out(dim(`${source.origin} · ${source.format.toUpperCase()} · ${source.clauses.length} clauses`))
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

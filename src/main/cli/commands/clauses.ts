/** `policy-workbench clauses FILE [--json]`: the clauses of one file, as a reader or a script wants them. */
import type { SourceDocument } from '../../../shared/model'
import { readInputFile } from '../read-input-file'
import { parseArgs, type CliIo, type Command } from './types'

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
  summary: 'Show the clauses of one policy file, with sections, labels and topics.',
  usage: 'policy-workbench clauses FILE [--json]',
  async run(args, api, io) {
    const { positional, booleans, unknown } = parseArgs(args, { boolean: ['--json'], value: [] })
    if (unknown.length || positional.length !== 1) {
      io.err(unknown.length ? `policy-workbench clauses: unknown option ${unknown.join(', ')}` : 'policy-workbench clauses: name exactly one file.')
      io.err(`Usage: ${this.usage}`)
      return 2
    }
    const input = await readInputFile(positional[0]!)
    if (!input.ok) {
      io.err(input.error.message)
      return 1
    }
    const [result] = (await api.importFiles({ files: [{ name: input.name, dataBase64: input.dataBase64 }] })).results
    if (!result || !result.ok) {
      io.err(result && !result.ok ? result.error.message : `${input.name}: nothing was imported.`)
      return 1
    }
    const source = await api.getSource({ id: result.source.id })
    if (booleans.has('--json')) io.out(JSON.stringify(asJson(source), null, 2))
    else printText(source, io)
    return 0
  },
}

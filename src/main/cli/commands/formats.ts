/** `policy-workbench formats [--json]`: the formats the importers read. */
import { formats } from '../../../shared/import/formats'
import type { ParsedArgs } from '../args'
import { commandSpecs } from '../command-specs'
import type { CliIo, Command, ExitCode } from './types'

/** Note: the list the service's getAppInfo gives, read directly: listing it needs no service. */
async function listFormats(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  if (args.flags.has('--json')) {
    io.out(JSON.stringify([...formats], null, 2))
    return 0
  }
  for (const f of formats) {
    io.out(`${f.extensions.join(' ').padEnd(16)} ${f.label.padEnd(20)} ${f.importable ? 'yes' : 'not yet'}`)
  }
  return 0
}

export const formatsCommand: Command = {
  ...commandSpecs.formats,
  run: (args, _api, io) => listFormats(args, io),
  runAlone: listFormats,
}

/** `policy-workbench formats [--json]`: the formats the importers read. */
import { commandSpecs } from '../command-specs'
import type { Command } from './types'

export const formatsCommand: Command = {
  ...commandSpecs.formats,
  async run(args, api, io) {
    const { formats } = await api.getAppInfo()
    if (args.flags.has('--json')) {
      io.out(JSON.stringify(formats, null, 2))
      return 0
    }
    for (const f of formats) {
      io.out(`${f.extensions.join(' ').padEnd(16)} ${f.label.padEnd(20)} ${f.importable ? 'yes' : 'not yet'}`)
    }
    return 0
  },
}

/** `policy-workbench formats [--json]`: the formats the importers read. */
import type { Command } from './types'

export const formatsCommand: Command = {
  summary: 'List the file formats Policy Workbench reads, and which can be imported today.',
  usage: 'policy-workbench formats [--json]',
  args: { flags: ['--json'], positional: { min: 0, max: 0, expect: 'takes no file names.' } },
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

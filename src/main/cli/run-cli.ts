/**
 * The command-line interface: the same WorkbenchService the windows use, called directly.
 * `runCli` takes its output streams as arguments so tests can read what a user would see.
 */
import type { WorkbenchApi } from '../../shared/api'
import { WorkbenchService } from '../service/workbench-service'
import { clausesCommand } from './commands/clauses'
import { compareCommand } from './commands/compare'
import { coverageCommand } from './commands/coverage'
import { familiesCommand } from './commands/families'
import { formatsCommand } from './commands/formats'
import { importCommand } from './commands/import'
import type { CliIo, Command, ExitCode } from './commands/types'

export type { CliIo, ExitCode }

const commands: Record<string, Command> = {
  import: importCommand,
  clauses: clausesCommand,
  compare: compareCommand,
  families: familiesCommand,
  coverage: coverageCommand,
  formats: formatsCommand,
}

function helpText(name: string, version: string): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length)) + 2
  return [
    `${name} ${version}: compare example policies clause by clause and compose your own draft.`,
    '',
    'Usage: policy-workbench <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([c, cmd]) => `  ${c.padEnd(width)}${cmd.summary}`),
    '',
    'Options:',
    '  -h, --help     Show this help, or a command\'s help: policy-workbench <command> --help',
    '  -v, --version  Show the version',
    '',
    'The desktop app: npm start. In a browser: npm run web.',
  ].join('\n')
}

export async function runCli(argv: string[], io: CliIo, api: WorkbenchApi = new WorkbenchService({ host: 'cli' })): Promise<ExitCode> {
  const info = await api.getAppInfo()
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(helpText(info.name, info.version))
    return 0
  }
  if (first === '--version' || first === '-v') {
    io.out(info.version)
    return 0
  }
  const command = commands[first]
  if (!command) {
    io.err(`policy-workbench: "${first}" is not a command. See: policy-workbench --help`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`)
    return 0
  }
  return command.run(rest, api, io)
}

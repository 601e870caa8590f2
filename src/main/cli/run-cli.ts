/**
 * The command-line interface: the same WorkbenchService the windows use, called directly.
 * `runCli` takes its output streams as arguments so tests can read what a user would see.
 */
import type { CliIo, Command, ExitCode } from './commands/types'
import { type CommandLoaders, runCommandLine, type ServiceFactory } from './command-line'

export type { CliIo, ExitCode, ServiceFactory }
export { commands } from './command-line'

/**
 * Each command's code, imported when it runs. Note: dynamic on purpose: the engines (importers,
 * comparison, the Word writer, zod, SQLite) cost hundreds of milliseconds to load, and
 * --version, --help or a mistyped command line need none of them.
 */
const loaders: Required<CommandLoaders> = {
  import: async () => (await import('./commands/import')).importCommand,
  clauses: async () => (await import('./commands/clauses')).clausesCommand,
  compare: async () => (await import('./commands/compare')).compareCommand,
  families: async () => (await import('./commands/families')).familiesCommand,
  coverage: async () => (await import('./commands/coverage')).coverageCommand,
  compose: async () => (await import('./commands/compose')).composeCommand,
  drafts: async () => (await import('./commands/drafts')).draftsCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  formats: async () => (await import('./commands/formats')).formatsCommand,
}

/** Runs `argv` (without node and the script) as the command line does; its exit code. */
export function runCli(argv: string[], io: CliIo, makeService?: ServiceFactory): Promise<ExitCode> {
  return runCommandLine(argv, io, loaders, makeService)
}

/**
 * A command line run: arguments checked against the command's spec, the workspace chosen, the
 * command loaded (by the loader given for it) and run. run-cli.ts gives every command's loader;
 * the built compose script (compose-process.ts) gives compose's alone, so that it holds no
 * import of the other commands (scripts/build-cli.mjs).
 */
import path from 'node:path'
import type { WorkbenchService } from '../service/workbench-service'
import { parseArgs } from './args'
import { commandSpecs } from './command-specs'
import { productName, productVersion } from '../version'
import { defaultWorkspacePath } from '../workspace-location'
import type { CliIo, Command, CommandSpec, ExitCode } from './commands/types'
import { phase } from './timings'

export type CommandName = keyof typeof commandSpecs
/** How each command's code is loaded when it runs; a command without one is not offered. */
export type CommandLoaders = Partial<Record<CommandName, () => Promise<Command>>>

/** Every command by name; tests walk it to check each command's help and argument checks. */
export const commands: Readonly<Record<string, CommandSpec>> = commandSpecs

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
    '  --workspace PATH  Keep what a command imports or composes in this workspace file',
    `                    (import, compose, drafts, export). import and compose use your library,`,
    `                    ${defaultWorkspacePath()}, the desktop app's,`,
    '                    unless --workspace or --in-memory (only check, keep nothing) is given',
    '',
    'The desktop app: npm start. In a browser: npm run web.',
  ].join('\n')
}

/** The service a command runs against: over the workspace file named, or in memory. */
export type ServiceFactory = (workspacePath: string | null, create: boolean) => WorkbenchService | Promise<WorkbenchService>

/** Note: loaded on first use, like the commands: the service brings SQLite and the engines with it. */
const defaultFactory: ServiceFactory = async (workspacePath, create) => {
  const [{ WorkbenchService }, { Workspace }] = await Promise.all([import('../service/workbench-service'), import('../workspace')])
  return new WorkbenchService({ host: 'cli', workspace: workspacePath ? Workspace.open(path.resolve(workspacePath), { create }) : Workspace.inMemory() })
}

/** Taken by every command, anywhere after its name: where imports and drafts are kept. */
const WORKSPACE_OPTION = { '--workspace': 'the path of a workspace file' }
/** Taken by the commands that otherwise use the user's library: check only, keep nothing. */
const IN_MEMORY_FLAG = '--in-memory'

export async function runCommandLine(argv: string[], io: CliIo, loaders: CommandLoaders, makeService: ServiceFactory = defaultFactory): Promise<ExitCode> {
  const info = { name: productName, version: productVersion }
  const [first, ...afterCommand] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(helpText(info.name, info.version))
    return 0
  }
  if (first === '--version' || first === '-v') {
    io.out(info.version)
    return 0
  }
  // Own keys only: "constructor" is not a command.
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined
  if (!command || !Object.hasOwn(loaders, first)) {
    io.err(`policy-workbench: "${first}" is not a command. See: policy-workbench --help`)
    return 2
  }
  const usesLibrary = command.workspace === 'library'
  const flags = [...(command.args.flags ?? []), ...(usesLibrary ? [IN_MEMORY_FLAG] : [])]
  const parsed = parseArgs(afterCommand, { ...command.args, flags, options: { ...command.args.options, ...WORKSPACE_OPTION } })
  if (parsed.kind === 'help') {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`)
    return 0
  }
  if (parsed.kind === 'error') {
    io.err(`policy-workbench ${first}: ${parsed.message}`)
    io.err(`Usage: ${command.usage}`)
    return 2
  }
  const named = parsed.args.options.get('--workspace') ?? null
  const inMemory = parsed.args.flags.has(IN_MEMORY_FLAG)
  if (named && inMemory) {
    io.err(`policy-workbench ${first}: give --workspace PATH or --in-memory, not both`)
    return 2
  }
  // The desktop app's library unless told otherwise, so what the CLI imports shows up in the app.
  const workspace = named ?? (usesLibrary && !inMemory ? defaultWorkspacePath() : null)
  if (command.workspace === 'required' && !workspace) {
    io.err(`policy-workbench ${first}: name the workspace file with --workspace PATH`)
    return 2
  }
  const loaded = await loaders[first as CommandName]!()
  phase(`${first} command loaded`)
  if (loaded.runAlone && workspace === null) {
    let opened: WorkbenchService | undefined
    try {
      return await loaded.runAlone(parsed.args, io, async () => (opened ??= await makeService(null, true)))
    } finally {
      opened?.workspace.close()
    }
  }
  const run = loaded.run
  let service: WorkbenchService
  try {
    service = await makeService(workspace, command.workspace !== 'existing')
    phase('service and workspace opened')
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e))
    return 1
  }
  try {
    return await run(parsed.args, service, io, { workspace })
  } finally {
    service.workspace.close()
  }
}

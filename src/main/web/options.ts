/**
 * The options of `npm run web`, checked by the same parser as the CLI's commands (cli/args.ts):
 * a misspelt option is an error with the usage, never quietly ignored, since `--workpace x`
 * ignored would serve the default workspace instead of the one meant.
 */
import { parseArgs, type ArgSpec } from '../cli/args'

export const WEB_ARGS: ArgSpec = {
  flags: ['--in-memory'],
  options: { '--port': 'a number from 0 to 65535', '--workspace': 'the path of a workspace file' },
  positional: { min: 0, max: 0, expect: 'takes no file names.' },
}

export function webUsage(defaultWorkspace: string): string {
  return (
    'Usage: npm run web -- [--port N] [--workspace PATH | --in-memory]\n' +
    'Serves Policy Workbench to your browser on 127.0.0.1. The library and drafts are kept in\n' +
    `the workspace file (default: ${defaultWorkspace}); --in-memory keeps nothing.`
  )
}

export interface WebOptions {
  /** 0: a free port chosen by the system. */
  port: number
  /** The workspace file as given, or null for --in-memory (nothing kept). */
  workspace: string | null
}

export type WebOptionsResult = { kind: 'ok'; options: WebOptions } | { kind: 'help' } | { kind: 'error'; message: string }

export function readWebOptions(argv: readonly string[], defaultWorkspace: string): WebOptionsResult {
  const parsed = parseArgs(argv, WEB_ARGS)
  if (parsed.kind !== 'ok') return parsed
  const { flags, options } = parsed.args
  const rawPort = options.get('--port')
  const port = rawPort === undefined ? 0 : Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65535 || rawPort?.trim() === '') {
    return { kind: 'error', message: `--port needs a number from 0 to 65535, not "${rawPort}".` }
  }
  const named = options.get('--workspace')
  if (named !== undefined && flags.has('--in-memory')) return { kind: 'error', message: 'choose --workspace PATH or --in-memory, not both.' }
  return { kind: 'ok', options: { port, workspace: flags.has('--in-memory') ? null : (named ?? defaultWorkspace) } }
}

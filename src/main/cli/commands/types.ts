import type { WorkbenchApi } from '../../../shared/api'

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  /** True when stdout is a terminal that shows colour. */
  colour?: boolean
}

/** Exit codes: 0 success, 1 the work failed, 2 the command line was wrong. */
export type ExitCode = 0 | 1 | 2

export interface CommandContext {
  /** The workspace file named with --workspace, or null (then nothing is kept). */
  workspace: string | null
}

export interface Command {
  summary: string
  usage: string
  /**
   * optional: works in memory without --workspace; required: needs one (created if missing);
   * existing: needs one that already exists (listing commands never create files).
   */
  workspace?: 'optional' | 'required' | 'existing'
  run(args: string[], api: WorkbenchApi, io: CliIo, context: CommandContext): Promise<ExitCode>
}

/** Splits flags from positional arguments; unknown flags are reported, not ignored. */
export function parseArgs(
  args: string[],
  flags: { boolean: string[]; value: string[] },
): { positional: string[]; booleans: Set<string>; values: Map<string, string>; unknown: string[] } {
  const positional: string[] = []
  const booleans = new Set<string>()
  const values = new Map<string, string>()
  const unknown: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined]
    if (flags.boolean.includes(name)) booleans.add(name)
    else if (flags.value.includes(name)) {
      const value = inline ?? args[++i]
      if (value === undefined) unknown.push(`${name} needs a value`)
      else values.set(name, value)
    } else unknown.push(name)
  }
  return { positional, booleans, values, unknown }
}

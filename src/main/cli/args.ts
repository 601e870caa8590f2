/**
 * Command-line arguments checked against what a command declares: one parser for every CLI
 * command and for the browser host (`npm run web`), so that an unknown flag, a flag without its
 * value, or too many or too few arguments is an error everywhere, never quietly ignored (a
 * misspelt `--workpace` must not run against the default workspace).
 */

export interface ArgSpec {
  /** Flags that stand alone: "--json". */
  flags?: readonly string[]
  /** Flags that take a value ("--port 8080" or "--port=8080"), each with what the value is, for messages. */
  options?: Readonly<Record<string, string>>
  /** How many positional arguments (max may be Infinity), and what to tell someone who gave the wrong number. */
  positional: { min: number; max: number; expect: string }
}

export interface ParsedArgs {
  positional: string[]
  flags: ReadonlySet<string>
  options: ReadonlyMap<string, string>
}

export type ArgsResult = { kind: 'ok'; args: ParsedArgs } | { kind: 'help' } | { kind: 'error'; message: string }

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h'
/** "-" alone is a positional (conventionally stdin); "-x" and "--x" are flags. */
const isFlag = (arg: string): boolean => arg.startsWith('-') && arg !== '-'

/**
 * Help wins over every other problem, so `cmd --bad --help` still shows the usage. After "--"
 * everything is positional, for a file whose name begins with "-".
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ArgsResult {
  const end = argv.indexOf('--')
  const flagPart = end < 0 ? argv : argv.slice(0, end)
  if (flagPart.some(isHelp)) return { kind: 'help' }
  const positional: string[] = []
  const flags = new Set<string>()
  const options = new Map<string, string>()
  const knownFlags = spec.flags ?? []
  const knownOptions = spec.options ?? {}
  for (let i = 0; i < flagPart.length; i++) {
    const arg = flagPart[i]!
    if (!isFlag(arg)) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq < 0 ? arg : arg.slice(0, eq)
    const inline = eq < 0 ? undefined : arg.slice(eq + 1)
    if (knownFlags.includes(name)) {
      if (inline !== undefined) return { kind: 'error', message: `${name} takes no value` }
      flags.add(name)
    } else if (Object.hasOwn(knownOptions, name)) {
      const next = flagPart[i + 1]
      const value = inline ?? (next !== undefined && !isFlag(next) ? flagPart[++i] : undefined)
      if (!value) return { kind: 'error', message: `${name} needs ${knownOptions[name]}` }
      options.set(name, value)
    } else {
      return { kind: 'error', message: `unknown option ${name}` }
    }
  }
  if (end >= 0) positional.push(...argv.slice(end + 1))
  const { min, max, expect } = spec.positional
  if (positional.length > max && max === 0) return { kind: 'error', message: `unexpected ${positional.map((p) => JSON.stringify(p)).join(', ')}` }
  if (positional.length < min || positional.length > max) return { kind: 'error', message: expect }
  return { kind: 'ok', args: { positional, flags, options } }
}

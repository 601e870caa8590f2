/**
 * A command line run as this process: its arguments, output to the terminal escaped, its exit
 * code. Shared by the CLI's ES module entry (main.ts) and the built compose script
 * (compose-process.ts), so the two cannot differ in what a user sees.
 */
import { escapeForTerminal } from '../../shared/text/control-characters'
import type { CliIo, ExitCode } from './commands/types'
import { isTerminal, writeTo } from './write-line'

export function runAsProcess(run: (argv: string[], io: CliIo) => Promise<ExitCode>): void {
  const colour = isTerminal(1) && !process.env['NO_COLOR']
  // Note: every line is escaped on its way out, so a control character in a file's name or text
  // can never drive the terminal (JSON output has none: JSON.stringify escapes them).
  run(process.argv.slice(2), {
    out: (line) => writeTo(1, escapeForTerminal(line, colour) + '\n'),
    err: (line) => writeTo(2, escapeForTerminal(line, false) + '\n'),
    colour,
  })
    .then((code) => {
      process.exitCode = code
    })
    .catch((error: unknown) => {
      writeTo(2, `policy-workbench: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    })
}

/** Process entry of the CLI (bin/policy-workbench.js and `npm run cli`). */
import { escapeForTerminal } from '../../shared/text/control-characters'
import { runCli } from './run-cli'
import { phase } from './timings'

phase('node started, CLI loaded')

const colour = process.stdout.isTTY === true && !process.env['NO_COLOR']
// Note: every line is escaped on its way out, so a control character in a file's name or text
// can never drive the terminal (JSON output has none: JSON.stringify escapes them).
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(escapeForTerminal(line, colour) + '\n'),
  err: (line) => process.stderr.write(escapeForTerminal(line, false) + '\n'),
  colour,
})
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    process.stderr.write(`policy-workbench: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })

/** Process entry of the CLI (bin/policy-workbench.js and `npm run cli`). */
import { escapeForTerminal } from '../../shared/text/control-characters'
import { runCli } from './run-cli'
import { phase } from './timings'
import { isTerminal, writeTo } from './write-line'

phase('node started, CLI loaded')

const colour = isTerminal(1) && !process.env['NO_COLOR']
// Note: every line is escaped on its way out, so a control character in a file's name or text
// can never drive the terminal (JSON output has none: JSON.stringify escapes them).
runCli(process.argv.slice(2), {
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

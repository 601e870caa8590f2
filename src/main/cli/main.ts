/** Process entry of the CLI (bin/policy-workbench.js and `npm run cli`). */
import { runCli } from './run-cli'

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  colour: process.stdout.isTTY === true && !process.env['NO_COLOR'],
})
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    process.stderr.write(`policy-workbench: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })

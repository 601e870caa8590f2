/**
 * Entry of the built compose script, out/cli/compose.cjs (scripts/build-cli.mjs): the compose
 * command, and a whole `policy-workbench compose ...` process run with it alone. Why: the
 * launcher (launch.ts, built as out/cli/main.js) sends a compose command line straight here,
 * without loading the CLI's ES modules (the ES module loader, its graph of chunks and the
 * namespaces of node's own modules cost a short run about 12 ms of CPU, measured 1 December
 * 2026); every other command line goes to the ES module build (out/cli/esm/main.js).
 */
import { runCommandLine } from './command-line'
import { composeCommand } from './commands/compose'
import { runAsProcess } from './run-as-process'

export { composeCommand }

/** Runs this process's command line, whose command is compose. */
export function runComposeProcess(): void {
  runAsProcess((argv, io) => runCommandLine(argv, io, { compose: async () => composeCommand }))
}

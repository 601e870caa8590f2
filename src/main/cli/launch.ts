/**
 * The built CLI's entry, out/cli/main.js, a CommonJS script (scripts/build-cli.mjs): a compose
 * command line runs the compose script (out/cli/compose.cjs, with V8's code cache: code-cache.ts)
 * and nothing else; any other command line loads the ES module build, out/cli/esm/main.js.
 * Note: CommonJS on purpose, and node's own modules by require(): an ES module entry starts
 * Node's ES module loader, and importing node:fs or node:crypto as an ES module builds their
 * whole namespaces (fs.promises with the streams behind it, webcrypto), all of it CPU that a
 * short compose run would spend before its own work.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCachedScript } from './code-cache'
import { phase } from './timings'

phase('node started, launcher loaded')

if (process.argv[2] === 'compose') {
  const run = runCachedScript(path.join(__dirname, 'compose.cjs'), path.join(__dirname, 'code-cache'))
  phase(`compose code cache: ${run.cache}`)
  ;(run.exports['runComposeProcess'] as () => void)()
} else {
  import(pathToFileURL(path.join(__dirname, 'esm', 'main.js')).href).catch((error: unknown) => {
    process.stderr.write(`policy-workbench: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}

/**
 * The compose command as the ES module build (out/cli/esm/) loads it: out/cli/compose.cjs,
 * compose in one file (scripts/build-cli.mjs), run with V8's code cache (code-cache.ts) kept in
 * out/cli/code-cache/. Only the build uses this file: run-cli's import of commands/compose is
 * this entry there, and the command itself from source (tests, tsx). Note: the built CLI's
 * entry (launch.ts) runs a compose command line through the same script without this file.
 */
import { fileURLToPath } from 'node:url'
import { runCachedScript } from './code-cache'
import type { Command } from './commands/types'
import { phase } from './timings'

const script = fileURLToPath(new URL('../compose.cjs', import.meta.url))
const run = runCachedScript(script, fileURLToPath(new URL('../code-cache/', import.meta.url)))
phase(`compose code cache: ${run.cache}`)

export const composeCommand = run.exports['composeCommand'] as Command

#!/usr/bin/env node
// The installed command. It runs the built CLI (out/main/cli.js); from a source checkout
// without a build, `npm run cli -- <command>` runs the same code straight from TypeScript.
import { existsSync } from 'node:fs'

const built = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(built)) {
  process.stderr.write('policy-workbench is not built yet. Run "npm run build", or use "npm run cli -- <command>".\n')
  process.exit(1)
}
await import(built.href)

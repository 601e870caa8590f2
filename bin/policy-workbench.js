#!/usr/bin/env node
// The installed command. It runs the bundled CLI (out/cli/main.js, made by `npm run build`);
// from a source checkout, `npm run cli -- <command>` builds it first when the sources are newer.
import { existsSync } from 'node:fs'

const built = new URL('../out/cli/main.js', import.meta.url)
if (!existsSync(built)) {
  process.stderr.write('policy-workbench is not built yet. Run "npm run build", or use "npm run cli -- <command>".\n')
  process.exit(1)
}
await import(built.href)

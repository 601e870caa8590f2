#!/usr/bin/env node
// The installed command. It runs the bundled CLI (out/cli/main.js, made by `npm run build`);
// from a source checkout, `npm run cli -- <command>` builds it first when the sources are newer.
// Note: CommonJS (bin/package.json), as the built CLI's entry is (scripts/build-cli.mjs): an ES
// module here would start Node's ES module loader in every run, a few milliseconds of CPU that
// a short run such as `compose --in-memory` then spends before its own work.
'use strict'
const { existsSync } = require('node:fs')
const path = require('node:path')

const built = path.join(__dirname, '..', 'out', 'cli', 'main.js')
if (!existsSync(built)) {
  process.stderr.write('policy-workbench is not built yet. Run "npm run build", or use "npm run cli -- <command>".\n')
  process.exit(1)
}
require(built)

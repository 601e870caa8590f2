/**
 * `npm run cli -- <command>`: the built command, as users run it (bin/policy-workbench.js),
 * rebuilt first only when out/cli/main.js is missing or older than a source file, package.json
 * or the lock file. Note: the check walks src/main and src/shared (a few hundred stat calls,
 * ~5 ms) instead of running through tsx, which compiled every file on every run (~2 s).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'out', 'cli', 'main.js')

function newestIn(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestIn(at) : statSync(at).mtimeMs)
  }
  return newest
}

const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0
const sources = Math.max(newestIn(join(root, 'src', 'main')), newestIn(join(root, 'src', 'shared')), mtime(join(root, 'package.json')), mtime(join(root, 'package-lock.json')), mtime(join(root, 'scripts', 'build-cli.mjs')))
if (mtime(built) < sources) {
  process.stderr.write('policy-workbench: building the command (sources changed)...\n')
  const { buildCli } = await import('./build-cli.mjs')
  await buildCli()
}
await import(new URL('../bin/policy-workbench.js', import.meta.url).href)

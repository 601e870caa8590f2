// `npm start`: build and launch the desktop app, or say plainly why it cannot start here.
// Electron 42+ no longer downloads its runtime during npm install, so a fresh checkout may
// have the electron package without the runtime binary.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const pathFile = join(electronDir, 'path.txt')
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null

if (!binary || !existsSync(binary)) {
  console.error(`
The Electron runtime is not installed on this machine, so the desktop app cannot start.

  To install it (downloads about 100 MB; needs internet access):  npx install-electron
  To use Policy Workbench in your browser instead:                npm run web
`)
  process.exit(1)
}

const result = spawnSync('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)

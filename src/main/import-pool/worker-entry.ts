/**
 * Where the import worker's code is, in each layout it runs in:
 * - built (out/main/*.js, electron-vite): import-worker.js, its own build entry, beside the
 *   bundle that loads it (or one folder up, when the pool lands in a shared chunk);
 * - from source (vitest, tsx: this file is .ts): import-worker.ts, started through tsx's
 *   loader, since Node cannot run TypeScript itself.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerEntry {
  /** What `new Worker` takes as its first argument. */
  script: string | URL
  /** True when `script` is code to evaluate (the tsx bootstrap), not a file. */
  eval: boolean
}

/** A TypeScript worker file started through tsx's loader (running from source only). */
export function typeScriptWorker(file: string): WorkerEntry {
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
  // Note: a Worker given a .ts file fails before any loader runs, so a tiny bootstrap
  // registers tsx inside the worker first, then imports the TypeScript entry.
  // Note: tsx turns Node's source maps on, and Node then holds pdfjs's parsed 7 MB .map files
  // (about 86 MB of the worker's capped heap); they go off again, as in the built worker.
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); process.setSourceMapsEnabled(false); return import(${JSON.stringify(pathToFileURL(file).href)}) })`
  return { script: bootstrap, eval: true }
}

export function importWorkerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) return typeScriptWorker(join(dirname(here), 'import-worker.ts'))
  for (const folder of [dirname(here), dirname(dirname(here))]) {
    const built = join(folder, 'import-worker.js')
    if (existsSync(built)) return { script: pathToFileURL(built), eval: false }
  }
  throw new Error(`The import worker is not built beside ${here}. Run: npm run build`)
}

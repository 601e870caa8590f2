/**
 * A built script run with V8's code cache: the bytecode of its functions, saved after a run
 * and handed back to V8 on the next, so a short CLI run does not compile them again.
 * Why: Node 20 has no module.enableCompileCache, and its ES module loader keeps no cache, so
 * the built CLI's compose command (out/cli/compose.cjs, scripts/build-cli.mjs) is a script
 * run through vm.Script with `cachedData`.
 *
 * The script is the build's wrapper: `(function (exports, require, module, __filename,
 * __dirname, __pwImport) { ... })`, where __pwImport is import() relative to the script
 * (a vm.Script's own import() needs an experimental flag in Node 20).
 *
 * The cache file's name holds a checksum of the script's text and of Node's version: V8 checks
 * only a cache's length and its own version, so a rebuilt script of the same length could
 * otherwise take bytecode made for other code. Note: CRC-32 (zlib's, native), not a
 * cryptographic hash: it guards against a rebuild, not an attacker who can write out/cli/
 * anyway, and node:crypto cost a compose run 2 to 3 ms of CPU just to load; the export loads zlib. A cache V8 rejects anyway (other flags, a
 * damaged file) is set aside: the script compiles as without one and the cache is written anew.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { crc32 } from 'node:zlib'

/** What became of the cache: used, none yet, or refused by V8 (and rewritten at exit). */
export type CodeCacheState = 'accepted' | 'none' | 'rejected'

export interface CachedScriptRun {
  exports: Record<string, unknown>
  cache: CodeCacheState
}

type ScriptFactory = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, importRelative: (specifier: string) => Promise<unknown>) => void

/** The cache file of `source` (by its text and the Node that runs it) in `cacheDir`. */
export function codeCachePath(file: string, source: string, cacheDir: string): string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0')
  const key = `${hex(crc32(`${process.version} ${process.arch}`))}${hex(crc32(source))}${hex(source.length)}`
  return path.join(cacheDir, `${path.basename(file)}-${key}.v8`)
}

/** Runs the wrapped script `file`, with the code cache kept in `cacheDir`; its exports. */
export function runCachedScript(file: string, cacheDir: string): CachedScriptRun {
  const source = readFileSync(file, 'utf8')
  const cachePath = codeCachePath(file, source, cacheDir)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cachePath)
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(source, { filename: file, cachedData })
  const cache: CodeCacheState = cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'accepted'
  // Note: written when the process ends, not now: V8 compiles a function when it is first
  // called, so a cache made after the run holds the code the run needed, not only the top level.
  // Only after a run that succeeded: a refused recipe ends early, and its cache, holding little
  // of the export's code, would be accepted by every later run.
  if (cache !== 'accepted') process.once('exit', (code) => code === 0 && writeCodeCache(script, cachePath))
  const module = { exports: {} }
  const base = pathToFileURL(file)
  const factory = script.runInThisContext() as ScriptFactory
  factory(module.exports, createRequire(file), module, file, path.dirname(file), (specifier) => import(new URL(specifier, base).href))
  return { exports: module.exports as Record<string, unknown>, cache }
}

/**
 * Saves the script's code, replacing the caches of earlier builds of it. Note: silent when it
 * cannot (a read-only install, a full disk): the cache only saves time, and without it every
 * run compiles as it did before. Written under a temporary name and renamed, so a run
 * starting meanwhile never reads half a cache.
 */
function writeCodeCache(script: vm.Script, cachePath: string): void {
  try {
    const dir = path.dirname(cachePath)
    mkdirSync(dir, { recursive: true })
    const temporary = `${cachePath}.${process.pid}.tmp`
    writeFileSync(temporary, script.createCachedData())
    renameSync(temporary, cachePath)
    const stem = path.basename(cachePath).replace(/-[0-9a-f]+\.v8$/, '-')
    for (const name of readdirSync(dir)) if (name.startsWith(stem) && name.endsWith('.v8') && name !== path.basename(cachePath)) rmSync(path.join(dir, name), { force: true })
  } catch {
    // Nothing to do: see the note above.
  }
}

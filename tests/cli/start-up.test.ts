/**
 * The CLI's start: --version, --help and a wrong command line must not load the engines
 * (zod, the importers, comparison, the Word writer, SQLite), which cost hundreds of
 * milliseconds a run. Checked on the bundle itself (scripts/build-cli.mjs, built here into a
 * temporary folder): the modules the entry chunk loads before any dynamic import, by
 * esbuild's metafile. Not by timing: a busy machine would make that flaky. The compose command
 * is built apart, in one file (out/cli/compose.cjs), its lazy parts left to the ES module build
 * under fixed names (out/cli/esm/lazy/): what a compose run loads is checked on that file. The
 * entry, out/cli/main.js, is a CommonJS launcher (launch.ts) that loads only node's modules.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'esbuild'
import { buildCli, cliBuildOptions, composeLazyParts } from '../../scripts/build-cli.mjs'
import type { Metafile } from 'esbuild'

let outdir: string
let metafile: Metafile
/** compose's own build: one output, compose.cjs. */
let composeMetafile: Metafile
/** The launcher's build: one output, main.js. */
let launcherMetafile: Metafile

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'pw-cli-build-'))
  const built = await buildCli({ outdir, metafile: true, write: false, logLevel: 'silent' })
  metafile = built.main.metafile!
  composeMetafile = built.compose.metafile!
  launcherMetafile = built.launcher.metafile!
}, 60_000)

afterAll(() => rmSync(outdir, { recursive: true, force: true }))

/** Every input bundled into the chunks the entry loads statically (what runs before the first dynamic import). */
function startInputs(): string[] {
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'src/main/cli/main.ts')!
  const seen = new Set<string>()
  const walk = (o: string): void => {
    if (seen.has(o)) return
    seen.add(o)
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement' && !i.external) walk(i.path)
  }
  walk(entry)
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs))
}

/** The external packages the start loads (better-sqlite3 and pdfjs-dist stay outside the bundle). */
function startExternals(): string[] {
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'src/main/cli/main.ts')!
  return outputs[entry]!.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path)
}

/** The chunk holding `input`, by esbuild's metafile. */
function chunkOf(input: RegExp): string {
  const found = Object.entries(metafile.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => input.test(i)))
  expect(found).toHaveLength(1)
  return found[0]![0]
}

/** The inputs of `chunks` and of every chunk they load statically. */
function staticClosure(chunks: string[]): string[] {
  const outputs = metafile.outputs
  const seen = new Set<string>()
  const walk = (o: string): void => {
    if (seen.has(o)) return
    seen.add(o)
    for (const i of outputs[o]!.imports) if (i.kind === 'import-statement' && !i.external) walk(i.path)
  }
  chunks.forEach(walk)
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs))
}

/** compose.cjs: its inputs (all it runs without a dynamic import) and what it imports. */
function composeScript(): { inputs: string[]; imports: Metafile['outputs'][string]['imports'] } {
  const outputs = Object.values(composeMetafile.outputs)
  expect(outputs).toHaveLength(1)
  return { inputs: Object.keys(outputs[0]!.inputs), imports: outputs[0]!.imports }
}

describe('CLI start-up', () => {
  it('loads no npm package and no engine before a command runs', () => {
    const inputs = startInputs()
    expect(inputs).toContain('src/main/cli/run-cli.ts')
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([])
    const engines = inputs.filter((i) => /src\/shared\/(import|compare|export|draft)\/|src\/main\/(service|workspace)\//.test(i))
    expect(engines).toEqual([])
    expect(startExternals().filter((e) => !e.startsWith('node:'))).toEqual([])
  })

  it('splits each command into its own chunk, loaded when it runs; compose into its own build, in one file', () => {
    const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path))
    expect(Object.values(metafile.outputs).filter((o) => Object.keys(o.inputs).some((i) => /src\/main\/cli\/commands\/compose\.ts$/.test(i)))).toEqual([])
    expect(composeScript().inputs).toContain('src/main/cli/commands/compose.ts')
    expect(dynamic.length).toBeGreaterThanOrEqual(9)
    // run-cli's import of the command is the entry that runs compose.cjs (built-compose.ts).
    expect(dynamic).toContain('./compose.js')
    const loader = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === 'src/main/cli/built-compose.ts')
    expect(loader && path.relative(outdir, path.resolve(loader[0]))).toBe(path.join('esm', 'compose.js'))
  })

  it("compose's one file imports only node's own modules statically, and its lazy parts from the main build by name", () => {
    const { imports } = composeScript()
    expect(imports.filter((i) => i.kind !== 'dynamic-import').map((i) => i.path).filter((p) => !builtinModules.includes(p.replace(/^node:/, '')))).toEqual([])
    const lazy = [...new Set(imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path))].sort()
    expect(lazy).toEqual(Object.keys(composeLazyParts).map((name) => `./esm/lazy/${name}.js`).sort())
    // Each is an entry of the main build, at that name, built from the part's source.
    for (const [name, source] of Object.entries(composeLazyParts)) {
      const entry = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === source)
      expect(entry && path.relative(outdir, path.resolve(entry[0])), name).toBe(path.join('esm', 'lazy', `${name}.js`))
    }
    // And none of them is in the one file.
    const sources = Object.values(composeLazyParts)
    expect(composeScript().inputs.filter((i) => sources.includes(i))).toEqual([])
  })

  it('composes and exports a draft without loading docx, the comparison engines, the importers or pdfjs', () => {
    // What `compose RECIPE --out FILE.docx` loads (without --against, and with no files to
    // import): its command (one file, the export in it), the service and workspace.
    const loaded = [...composeScript().inputs, ...staticClosure([chunkOf(/src\/main\/service\/workbench-service\.ts$/), chunkOf(/src\/main\/workspace\/index\.ts$/)])]
    expect(loaded).toContain('src/main/service/exports.ts')
    // A plain export is written by the text writer; docx (and the writer built on it) loads
    // only for what the text writer does not take (docx/text-scope.ts).
    expect(loaded).toContain('src/shared/export/docx/text-package.ts')
    expect(loaded.filter((i) => /src\/shared\/export\/docx\/(docx-document|fast-paragraphs|blocks|styles|numbering)\.ts$/.test(i))).toEqual([])
    const engines = loaded.filter((i) => /src\/shared\/compare\/(align|library)\/|src\/shared\/compare\/word-diff|src\/shared\/import\/(pdf|docx|html|markdown|odt)\/|src\/shared\/export\/tracked|node_modules\/(pdfjs-dist|@xmldom|mammoth|unified|minisearch|diff|docx)\//.test(i))
    expect(engines).toEqual([])
    const outputs = metafile.outputs
    const externals = [...new Set(Object.keys(outputs).filter((o) => Object.keys(outputs[o]!.inputs).some((i) => loaded.includes(i))).flatMap((o) => outputs[o]!.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path)))]
    expect(externals.filter((e) => !e.startsWith('node:') && !builtinModules.includes(e))).toEqual(['better-sqlite3'])
  })

  it('composes --in-memory and exports without loading zod or SQLite (nothing to import, no --against)', () => {
    // What that run loads (compose-alone.ts): compose's one file, the service's export in it.
    const loaded = composeScript().inputs
    expect(loaded).toContain('src/main/service/exports.ts')
    expect(loaded).toContain('src/shared/draft/recipe-check.ts')
    expect(loaded).toContain('src/shared/export/options-check.ts')
    // fflate's build without workers: its Node build loads worker_threads on import.
    expect(loaded.filter((i) => /node_modules\/fflate\//.test(i)).map((i) => i.replace(/.*node_modules\//, ''))).toEqual(['fflate/esm/browser.js'])
    expect(loaded.filter((i) => /node_modules\/|src\/shared\/zod\.ts$|-schema\.ts$|src\/main\/(service\/workbench-service|workspace\/)|src\/shared\/import\/(pdf|docx|html|markdown|odt|plain-text|import-file)/.test(i) && !/node_modules\/fflate\//.test(i))).toEqual([])
  })

  it("exports through Node's zlib without running fflate: nothing the export loads imports it but on first call", () => {
    // Note: compose.cjs holds fflate for hosts without a codec (export/docx/pure-zip-codec.ts,
    // imported dynamically) and for reading a template or a file to import. esbuild runs a
    // bundled module's code, fflate's table building too, when a module importing it statically
    // runs: 15 to 18 ms of CPU of a short run (issue 9). In compose's build every import of
    // fflate is a stand-in that loads it on first call (scripts/build-cli.mjs, fflate-on-first-use).
    const inputs = composeMetafile.inputs
    const seen = new Set<string>()
    const walk = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      for (const i of inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) walk(i.path)
    }
    ;['src/main/cli/commands/compose.ts', 'src/main/cli/commands/compose-alone.ts', 'src/main/service/exports.ts'].forEach(walk)
    expect(seen).toContain('src/shared/export/docx/render.ts')
    expect(seen).toContain('src/shared/export/docx/zip-write.ts')
    expect(seen).toContain('src/main/service/node-zip-codec.ts')
    expect([...seen].filter((i) => /node_modules\/fflate\//.test(i))).toEqual([])
    // fflate itself is still in the one file, reached only through require() in the stand-in.
    const importersOf = (file: string): string[][] => Object.entries(inputs).flatMap(([from, input]) => input.imports.filter((i) => i.path === file).map((i) => [from, i.kind]))
    const fflate = Object.keys(inputs).filter((i) => /node_modules\/fflate\//.test(i))
    expect(fflate).toHaveLength(1)
    expect(importersOf(fflate[0]!)).toEqual([['fflate-on-first-use:used', 'import-statement']])
    expect(importersOf('fflate-on-first-use:used')).toEqual([['fflate-on-first-use:stand-in', 'require-call']])
    expect(composeScript().inputs).toContain('src/shared/export/docx/pure-zip-codec.ts')
  })

  it('bundles zod with its English messages only', () => {
    const zodLocales = [...Object.values(metafile.outputs), ...Object.values(composeMetafile.outputs)].flatMap((o) => Object.keys(o.inputs)).filter((i) => /zod\/v4\/locales\/(?!index)/.test(i))
    expect([...new Set(zodLocales)].map((i) => i.replace(/.*\//, ''))).toEqual(['en.js'])
  })

  it('bundles zod without its compiler and JSON Schema reader (stand-ins of a few hundred bytes)', () => {
    const sizes = new Map<string, number>()
    for (const o of [...Object.values(metafile.outputs), ...Object.values(composeMetafile.outputs)]) for (const [i, x] of Object.entries(o.inputs)) if (/zod\/v4\/(core\/compile|classic\/from-json-schema)\.js$/.test(i)) sizes.set(i.replace(/.*zod\/v4\//, ''), x.bytesInOutput)
    expect([...sizes.keys()].sort()).toEqual(['classic/from-json-schema.js', 'core/compile.js'])
    for (const bytes of sizes.values()) expect(bytes).toBeLessThan(1000)
  })

  it("zod built so still validates and reports in English; the compiler, if ever called, says it is left out", async () => {
    const entry = "import { z } from 'zod'; const s = z.object({ title: z.string() }); export const ok = s.safeParse({ title: 'x' }).success; export const message = s.safeParse({ title: 5 }).error.issues[0].message; export function compile() { return z.compile(s) }"
    const built = await build({ ...cliBuildOptions, entryPoints: undefined, outdir: undefined, splitting: false, banner: undefined, stdin: { contents: entry, resolveDir: cliBuildOptions.absWorkingDir }, write: false, logLevel: 'silent' })
    const zod = (await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0]!.text).toString('base64')}`)) as { ok: boolean; message: string; compile(): unknown }
    expect(zod.ok).toBe(true)
    expect(zod.message).toBe('Invalid input: expected string, received number')
    expect(() => zod.compile()).toThrow(/left out of the CLI build/)
  })

  it('builds the import worker beside main.js, where the pool looks for it (import-pool/worker-entry.ts)', () => {
    const worker = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === 'src/main/import-pool/import-worker.ts')
    expect(worker && path.relative(outdir, path.resolve(worker[0]))).toBe(path.join('esm', 'import-worker.js'))
  })

  it("starts from a CommonJS launcher holding none of the CLI's commands, and compose's one file holds no other command", () => {
    const outputs = Object.entries(launcherMetafile.outputs)
    expect(outputs).toHaveLength(1)
    const [file, launcher] = outputs[0]!
    expect(path.relative(outdir, path.resolve(file))).toBe('main.js')
    expect(Object.keys(launcher.inputs).sort()).toEqual(['src/main/cli/code-cache.ts', 'src/main/cli/launch.ts', 'src/main/cli/timings.ts'])
    expect(launcher.imports.filter((i) => !builtinModules.includes(i.path.replace(/^node:/, '')))).toEqual([])
    // compose.cjs runs a whole compose command line (command-line.ts) without run-cli's loaders of the others.
    const { inputs } = composeScript()
    expect(inputs).toContain('src/main/cli/command-line.ts')
    expect(inputs.filter((i) => /src\/main\/cli\/(run-cli|commands\/(import|clauses|compare|families|coverage|drafts|export|formats))\.ts$/.test(i))).toEqual([])
    // And node:crypto only where there is no /dev/urandom (random-bytes.ts): no module requires it as it loads.
    expect([...launcher.imports, ...composeScript().imports].map((i) => i.path)).not.toContain('node:crypto')
  })
})

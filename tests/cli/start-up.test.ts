/**
 * The CLI's start: --version, --help and a wrong command line must not load the engines
 * (zod, the importers, comparison, the Word writer, SQLite), which cost hundreds of
 * milliseconds a run. Checked on the bundle itself (scripts/build-cli.mjs, built here into a
 * temporary folder): the modules the entry chunk loads before any dynamic import, by
 * esbuild's metafile. Not by timing: a busy machine would make that flaky.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from '../../scripts/build-cli.mjs'
import type { Metafile } from 'esbuild'

let outdir: string
let metafile: Metafile

beforeAll(async () => {
  outdir = mkdtempSync(path.join(tmpdir(), 'pw-cli-build-'))
  metafile = (await buildCli({ outdir, metafile: true, write: false, logLevel: 'silent' })).metafile!
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

describe('CLI start-up', () => {
  it('loads no npm package and no engine before a command runs', () => {
    const inputs = startInputs()
    expect(inputs).toContain('src/main/cli/run-cli.ts')
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([])
    const engines = inputs.filter((i) => /src\/shared\/(import|compare|export|draft)\/|src\/main\/(service|workspace)\//.test(i))
    expect(engines).toEqual([])
    expect(startExternals().filter((e) => !e.startsWith('node:'))).toEqual([])
  })

  it('splits each command into its own chunk, loaded when it runs', () => {
    const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path))
    const commandChunks = Object.values(metafile.outputs).filter((o) => Object.keys(o.inputs).some((i) => /src\/main\/cli\/commands\/compose\.ts$/.test(i)))
    expect(commandChunks).toHaveLength(1)
    expect(dynamic.length).toBeGreaterThanOrEqual(9)
  })
})

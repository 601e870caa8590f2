/**
 * The built command's compose (scripts/build-cli.mjs): one script, out/cli/compose.cjs, run
 * with V8's code cache (src/main/cli/code-cache.ts), its lazy parts imported from out/cli/esm/lazy/.
 * Run as users run it, on a copy of the build in a temporary folder (so its cache folder can
 * be emptied, damaged or blocked): from a cold cache, with the cache it left, with a cache V8
 * rejects, with a cache folder that cannot be written; and each lazy part, which must write
 * what the command writes in process. PW_TIMINGS=1 says what became of the cache.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { codeCachePath } from '../../src/main/cli/code-cache'
import { runCli } from '../../src/main/cli/run-cli'
import { inCi } from '../support/chromium'
import { repoRoot } from '../support/paths'

const built = path.join(repoRoot, 'out', 'cli', 'compose.cjs')
let dir = ''
const at = (...parts: string[]): string => path.join(dir, ...parts)
const cacheDir = (): string => at('install', 'out', 'cli', 'code-cache')
const cacheFiles = (): string[] => (existsSync(cacheDir()) ? readdirSync(cacheDir()).sort() : [])

const RECIPE = {
  title: 'Eastbrook Records Retention Policy',
  metadata: { organisation: 'Eastbrook Borough Council', version: '0.2' },
  sections: Array.from({ length: 6 }, (_, s) => ({
    heading: `Part ${s + 1}`,
    clauses: Array.from({ length: 8 }, (_, c) => ({ text: `Clause ${c + 1} of part ${s + 1}: keep each record only as long as the schedule says.`, level: c % 4 === 3 ? 2 : 1 })),
  })),
}

/** The built command, installed in the temporary folder, run with PW_TIMINGS=1. */
function runBuilt(...args: string[]): { status: number | null; stdout: string; stderr: string; cache: string | undefined } {
  const run = spawnSync(process.execPath, [at('install', 'bin', 'policy-workbench.js'), ...args], { encoding: 'utf8', env: { ...process.env, PW_TIMINGS: '1', XDG_DATA_HOME: at('data') } })
  const cache = /compose code cache: (\w+)/.exec(run.stderr)?.[1]
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.slice(0, run.stderr.indexOf('PW_TIMINGS')), cache }
}

async function runInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const compose = (out: string, ...extra: string[]): string[] => ['compose', at('recipe.json'), '--in-memory', '--out', at(out), ...extra]

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pw-compose-bundle-'))
  if (!existsSync(built)) return
  // The build as installed: bin/, out/cli/ (without the repository's own cache), package.json
  // (the project's; bin/ and out/cli/ hold their own), node_modules for the packages the build leaves outside.
  mkdirSync(at('install', 'out'), { recursive: true })
  cpSync(path.join(repoRoot, 'bin'), at('install', 'bin'), { recursive: true })
  cpSync(path.join(repoRoot, 'out', 'cli'), at('install', 'out', 'cli'), { recursive: true, filter: (from) => !from.includes(`${path.sep}code-cache`) })
  cpSync(path.join(repoRoot, 'package.json'), at('install', 'package.json'))
  symlinkSync(path.join(repoRoot, 'node_modules'), at('install', 'node_modules'), 'dir')
  writeFileSync(at('recipe.json'), JSON.stringify(RECIPE))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.runIf(inCi || existsSync(built))('the built compose, one script with a code cache', () => {
  it('leaves no cache after a run that failed: a refused recipe compiles little of the export', () => {
    writeFileSync(at('refused.json'), JSON.stringify({ title: 'No sections' }))
    const run = runBuilt('compose', at('refused.json'), '--in-memory')
    expect(run).toMatchObject({ status: 1, cache: 'none' })
    expect(cacheFiles()).toEqual([])
  })

  it('runs from a cold cache, leaves a cache, and the next run uses it and writes the same bytes', () => {
    expect(cacheFiles()).toEqual([])
    const cold = runBuilt(...compose('cold.docx'))
    expect(cold, cold.stderr).toMatchObject({ status: 0, stderr: '', cache: 'none' })
    expect(cacheFiles()).toEqual([path.basename(codeCachePath(at('install', 'out', 'cli', 'compose.cjs'), readFileSync(built, 'utf8'), cacheDir()))])
    const warm = runBuilt(...compose('warm.docx'))
    expect(warm).toMatchObject({ status: 0, stderr: '', cache: 'accepted' })
    expect(warm.stdout.replace('warm.docx', 'cold.docx')).toBe(cold.stdout)
    expect(Buffer.compare(readFileSync(at('warm.docx')), readFileSync(at('cold.docx')))).toBe(0)
  })

  it('writes, with its cache, the bytes the command writes in process', async () => {
    expect(runBuilt(...compose('cached.docx')).cache).toBe('accepted')
    expect((await runInProcess(...compose('in-process.docx'))).code).toBe(0)
    expect(Buffer.compare(readFileSync(at('cached.docx')), readFileSync(at('in-process.docx')))).toBe(0)
  })

  it('falls back when V8 rejects the cache, rewrites it, and removes the caches of earlier builds', () => {
    const [file] = cacheFiles()
    writeFileSync(path.join(cacheDir(), file!), Buffer.alloc(4096, 7))
    writeFileSync(path.join(cacheDir(), 'compose.cjs-000000000000000000000000.v8'), 'an earlier build')
    const rejected = runBuilt(...compose('rejected.docx'))
    expect(rejected).toMatchObject({ status: 0, stderr: '', cache: 'rejected' })
    expect(Buffer.compare(readFileSync(at('rejected.docx')), readFileSync(at('cold.docx')))).toBe(0)
    expect(cacheFiles()).toEqual([file])
    expect(readFileSync(path.join(cacheDir(), file!)).equals(Buffer.alloc(4096, 7))).toBe(false)
    expect(runBuilt(...compose('again.docx')).cache).toBe('accepted')
  })

  it('runs, saying nothing of it, when the cache folder cannot be written', () => {
    rmSync(cacheDir(), { recursive: true, force: true })
    // Note: a file where the folder goes, since permissions do not stop root (CI runs as root).
    writeFileSync(cacheDir(), 'not a folder')
    for (const name of ['blocked-1.docx', 'blocked-2.docx']) {
      const run = runBuilt(...compose(name))
      expect(run).toMatchObject({ status: 0, stderr: '', cache: 'none' })
      expect(Buffer.compare(readFileSync(at(name)), readFileSync(at('cold.docx')))).toBe(0)
    }
    expect(readFileSync(cacheDir(), 'utf8')).toBe('not a folder')
    rmSync(cacheDir())
  })

  it('keeps the draft in a workspace (the service and workspace, lazy parts), which the ES module build then reads', () => {
    const workspace = at('kept', 'workspace.sqlite')
    mkdirSync(at('kept'))
    const composed = runBuilt('compose', at('recipe.json'), '--workspace', workspace)
    expect(composed.status, composed.stderr).toBe(0)
    expect(composed.stdout).toContain(`Saved in ${workspace} as draft `)
    const listed = runBuilt('drafts', '--workspace', workspace)
    expect(listed.status, listed.stderr).toBe(0)
    expect(listed.stdout).toContain(`${RECIPE.title}  version 0.2`)
    expect(listed.stdout).toContain(' 48 clauses ')
  })

  // Each part compose.cjs leaves to the main build (composeLazyParts), loaded from out/cli/esm/lazy/.
  const policy = path.join(repoRoot, 'corpus', 'riverside-social-media-policy-v0.3.docx')
  it.each([
    ['tracked changes (tracked, tracked-blocks, import-for-command)', 'against.docx', ['--against', policy]],
    ['a committee pack (pack)', 'pack.docx', ['--pack', '--against', policy]],
    ['a Word template (read-input-file, reference-styles)', 'reference.docx', ['--reference', policy]],
    ['a table of contents (docx-document)', 'toc.docx', ['--toc', '--marking', 'OFFICIAL']],
  ])('loads %s when asked, and writes what the command writes in process', async (_, out, extra) => {
    const run = runBuilt(...compose(out, ...extra))
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toBe('')
    const inProcess = await runInProcess(...compose(`in-process-${out}`, ...extra))
    expect(inProcess.code).toBe(0)
    expect(run.stdout.trim()).toBe(inProcess.out.replace(`in-process-${out}`, out))
    expect(Buffer.compare(readFileSync(at(out)), readFileSync(at(`in-process-${out}`)))).toBe(0)
  })

  it('prints through the descriptors: a piped run builds no stream for stdout (no net or tty module) and prints every line in order', () => {
    // Note: an --import hook lists, at exit, the Node modules the run loaded (write-line.ts).
    const hook = 'data:text/javascript,process.on("exit",()=>process._rawDebug("LOADED "+JSON.stringify(process.moduleLoadList)))'
    const run = spawnSync(process.execPath, ['--import', hook, at('install', 'bin', 'policy-workbench.js'), ...compose('piped.docx')], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe(`Composed “${RECIPE.title}”: 6 sections, 48 clauses (0 from sources, 48 new).\nNot saved (--in-memory).\nWrote ${at('piped.docx')}: Word document, 48 clauses.\n`)
    const loaded = JSON.parse(/LOADED (.*)/.exec(run.stderr)![1]!) as string[]
    expect(loaded.filter((m) => /^NativeModule (net|tty)$/.test(m))).toEqual([])
  })

  it("words a bad recipe as the command does in process (zod's messages: recipe-schema)", async () => {
    writeFileSync(at('bad.json'), JSON.stringify({ title: ' ', sections: [{ heading: 'A', clauses: [{ level: 4, text: 'y' }] }], extra: 1 }))
    const run = runBuilt('compose', at('bad.json'), '--in-memory')
    const inProcess = await runInProcess('compose', at('bad.json'), '--in-memory')
    expect(run.status).toBe(1)
    expect(inProcess.code).toBe(1)
    expect(run.stderr.trim()).toBe(inProcess.err)
    expect(run.stderr).toContain('bad.json is not a valid compose recipe:')
  })
})

describe('the code cache file', () => {
  it('is named by the text of the script, not only its length (V8 checks only the length)', () => {
    const a = codeCachePath('/x/compose.cjs', 'const a = 1', '/cache')
    expect(codeCachePath('/x/compose.cjs', 'const b = 1', '/cache')).not.toBe(a)
    expect(codeCachePath('/x/compose.cjs', 'const a = 1', '/cache')).toBe(a)
    expect(path.dirname(a)).toBe('/cache')
    expect(path.basename(a)).toMatch(/^compose\.cjs-[0-9a-f]{24}\.v8$/)
    // Same length, one character apart: still another name.
    expect(codeCachePath('/x/compose.cjs', 'const a = 2', '/cache')).not.toBe(a)
  })
})

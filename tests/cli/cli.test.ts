/** The CLI as a user meets it: in-process for every case, and the built bin as a real process. */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import pkg from '../../package.json' with { type: 'json' }
import { inCi } from '../support/chromium'
import { repoRoot } from '../support/paths'

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('policy-workbench CLI', () => {
  it.each([[], ['--help'], ['-h'], ['help']])('prints help for %j', async (...argv) => {
    const { code, out } = await run(...argv)
    expect(code).toBe(0)
    expect(out).toContain('Usage: policy-workbench <command> [options]')
    expect(out).toContain('formats')
    expect(out).toContain('--version')
  })

  it('prints the package version', async () => {
    expect(await run('--version')).toEqual({ code: 0, out: pkg.version, err: '' })
    expect((await run('-v')).out).toBe(pkg.version)
  })

  it('lists formats, as text and as JSON', async () => {
    const text = await run('formats')
    expect(text.out).toMatch(/\.txt\s+Plain text\s+yes/)
    expect(text.out).toMatch(/\.docx\s+Word document\s+not yet/)
    const json = JSON.parse((await run('formats', '--json')).out) as { format: string }[]
    expect(json.map((f) => f.format)).toEqual(['docx', 'pdf', 'html', 'md', 'txt', 'odt'])
  })

  it('explains an unknown command on stderr and exits 2', async () => {
    const { code, out, err } = await run('frobnicate')
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toContain('"frobnicate" is not a command')
  })

  it('gives per-command help', async () => {
    const { code, out } = await run('formats', '--help')
    expect(code).toBe(0)
    expect(out).toContain('Usage: policy-workbench formats [--json]')
  })

  // npm test builds before testing; this checks the installed entry point, as users run it.
  const bin = path.join(repoRoot, 'bin', 'policy-workbench.js')
  it.runIf(inCi || existsSync(path.join(repoRoot, 'out', 'main', 'cli.js')))('runs as the built policy-workbench command', () => {
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toBe(pkg.version)
    const wrong = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' })
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('"nope" is not a command')
  })
})

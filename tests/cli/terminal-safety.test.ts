/**
 * The CLI's text output cannot drive a terminal: a control character that reaches it (here in
 * a file's name, which becomes the title and origin; text inside files is dropped at import)
 * is printed visibly as \x1b, never raw. Runs the real process entry, as a terminal would.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { escapeForTerminal } from '../../src/shared/text/control-characters'
import { repoRoot } from '../support/paths'

const ESC = '\u001b'
const dir = mkdtempSync(path.join(tmpdir(), 'cli-escapes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const policy = (extra: string): string =>
  `Use of social media\n\n1. Staff must not post abuse${extra}.\n2. Staff should read the guidance before they post.\n3. Managers answer questions about this policy.\n`
const hostile = path.join(dir, `evil${ESC}[2J${ESC}]0;pwned\u0007.txt`)
const plain = path.join(dir, 'plain.txt')
writeFileSync(hostile, policy(`${ESC}[2J`))
writeFileSync(plain, policy(' online'))

function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/main.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { stdout: run.stdout, stderr: run.stderr, status: run.status }
}

describe('CLI text output and control characters', () => {
  it('clauses: the ESC in the file name is shown as \\x1b, and no raw control reaches stdout', { timeout: 60_000 }, () => {
    const run = cli('clauses', hostile)
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESC)
    expect(run.stdout).not.toContain('\u0007')
    expect(run.stdout).toContain('evil\\x1b[2J\\x1b]0;pwned\\x07')
    expect(run.stdout).toContain('Staff must not post abuse[2J.')
  })

  it('compare: the same, with --all', { timeout: 60_000 }, () => {
    const run = cli('compare', hostile, plain, '--all')
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESC)
    expect(run.stdout).toContain('\\x1b[2J')
  })

  it('--json stays valid JSON with the control characters escaped by JSON itself', { timeout: 60_000 }, () => {
    const run = cli('clauses', hostile, '--json')
    expect(run.stdout).not.toContain(ESC)
    expect((JSON.parse(run.stdout) as { source: { origin: string } }).source.origin).toContain(`${ESC}[2J`)
  })

  it('keeps the CLI’s own colours in a terminal, and escapes everything else', () => {
    expect(escapeForTerminal(`${ESC}[1mTitle${ESC}[2J${ESC}[22m`, true)).toBe(`${ESC}[1mTitle\\x1b[2J${ESC}[22m`)
    expect(escapeForTerminal(`${ESC}[1mTitle${ESC}[22m`, false)).toBe('\\x1b[1mTitle\\x1b[22m')
  })
})

/**
 * import and compose without --workspace use the user's library, the same file the desktop app
 * and the browser host open; --in-memory only checks. HOME and XDG_DATA_HOME point at a temp
 * folder, so the test never touches a real library.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { Workspace } from '../../src/main/workspace'
import { defaultWorkspacePath } from '../../src/main/workspace-location'
import { fixturePath } from '../support/paths'

const home = mkdtempSync(path.join(tmpdir(), 'pw-home-'))
const saved = { HOME: process.env['HOME'], XDG_DATA_HOME: process.env['XDG_DATA_HOME'] }
const library = path.join(home, 'data', 'policy-workbench', 'workspace.sqlite')
const policy = fixturePath('policies', 'open-council-social-media.txt')

beforeAll(() => {
  process.env['HOME'] = home
  process.env['XDG_DATA_HOME'] = path.join(home, 'data')
})
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]
  else process.env[k] = v
  rmSync(home, { recursive: true, force: true })
})

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const sourcesIn = (file: string): string[] => {
  const ws = Workspace.open(file, { create: false })
  try {
    return ws.listSources().map((s) => s.origin)
  } finally {
    ws.close()
  }
}

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')('the CLI and the user library', () => {
  it('checks only with --in-memory, and keeps nothing', async () => {
    const checked = await run('import', policy, '--in-memory')
    expect(checked.code).toBe(0)
    expect(checked.out).toContain('not stored (--in-memory)')
    expect(existsSync(library)).toBe(false)
  })

  it('adds to the user library without --workspace, and says where', async () => {
    expect(defaultWorkspacePath()).toBe(library)
    const imported = await run('import', policy)
    expect(imported.code).toBe(0)
    expect(imported.out).toContain(`Stored in ${library}.`)
    expect(sourcesIn(library)).toEqual(['open-council-social-media.txt'])
    expect((await run('import', policy)).out).toContain('(already in the library)')
  })

  it('composes into the user library too, or only checks with --in-memory', async () => {
    const recipe = path.join(home, 'recipe.json')
    writeFileSync(recipe, JSON.stringify({ title: 'Anytown policy', sections: [{ heading: 'Conduct', clauses: [{ text: 'Be polite online.' }] }] }))
    const checked = await run('compose', recipe, '--in-memory')
    expect(checked).toMatchObject({ code: 0 })
    expect(checked.out).toContain('Not saved (--in-memory).')
    const saved = await run('compose', recipe)
    expect(saved.code).toBe(0)
    expect(saved.out).toContain(`Saved in ${library} as draft`)
    expect((await run('drafts', '--workspace', library)).out).toMatch(/^Anytown policy/)
  })

  it('refuses --workspace and --in-memory together, and --in-memory where it means nothing', async () => {
    expect((await run('import', policy, '--in-memory', '--workspace', path.join(home, 'x.sqlite'))).code).toBe(2)
    expect((await run('clauses', policy, '--in-memory')).code).toBe(2)
  })
})

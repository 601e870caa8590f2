/** The CLI as a user meets it: in-process for every case, and the built bin as a real process. */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import pkg from '../../package.json' with { type: 'json' }
import { inCi } from '../support/chromium'
import { fixturePath, repoRoot } from '../support/paths'

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
    for (const command of ['import', 'clauses', 'compare', 'families', 'coverage', 'formats']) expect(out).toContain(`  ${command} `)
    expect(out).toContain('--version')
  })

  it('prints the package version', async () => {
    expect(await run('--version')).toEqual({ code: 0, out: pkg.version, err: '' })
    expect((await run('-v')).out).toBe(pkg.version)
  })

  it('lists formats, as text and as JSON', async () => {
    const text = await run('formats')
    expect(text.out).toMatch(/\.txt\s+Plain text\s+yes/)
    expect(text.out).toMatch(/\.docx\s+Word document\s+yes/)
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

  const policy = fixturePath('policies', 'open-council-social-media.txt')
  const broken = fixturePath('policies', 'broken.docx')

  it('shows the clauses of a file, with headings, labels and topics', async () => {
    const { code, out } = await run('clauses', policy)
    expect(code).toBe(0)
    expect(out).toContain('Riverside Borough Council: Using Social Media at Work')
    expect(out).toContain('open-council-social-media.txt · TXT · 11 clauses')
    expect(out).toMatch(/› 4\. Elections\n\s+4\.1 During the pre-election period.*\[elections\]/)
    expect(out).toMatch(/\n {6}\(a\) Never share personal details of a service user\./)
  })

  it('gives the clauses as JSON in the documented shape', async () => {
    const { code, out } = await run('clauses', policy, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(out) as { source: Record<string, unknown>; clauses: Record<string, unknown>[] }
    expect(json.source).toMatchObject({ title: 'Riverside Borough Council: Using Social Media at Work', format: 'txt', origin: 'open-council-social-media.txt', clauseCount: 11, frontMatterLines: 0, tableHeaderRows: 0 })
    expect(Object.keys(json.clauses[0]!)).toEqual(['id', 'section', 'label', 'level', 'text', 'topics'])
    expect(json.clauses.find((c) => c['label'] === '4.1')).toMatchObject({ section: ['Riverside Borough Council: Using Social Media at Work', '4. Elections'], level: 2, topics: ['elections'] })
  })

  it('shows front matter apart: printed and marked, not counted as clauses', async () => {
    const draft = path.join(repoRoot, 'corpus', 'riverside-social-media-policy-v0.3.docx')
    const { code, out } = await run('clauses', draft)
    expect(code).toBe(0)
    expect(out).toContain('riverside-social-media-policy-v0.3.docx · DOCX · 37 clauses · 9 lines of front matter')
    expect(out).toContain('Version | 0.3 (draft)  (front matter)')
    expect(out).toMatch(/\n {4}1\.1 This policy sets out what Riverside Borough Council expects/)
    const json = JSON.parse((await run('clauses', draft, '--json')).out) as { source: Record<string, unknown>; clauses: Record<string, unknown>[] }
    expect(json.source).toMatchObject({ clauseCount: 37, frontMatterLines: 9, tableHeaderRows: 0 })
    expect(json.clauses).toHaveLength(46)
    expect(json.clauses.filter((c) => c['role'] === 'front-matter')).toHaveLength(9)
    expect(json.clauses.find((c) => c['label'] === '1.1')).not.toHaveProperty('role')
  })

  it('explains a file it cannot read, on stderr, with exit code 1', async () => {
    const bad = await run('clauses', broken)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/^broken\.docx[: ]/)
    const missing = await run('clauses', '/no/such/policy.txt')
    expect(missing).toMatchObject({ code: 1, out: '' })
    expect(missing.err).toContain('/no/such/policy.txt does not exist')
    expect((await run('clauses')).code).toBe(2)
    expect((await run('clauses', policy, '--colour')).err).toContain('unknown option --colour')
  })

  it('imports a batch, one line per file, failing only the bad ones', async () => {
    const { code, out } = await run('import', policy, broken, fixturePath('import', 'markdown-guidance', 'input.md'), fixturePath('import'), '--in-memory')
    expect(code).toBe(1)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(/^ok {4}open-council-social-media\.txt +11 clauses$/)
    expect(lines[1]).toMatch(/^FAIL {2}broken\.docx +broken\.docx[: ]/)
    expect(lines[2]).toMatch(/^ok {4}input\.md +\d+ clauses$/)
    expect(lines[3]).toMatch(/^FAIL {2}import +.*is a folder, not a file/)
    expect(lines[4]).toBe('2 of 4 files imported. The files were checked, not stored (--in-memory): leave it out to keep them in your library.')
  })

  it('exits 0 when every file imports, and reports as JSON', async () => {
    const { code, out } = await run('import', policy, '--json', '--in-memory')
    expect(code).toBe(0)
    expect(JSON.parse(out)).toEqual({
      stored: false,
      imported: 1,
      failed: 0,
      results: [{ file: 'open-council-social-media.txt', ok: true, title: 'Riverside Borough Council: Using Social Media at Work', format: 'txt', clauses: 11, duplicate: false }],
    })
    expect((await run('import')).code).toBe(2)
  })

  const corpus = (name: string): string => path.join(repoRoot, 'corpus', name)
  const v03 = corpus('riverside-social-media-policy-v0.3.docx')
  const v10 = corpus('riverside-social-media-policy-v1.0.pdf')

  it('compares two versions of a policy, showing only what changed unless asked', async () => {
    const { code, out } = await run('compare', v03, v10)
    expect(code).toBe(0)
    expect(out.split('\n').slice(0, 2)).toEqual([
      'A: Riverside Borough Council Social Media Policy (DRAFT)  (riverside-social-media-policy-v0.3.docx)',
      'B: Riverside Borough Council Social Media Policy  (riverside-social-media-policy-v1.0.pdf)',
    ])
    expect(out).toMatch(/\n>  4\.4 → 5\.2  moved/)
    expect(out).toMatch(/\n<  5\.3 → 5\.4 \+ 5\.5  split in B/)
    expect(out).toMatch(/\n>< 7\.1 \+ 7\.2 → 8\.1  merged in B/)
    expect(out).toMatch(/\n-  4\.3  only in A/)
    expect(out).toContain('{+')
    expect(out).not.toContain('  same')
    expect((await run('compare', v03, v10, '--all')).out).toContain('  same')
  })

  it('gives the comparison as JSON in the documented shape', async () => {
    const { code, out } = await run('compare', v03, v10, '--json')
    expect(code).toBe(0)
    const json = JSON.parse(out) as { a: { title: string }; b: unknown; rows: { status: string; similarity: number; a: object[]; b: object[]; diff?: { op: string; text: string }[] }[] }
    expect(json.a.title).toBe('Riverside Borough Council Social Media Policy (DRAFT)')
    const changed = json.rows.find((r) => r.status === 'changed')!
    expect(Object.keys(changed.a[0]!)).toEqual(['id', 'label', 'text'])
    expect(changed.diff!.every((d) => ['equal', 'insert', 'delete'].includes(d.op))).toBe(true)
    expect(json.rows.filter((r) => r.status === 'split')).toHaveLength(1)
  })

  it('refuses a compare without exactly two files, and fails when one cannot be imported', async () => {
    expect((await run('compare', v03)).code).toBe(2)
    const bad = await run('compare', v03, broken)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/^broken\.docx/)
  })

  it('lists clause families across policies', async () => {
    const { code, out } = await run('families', v03, v10, corpus('wealdham-social-media-guidance.odt'))
    expect(code).toBe(0)
    expect(out).toMatch(/^\d+ families across 3 policies\./)
    expect(out).toMatch(/\n {3}3 sources/)
    const json = JSON.parse((await run('families', v03, v10, '--json')).out) as { families: { members: { sourceId: string }[] }[] }
    for (const f of json.families) expect(new Set(f.members.map((m) => m.sourceId)).size).toBeGreaterThan(1)
  })

  it('shows topic coverage by policy with each one\'s gaps', async () => {
    const { code, out } = await run('coverage', v03, v10, corpus('ashbury-youth-service-social-media.docx'))
    expect(code).toBe(0)
    expect(out).toMatch(/^Topic +A {2}B {2}C\n/)
    expect(out).toMatch(/\nPolitical neutrality and elections +· +\d+ +·\n/)
    expect(out).toContain('C  Ashbury County Council Youth Service')
    const json = JSON.parse((await run('coverage', v03, v10, '--json')).out) as { topics: unknown[]; sources: unknown[] }
    expect(json.sources).toHaveLength(2)
    expect(json.topics).toHaveLength(20)
  })

  it('stores imports in a workspace, composes a draft from a recipe, and lists drafts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-cli-'))
    try {
      const ws = path.join(dir, 'team.sqlite')
      const first = await run('import', v03, '--workspace', ws)
      expect(first.code).toBe(0)
      expect(first.out).toContain(`Stored in ${ws}.`)
      expect((await run('import', v03, '--workspace', ws)).out).toContain('(already in the library)')
      copyFileSync(v10, path.join(dir, 'policy.pdf'))
      writeFileSync(
        path.join(dir, 'recipe.json'),
        JSON.stringify({
          title: 'Anytown Social Media Policy',
          metadata: { version: '0.1', owner: 'Head of Communications' },
          sections: [
            { heading: 'Elections', clauses: [{ from: 'policy.pdf#7.1' }, { text: 'Ask the communications team if unsure.' }] },
          ],
        }),
      )
      const composed = await run('compose', path.join(dir, 'recipe.json'), '--workspace', ws)
      expect(composed.code).toBe(0)
      expect(composed.out).toContain('Composed “Anytown Social Media Policy”: 1 sections, 2 clauses (1 from sources, 1 new).')
      const listed = await run('drafts', '--workspace', ws)
      expect(listed.out).toMatch(/^Anytown Social Media Policy {2}version 0\.1 · draft · 2 clauses/)
      const json = JSON.parse((await run('drafts', '--workspace', ws, '--json')).out) as { title: string; versions: unknown[] }[]
      expect(json.map((d) => d.title)).toEqual(['Anytown Social Media Policy'])
      writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ title: 'x', sections: [{ heading: 'a', clauses: [{ from: 'policy.pdf#99.9' }] }] }))
      const broken = await run('compose', path.join(dir, 'broken.json'), '--workspace', ws)
      expect(broken.code).toBe(1)
      expect(broken.err).toContain('"99.9" is not a clause id or label in policy.pdf')
      expect((await run('compose', path.join(dir, 'recipe.json'), '--workspace', ws, '--in-memory')).code).toBe(2)
      const missing = await run('drafts', '--workspace', path.join(dir, 'none.sqlite'))
      expect(missing.code).toBe(1)
      expect(missing.err).toContain('none.sqlite')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  // npm test builds before testing; this checks the installed entry point, as users run it.
  const bin = path.join(repoRoot, 'bin', 'policy-workbench.js')
  it.runIf(inCi || existsSync(path.join(repoRoot, 'out', 'cli', 'main.js')))('runs as the built policy-workbench command', () => {
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toBe(pkg.version)
    const wrong = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' })
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain('"nope" is not a command')
  })
})

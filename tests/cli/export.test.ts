/**
 * Exporting from the command line: compose --out with and without a workspace, export DRAFT by
 * id or title (Word, Markdown, tracked against a version or a file), compare --out, the
 * option checks; the Word file read back with `clauses`, the tracked one by the revision
 * checker; and one real process, as a user runs it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { Workspace } from '../../src/main/workspace'
import { acceptedTexts, documentXmlOf, rejectedTexts, revisionProblems } from '../export/support/revisions'
import { repoRoot } from '../support/paths'

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const v03 = path.join(repoRoot, 'corpus', 'riverside-social-media-policy-v0.3.docx')
const v10 = path.join(repoRoot, 'corpus', 'src', 'riverside-social-media-policy-v1.0.md')
let dir = ''
const at = (name: string): string => path.join(dir, name)
const RECIPE = {
  title: 'Anytown Social Media Policy',
  metadata: { version: '0.1', owner: 'Head of Communications' },
  sections: [
    { heading: 'Purpose', clauses: [{ from: 'policy.md#1.1' }, { from: 'policy.md#1.2' }] },
    { heading: 'Elections', clauses: [{ from: 'policy.md#5.3' }, { text: 'Ask the communications team if unsure.' }] },
  ],
}
const DRAFT_TEXTS = ['Purpose', 'Elections', 'Ask the communications team if unsure.']

const savedDataHome = process.env['XDG_DATA_HOME']
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pw-cli-export-'))
  // Without --workspace, import and compose use the user's library: keep it in the test's folder.
  process.env['XDG_DATA_HOME'] = at('data')
  writeFileSync(at('policy.md'), readFileSync(v10))
  writeFileSync(at('recipe.json'), JSON.stringify(RECIPE))
})
afterAll(() => {
  if (savedDataHome === undefined) delete process.env['XDG_DATA_HOME']
  else process.env['XDG_DATA_HOME'] = savedDataHome
  rmSync(dir, { recursive: true, force: true })
})

describe('compose --out', () => {
  it('exports a recipe to Word with no workspace, and `clauses` reads it back numbered', async () => {
    const composed = await run('compose', at('recipe.json'), '--in-memory', '--out', at('anytown.docx'))
    expect(composed).toMatchObject({ code: 0, err: '' })
    expect(composed.out).toContain(`Wrote ${at('anytown.docx')}: Word document, 4 clauses.`)
    expect(composed.out).not.toContain('Saved in')
    const texts = acceptedTexts(documentXmlOf(new Uint8Array(readFileSync(at('anytown.docx')))))
    for (const t of DRAFT_TEXTS) expect(texts).toContain(t)
    const back = await run('clauses', at('anytown.docx'), '--json')
    expect(back.code).toBe(0)
    // Front matter (title block, tables) reads back as unnumbered text; the policy's clauses carry their numbers.
    const clauses = (JSON.parse(back.out) as { clauses: { label: string | null; text: string }[] }).clauses.filter((c) => c.label !== null)
    expect(clauses.map((c) => c.label)).toEqual(['1.1', '1.2', '2.1', '2.2'])
    expect(clauses.at(-1)!.text).toBe('Ask the communications team if unsure.')
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('tracks the composed draft against a policy file, and keeps it when a workspace is named', async () => {
    const ws = at('compose.sqlite')
    const composed = await run('compose', at('recipe.json'), '--workspace', ws, '--out', at('tracked.docx'), '--against', v03, '--numbering', 'legal')
    expect(composed.code).toBe(0)
    expect(composed.out).toMatch(/Saved in .*compose\.sqlite as draft/)
    expect(composed.out).toMatch(/: Word document, 4 clauses, tracked against .+: \d+ new, \d+ changed, \d+ removed/)
    const xml = documentXmlOf(new Uint8Array(readFileSync(at('tracked.docx'))))
    expect(revisionProblems(xml)).toEqual([])
    expect(acceptedTexts(xml)).toEqual(expect.arrayContaining(DRAFT_TEXTS))
    expect(rejectedTexts(xml)).not.toContain('Ask the communications team if unsure.')
    expect((await run('drafts', '--workspace', ws)).out).toContain('Anytown Social Media Policy')
  })

  it('needs --out for tracked changes, and checks the export options before composing', async () => {
    expect(await run('compose', at('recipe.json'), '--in-memory', '--against', v03)).toMatchObject({ code: 2, err: expect.stringContaining('--against and --pack need --out FILE') })
    expect(await run('compose', at('recipe.json'), '--out', at('x.pdf'))).toMatchObject({ code: 2, err: expect.stringContaining('cannot tell the format from "x.pdf"') })
    expect(await run('compose', at('recipe.json'), '--out', at('x.docx'), '--numbering', 'roman')).toMatchObject({ code: 2, err: expect.stringContaining('--numbering must be decimal, legal or alpha, not "roman"') })
    const page = await run('compose', at('recipe.json'), '--out', at('x.md'), '--against', v03)
    expect(page.code).toBe(1)
    expect(page.err).toContain('Tracked changes can only go in a Word document')
    expect(existsSync(at('x.md')) || existsSync(at('x.docx')) || existsSync(at('x.pdf'))).toBe(false)
  })
})

describe('export DRAFT', () => {
  let ws = ''
  let draftId = ''
  beforeAll(async () => {
    ws = at('team.sqlite')
    expect((await run('compose', at('recipe.json'), '--workspace', ws)).code).toBe(0)
    // Name a version, then change the draft: what the app's "Save version" does.
    const service = new WorkbenchService({ host: 'test', workspace: Workspace.open(ws) })
    try {
      draftId = (await service.listDrafts())[0]!.id
      await service.saveDraftVersion({ id: draftId, name: '0.1', note: 'First draft' })
      const { draft } = await service.getDraft({ id: draftId })
      const elections = draft.sections[1]!
      await service.applyDraftAction({ id: draftId, action: { type: 'batch', actions: [
        { type: 'edit-clause', clauseId: elections.clauses[1]!.id, text: 'Ask the elections team if you are unsure.' },
        { type: 'add-clause', at: { sectionId: elections.id, index: 2 }, text: 'Do not like posts by candidates.' },
      ] } })
    } finally {
      service.workspace.close()
    }
  })

  it('exports by title to Markdown, the format taken from --out', async () => {
    const result = await run('export', 'anytown social media policy', '--workspace', ws, '--out', at('anytown.md'))
    expect(result).toMatchObject({ code: 0, out: `Wrote ${at('anytown.md')}: Markdown page, 5 clauses.` })
    expect(readFileSync(at('anytown.md'), 'utf8')).toContain('2.3 Do not like posts by candidates.')
  })

  it('exports by id tracked against a named version: accepted it is the draft, rejected the version', async () => {
    const result = await run('export', draftId, '--workspace', ws, '--out', at('against-version.docx'), '--against', '0.1', '--provenance', 'comments', '--marking', 'OFFICIAL', '--toc')
    expect(result.code).toBe(0)
    expect(result.out).toContain('Word document, 5 clauses, tracked against version 0.1: 1 new, 1 changed, 0 removed.')
    const xml = documentXmlOf(new Uint8Array(readFileSync(at('against-version.docx'))))
    expect(revisionProblems(xml)).toEqual([])
    const accepted = acceptedTexts(xml)
    const rejected = rejectedTexts(xml)
    expect(accepted).toEqual(expect.arrayContaining(['Ask the elections team if you are unsure.', 'Do not like posts by candidates.']))
    expect(accepted).not.toContain('Ask the communications team if unsure.')
    expect(rejected).toContain('Ask the communications team if unsure.')
    expect(rejected).not.toContain('Do not like posts by candidates.')
  })

  it('exports against a policy file, and to a format named by --format', async () => {
    const file = await run('export', draftId, '--workspace', ws, '--out', at('against-file.out'), '--format', 'docx', '--against', v03)
    expect(file.code).toBe(0)
    expect(file.out).toMatch(/tracked against .+: \d+ new/)
    const html = await run('export', draftId, '--workspace', ws, '--out', at('page.out'), '--format', 'html')
    expect(readFileSync(at('page.out'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
    expect(html.code).toBe(0)
  })

  it('says which draft, version or file it cannot find', async () => {
    expect(await run('export', 'No such policy', '--workspace', ws, '--out', at('n.docx'))).toMatchObject({ code: 1, err: expect.stringContaining('has the id or title "No such policy"') })
    expect(await run('export', draftId, '--workspace', ws, '--out', at('n.docx'), '--against', '9.9')).toMatchObject({ code: 1, err: expect.stringContaining('--against 9.9 is neither a version of the draft (its versions: 0.1) nor a file.') })
    expect(await run('export', draftId, '--out', at('n.docx'))).toMatchObject({ code: 2 })
    expect(await run('export', draftId, '--workspace', ws)).toMatchObject({ code: 2, err: expect.stringContaining('--out FILE') })
    expect(await run('export', draftId, '--workspace', ws, '--out', at('missing-folder/n.docx'))).toMatchObject({ code: 1, err: expect.stringContaining('its folder does not exist') })
    expect(existsSync(at('n.docx'))).toBe(false)
  })
})

describe('compare --out', () => {
  it('wants a .docx report, and writes nothing when the report cannot be made', async () => {
    expect(await run('compare', v03, v10, '--out', at('report.txt'))).toMatchObject({ code: 2 })
    const result = await run('compare', v03, v10, '--out', at('report.docx'))
    // Note: the report's builder is wired at the merge (comparison-report.ts); until then a clear refusal.
    if (result.code !== 0) expect(result.err).toContain('comparison report')
    else expect(result.out).toContain(`Wrote ${at('report.docx')}`)
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
  })
})

describe('as a process', () => {
  it('composes and exports a recipe from the command line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'main', 'cli', 'main.ts'), 'compose', at('recipe.json'), '--in-memory', '--out', at('process.docx')], { encoding: 'utf8', cwd: repoRoot, timeout: 120_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Word document, 4 clauses')
    expect(acceptedTexts(documentXmlOf(new Uint8Array(readFileSync(at('process.docx')))))).toEqual(expect.arrayContaining(DRAFT_TEXTS))
  }, 130_000)
})

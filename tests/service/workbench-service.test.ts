/** The service every host serves: batches, duplicates, lookups and removal. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportFile } from '../../src/shared/api'
import { WorkbenchError } from '../../src/shared/errors'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { fixturePath, repoRoot } from '../support/paths'

const fileOf = (name: string, content: string | Buffer): ImportFile => ({
  name,
  dataBase64: Buffer.from(content).toString('base64'),
})
const policy = readFileSync(fixturePath('policies', 'open-council-social-media.txt'))
const service = (): WorkbenchService => new WorkbenchService({ host: 'test', now: () => new Date('2026-03-12T09:00:00Z') })

describe('WorkbenchService', () => {
  it('describes itself', async () => {
    const info = await service().getAppInfo()
    expect(info).toMatchObject({ name: 'Policy Workbench', host: 'test' })
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(info.formats.filter((f) => f.importable).map((f) => f.format)).toEqual(['docx', 'pdf', 'html', 'md', 'txt', 'odt'])
  })

  it('imports the good files of a batch and reports each bad one by name', async () => {
    const s = service()
    const report = await s.importFiles({
      files: [
        fileOf('riverside.txt', policy),
        fileOf('empty.txt', ''),
        fileOf('minutes.docx', 'not a zip'),
        fileOf('guidance.md', '# Guidance\n\nBe polite online.\n'),
      ],
    })
    expect(report.results.map((r) => [r.file, r.ok])).toEqual([
      ['riverside.txt', true],
      ['empty.txt', false],
      ['minutes.docx', false],
      ['guidance.md', true],
    ])
    const failed = report.results.filter((r) => !r.ok)
    for (const r of failed) if (!r.ok) expect(r.error.file).toBe(r.file)
    const sources = await s.listSources()
    expect(sources.map((x) => x.origin).sort()).toEqual(['guidance.md', 'riverside.txt'])
    const riverside = sources.find((x) => x.origin === 'riverside.txt')!
    expect(riverside.title).toBe("Riverside Borough Council: Using Social Media at Work")
    expect(riverside.importedAt).toBe('2026-03-12T09:00:00.000Z')
    const full = await s.getSource({ id: riverside.id })
    expect(full.clauses).toHaveLength(riverside.clauseCount)
    expect(full.clauses.find((c) => c.label === '4.1')?.section).toEqual([
      'Riverside Borough Council: Using Social Media at Work',
      '4. Elections',
    ])
  })

  it('recognises the same bytes imported again, under any name', async () => {
    const s = service()
    const [first] = (await s.importFiles({ files: [fileOf('a.txt', policy)] })).results
    const [second] = (await s.importFiles({ files: [fileOf('copy of a.txt', policy)] })).results
    expect(first).toMatchObject({ ok: true, duplicate: false })
    expect(second).toMatchObject({ ok: true, duplicate: true })
    expect(await s.listSources()).toHaveLength(1)
  })

  it('says when a source is not in the library, and removes one that is', async () => {
    const s = service()
    const missing = 'f'.repeat(64)
    await expect(s.getSource({ id: missing })).rejects.toBeInstanceOf(WorkbenchError)
    await expect(s.getSource({ id: missing })).rejects.toMatchObject({ code: 'not-found' })
    const [result] = (await s.importFiles({ files: [fileOf('a.txt', policy)] })).results
    if (!result?.ok) throw new Error('import failed')
    expect(await s.removeSource({ id: result.source.id })).toEqual({ removed: true })
    expect(await s.removeSource({ id: result.source.id })).toEqual({ removed: false })
    expect(await s.listSources()).toEqual([])
  })
})

describe('search through the service', () => {
  it('finds clauses of imported sources and forgets removed ones', async () => {
    const s = service()
    const [result] = (await s.importFiles({ files: [fileOf('a.txt', policy)] })).results
    if (!result?.ok) throw new Error('import failed')
    const hits = await s.search({ query: 'pre-election' })
    expect(hits.map((h) => h.label)).toEqual(['4.1'])
    expect(hits[0]).toMatchObject({ sourceId: result.source.id, sourceTitle: 'Riverside Borough Council: Using Social Media at Work' })
    await s.removeSource({ id: result.source.id })
    expect(await s.search({ query: 'pre-election' })).toEqual([])
  })
})

describe('comparing through the service', () => {
  const corpusFile = (name: string): ImportFile => fileOf(name, readFileSync(path.join(repoRoot, 'corpus', name)))
  let s: WorkbenchService
  let ids: Record<string, string>

  beforeAll(async () => {
    s = service()
    const names = ['riverside-social-media-policy-v0.3.docx', 'riverside-social-media-policy-v1.0.pdf', 'wealdham-social-media-guidance.odt']
    const report = await s.importFiles({ files: names.map(corpusFile) })
    ids = Object.fromEntries(report.results.map((r) => [r.file, r.ok ? r.source.id : '']))
  }, 30_000)

  it('compares two sources', async () => {
    const c = await s.compare({ a: ids['riverside-social-media-policy-v0.3.docx']!, b: ids['riverside-social-media-policy-v1.0.pdf']! })
    expect(c.a.origin).toBe('riverside-social-media-policy-v0.3.docx')
    expect(c.counts.split).toBe(1)
    expect(c.counts.merged).toBe(1)
    await expect(s.compare({ a: ids['riverside-social-media-policy-v0.3.docx']!, b: 'e'.repeat(64) })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('gives families and coverage for the library or a chosen part of it', async () => {
    const all = await s.families({})
    expect(all.length).toBeGreaterThan(5)
    for (const f of all) expect(new Set(f.members.map((m) => m.sourceId)).size).toBeGreaterThan(1)
    const two = await s.coverage({ sourceIds: [ids['riverside-social-media-policy-v0.3.docx']!, ids['riverside-social-media-policy-v1.0.pdf']!] })
    expect(two.sources).toHaveLength(2)
    expect((await s.coverage({})).sources).toHaveLength(3)
  })

  it('leaves the families out of coverage when asked (the heat map draws topics only), topics and topic gaps the same', async () => {
    for (const req of [{}, { sourceIds: [ids['riverside-social-media-policy-v0.3.docx']!, ids['riverside-social-media-policy-v1.0.pdf']!] }]) {
      const full = await s.coverage(req)
      const lean = await s.coverage({ ...req, withFamilies: false })
      expect(full.families.length).toBeGreaterThan(0)
      expect(lean.families).toEqual([])
      expect(lean.sources).toEqual(full.sources)
      expect(lean.topics).toEqual(full.topics)
      for (const source of full.sources) expect(lean.gaps[source.id]).toEqual({ topics: full.gaps[source.id]!.topics, families: [] })
      expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(full).length)
    }
  })

  it('finds similar clauses in the other sources, and checks a source', async () => {
    const v10 = await s.getSource({ id: ids['riverside-social-media-policy-v1.0.pdf']! })
    const clause = v10.clauses.find((c) => c.label === '5.2')!
    const hits = await s.similar({ clauseId: clause.id })
    expect(hits[0]).toMatchObject({ sourceId: ids['riverside-social-media-policy-v0.3.docx'], clause: { label: '4.4' } })
    expect(hits.every((h) => h.sourceId !== v10.id)).toBe(true)
    await expect(s.similar({ clauseId: 'ffffffffffffffff.1' })).rejects.toMatchObject({ code: 'not-found' })
    const check = await s.checkSource({ id: v10.id })
    expect(Array.isArray(check.repeats) && Array.isArray(check.conflicts)).toBe(true)
  })
})

describe('drafts through the service, kept in a workspace file', () => {
  it('applies actions, undoes and redoes them, saves versions, and keeps everything after reopening', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { Workspace } = await import('../../src/main/workspace')
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-drafts-'))
    const file = path.join(dir, 'ws.sqlite')
    try {
      const s = new WorkbenchService({ host: 'test', workspace: Workspace.open(file, { create: true }) })
      const [imported] = (await s.importFiles({ files: [fileOf('a.txt', policy)] })).results
      if (!imported?.ok) throw new Error('import failed')
      const source = await s.getSource({ id: imported.source.id })
      const clause = source.clauses.find((c) => c.label === '4.1')!
      let state = await s.createDraft({ title: 'Our policy' })
      const id = state.draft.id
      const sectionId = state.draft.sections[0]!.id
      state = await s.applyDraftAction({
        id,
        action: { type: 'add-source-clause', at: { sectionId, index: 0 }, source: { sourceId: source.id, sourceTitle: source.title, clauseId: clause.id, label: clause.label, text: clause.text } },
      })
      const draftClause = state.draft.sections[0]!.clauses[0]!
      expect(draftClause.origin).toMatchObject({ clauseId: clause.id, label: '4.1', originalText: clause.text })
      state = await s.applyDraftAction({ id, action: { type: 'edit-clause', clauseId: draftClause.id, text: 'During an election, post nothing political.' } })
      expect(state.canUndo).toBe(true)
      const version = await s.saveDraftVersion({ id, name: '0.1', note: 'to the team' })
      expect(version).toMatchObject({ name: '0.1', note: 'to the team', clauseCount: 1 })
      state = await s.undoDraft({ id })
      expect(state.draft.sections[0]!.clauses[0]!.text).toBe(clause.text)
      state = await s.redoDraft({ id })
      expect(state.draft.sections[0]!.clauses[0]!.text).toBe('During an election, post nothing political.')
      const cmp = await s.compareDraftVersions({ draftId: id, a: version.id, b: 'current' })
      expect(cmp.counts.same).toBe(1)
      const exported = await s.saveDraftFile({ id })
      expect(exported.fileName).toBe('Our-policy.pwdraft.json')
      s.workspace.close()

      // Reopen: the last state is there, with its version, and a file opens as a new draft.
      const again = new WorkbenchService({ host: 'test', workspace: Workspace.open(file) })
      expect((await again.listDrafts()).map((d) => d.title)).toEqual(['Our policy'])
      expect((await again.getDraft({ id })).draft.sections[0]!.clauses[0]!.text).toBe('During an election, post nothing political.')
      expect((await again.listDraftVersions({ id })).map((v) => v.name)).toEqual(['0.1'])
      const opened = await again.openDraftFile(exported)
      expect(opened.draft.id).not.toBe(id)
      expect((await again.listDraftVersions({ id: opened.draft.id })).map((v) => v.name)).toEqual(['0.1'])
      const withDraft = await again.coverage({ draftId: id })
      expect(withDraft.sources.map((x) => x.title)).toContain('Your draft: Our policy')
      const draftColumn = withDraft.sources.find((x) => x.title === 'Your draft: Our policy')!
      expect(withDraft.topics.find((t) => t.topic === 'elections')!.bySource[draftColumn.id]).toHaveLength(1)
      expect((await again.checkDraft({ id })).conflicts).toEqual([])
      const restored = await again.restoreDraftVersion({ versionId: version.id })
      expect(restored.undoLabel).toContain('restore version 0.1')
      await expect(again.openDraftFile({ fileName: 'x.json', text: '{"format":"something-else"}' })).rejects.toMatchObject({ file: 'x.json' })
      again.workspace.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('recognises a new version of a file by its name and keeps both', async () => {
    const s = service()
    const first = (await s.importFiles({ files: [fileOf('policy.txt', 'Policy\n\n1. Staff must be polite online.\n')] })).results[0]!
    const second = (await s.importFiles({ files: [fileOf('policy.txt', 'Policy\n\n1. Staff must be polite and honest online.\n')] })).results[0]!
    expect(second).toMatchObject({ ok: true, duplicate: false, replaces: { origin: 'policy.txt' } })
    expect(first.ok && second.ok && second.replaces?.id === first.source.id).toBe(true)
    expect(await s.listSources()).toHaveLength(2)
    const updated = await s.updateSource({ id: (second as { source: { id: string } }).source.id, title: 'Our policy 2012', kind: 'council-policy', organisation: 'Anytown' })
    expect(updated).toMatchObject({ title: 'Our policy 2012', kind: 'council-policy', organisation: 'Anytown' })
  })
})

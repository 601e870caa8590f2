/** The service every host serves: batches, duplicates, lookups and removal. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportFile } from '../../src/shared/api'
import { WorkbenchError } from '../../src/shared/errors'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { fixturePath, repoRoot } from '../support/paths'

const file = (name: string, content: string | Buffer): ImportFile => ({
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
        file('riverside.txt', policy),
        file('empty.txt', ''),
        file('minutes.docx', 'not a zip'),
        file('guidance.md', '# Guidance\n\nBe polite online.\n'),
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
    const [first] = (await s.importFiles({ files: [file('a.txt', policy)] })).results
    const [second] = (await s.importFiles({ files: [file('copy of a.txt', policy)] })).results
    expect(first).toMatchObject({ ok: true, duplicate: false })
    expect(second).toMatchObject({ ok: true, duplicate: true })
    expect(await s.listSources()).toHaveLength(1)
  })

  it('says when a source is not in the library, and removes one that is', async () => {
    const s = service()
    const missing = 'f'.repeat(64)
    await expect(s.getSource({ id: missing })).rejects.toBeInstanceOf(WorkbenchError)
    await expect(s.getSource({ id: missing })).rejects.toMatchObject({ code: 'not-found' })
    const [result] = (await s.importFiles({ files: [file('a.txt', policy)] })).results
    if (!result?.ok) throw new Error('import failed')
    expect(await s.removeSource({ id: result.source.id })).toEqual({ removed: true })
    expect(await s.removeSource({ id: result.source.id })).toEqual({ removed: false })
    expect(await s.listSources()).toEqual([])
  })
})

describe('search through the service', () => {
  it('finds clauses of imported sources and forgets removed ones', async () => {
    const s = service()
    const [result] = (await s.importFiles({ files: [file('a.txt', policy)] })).results
    if (!result?.ok) throw new Error('import failed')
    const hits = await s.search({ query: 'pre-election' })
    expect(hits.map((h) => h.label)).toEqual(['4.1'])
    expect(hits[0]).toMatchObject({ sourceId: result.source.id, sourceTitle: 'Riverside Borough Council: Using Social Media at Work' })
    await s.removeSource({ id: result.source.id })
    expect(await s.search({ query: 'pre-election' })).toEqual([])
  })
})

describe('comparing through the service', () => {
  const corpusFile = (name: string): ImportFile => file(name, readFileSync(path.join(repoRoot, 'corpus', name)))
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

describe('import time limit', () => {
  it('reports a file that takes too long as failed, by name, without waiting for it', async () => {
    const { withinTimeLimit } = await import('../../src/main/service/time-limit')
    const never = new Promise<never>(() => {})
    await expect(withinTimeLimit(never, 'slow.pdf', 20)).rejects.toMatchObject({ code: 'damaged-file', file: 'slow.pdf' })
    await expect(withinTimeLimit(Promise.resolve(7), 'quick.txt', 1000)).resolves.toBe(7)
  })
})

/**
 * The checks (of a source and of a draft) score repeats with the library's word statistics.
 * They read the library through the library's cache, once per change of the library, not
 * every source from the database on every check.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { LibraryAnalysis } from '../../src/main/service/library-analysis'
import { fixturePath } from '../support/paths'
import { testSource } from '../support/sources'

const policy = readFileSync(fixturePath('policies', 'open-council-social-media.txt'))
const file = (name: string, text: Buffer | string) => ({ name, dataBase64: Buffer.from(text).toString('base64') })

describe('the checks reuse the library read', () => {
  it('a second check does not read all sources again; an import or a removal makes the next one read once', async () => {
    const s = new WorkbenchService({ host: 'test', now: () => new Date('2026-03-12T09:00:00Z') })
    const [first] = (await s.importFiles({ files: [file('open.txt', policy)] })).results
    if (!first?.ok) throw new Error('fixture did not import')
    const reads = vi.spyOn(s.workspace, 'allSources')
    const draft = await s.createDraft({ title: 'Ours' })

    const check = await s.checkSource({ id: first.source.id })
    expect(reads).toHaveBeenCalledTimes(1)
    expect(await s.checkSource({ id: first.source.id })).toEqual(check)
    await s.checkDraft({ id: draft.draft.id })
    expect(reads).toHaveBeenCalledTimes(1)

    const [second] = (await s.importFiles({ files: [file('short.txt', 'Staff must not share passwords.\n\nStaff may use social media at lunch.')] })).results
    if (!second?.ok) throw new Error('second file did not import')
    await s.checkSource({ id: first.source.id })
    await s.checkDraft({ id: draft.draft.id })
    expect(reads).toHaveBeenCalledTimes(2)

    await s.removeSource({ id: second.source.id })
    await s.checkSource({ id: first.source.id })
    expect(reads).toHaveBeenCalledTimes(3)
  })
})

describe('prepared clauses for comparisons', () => {
  it('are made once per source and version of the library, and again after a change', () => {
    let version = 1
    const source = testSource('s1', [{ id: 's1.0', sourceId: 's1', section: [], label: '1.', level: 1, text: 'Staff must not share passwords.', inline: 'Staff must not share passwords.', topics: [] }])
    const analysis = new LibraryAnalysis(() => [source], () => version)
    const first = analysis.preparedClauses(source.id, source)
    expect(first.map((p) => p.identity)).toEqual(['Staff must not share passwords.'])
    expect(first[0]!.terms.length).toBeGreaterThan(2)
    expect(analysis.preparedClauses(source.id, source)).toBe(first)
    version = 2
    const again = analysis.preparedClauses(source.id, source)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})

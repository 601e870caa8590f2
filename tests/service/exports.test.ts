/** The service's exports: the draft, its versions and the base loaded, the file handed back as base64. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { WorkbenchError } from '../../src/shared/errors'
import { importFile } from '../../src/shared/import/import-file'
import { policyClauses } from '../../src/shared/model-clauses'
import { acceptedTexts, documentXmlOf, rejectedTexts } from '../export/support/revisions'
import { repoRoot } from '../support/paths'

const service = (): WorkbenchService => new WorkbenchService({ host: 'test', now: () => new Date('2026-03-12T09:00:00Z') })
const bytesOf = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'))

async function draftWithVersion(s: WorkbenchService): Promise<{ id: string; sectionId: string }> {
  const view = await s.createDraft({ title: 'Staff social media policy' })
  const id = view.draft.id
  const sectionId = view.draft.sections[0]!.id
  await s.applyDraftAction({ id, action: { type: 'batch', actions: [
    { type: 'rename-section', sectionId, heading: 'Your own accounts' },
    { type: 'add-clause', id: 'k1', at: { sectionId, index: 0 }, text: 'Be polite online.' },
    { type: 'add-clause', id: 'k2', at: { sectionId, index: 1 }, text: 'Do not post about elections.' },
  ] } })
  await s.saveDraftVersion({ id, name: '1.0', note: 'Approved' })
  await s.applyDraftAction({ id, action: { type: 'batch', actions: [
    { type: 'edit-clause', clauseId: 'k1', text: 'Be polite and kind online.' },
    { type: 'add-clause', id: 'k3', at: { sectionId, index: 2 }, text: 'Report abuse to your manager.' },
  ] } })
  return { id, sectionId }
}

describe('WorkbenchService exports', () => {
  it('exports a draft to Word, named after it, with a summary', async () => {
    const s = service()
    const { id } = await draftWithVersion(s)
    const file = await s.exportDraft({ draftId: id, options: { date: '2026-03-12' } })
    expect(file).toMatchObject({ fileName: 'Staff-social-media-policy.docx', summary: 'Word document, 3 clauses' })
    const texts = acceptedTexts(documentXmlOf(bytesOf(file.dataBase64)))
    expect(texts).toContain('Report abuse to your manager.')
    // The named version is in the document control table.
    expect(texts).toContain('Approved')
  })

  it('exports tracked changes against a version found by name or by id', async () => {
    const s = service()
    const { id } = await draftWithVersion(s)
    const byName = await s.exportDraft({ draftId: id, options: { against: { version: '1.0' }, date: '2026-03-12' } })
    expect(byName.summary).toBe('Word document, 3 clauses, tracked against version 1.0: 1 new, 1 changed, 0 removed')
    const xml = documentXmlOf(bytesOf(byName.dataBase64))
    expect(acceptedTexts(xml)).toEqual(expect.arrayContaining(['Be polite and kind online.', 'Report abuse to your manager.']))
    expect(rejectedTexts(xml)).toContain('Be polite online.')
    expect(rejectedTexts(xml)).not.toContain('Report abuse to your manager.')
    const [version] = await s.listDraftVersions({ id })
    const byId = await s.exportDraft({ draftId: id, options: { against: { version: version!.id }, date: '2026-03-12' } })
    expect(byId.dataBase64).toBe(byName.dataBase64)
    await expect(s.exportDraft({ draftId: id, options: { against: { version: '2.0' } } })).rejects.toThrow('The draft has no version called "2.0" (its versions: 1.0).')
  })

  it('exports tracked changes against a library source', async () => {
    const s = service()
    const text = readFileSync(path.join(repoRoot, 'corpus', 'src', 'riverside-social-media-policy-v1.0.md'))
    const [imported] = (await s.importFiles({ files: [{ name: 'riverside.md', dataBase64: text.toString('base64') }] })).results
    if (!imported?.ok) throw new Error('import failed')
    const { id } = await draftWithVersion(s)
    const file = await s.exportDraft({ draftId: id, options: { against: { sourceId: imported.source.id }, date: '2026-03-12' } })
    expect(file.summary).toMatch(/^Word document, 3 clauses, tracked against .*Riverside.*: \d+ new, \d+ changed, \d+ removed$/)
    const source = await importFile({ name: 'riverside.md', bytes: new Uint8Array(text), importedAt: '2026-01-01T00:00:00Z' })
    const rejected = rejectedTexts(documentXmlOf(bytesOf(file.dataBase64)))
    // Reject All gives the base's policy text; its document control is not text the draft revises.
    for (const clause of policyClauses(source).slice(0, 5)) expect(rejected).toContain(clause.text)
    for (const clause of source.clauses.filter((c) => c.role === 'front-matter')) expect(rejected).not.toContain(clause.text)
  })

  it('exports Markdown and HTML, reads the template from base64, and refuses what cannot be', async () => {
    const s = service()
    const { id } = await draftWithVersion(s)
    const md = await s.exportDraft({ draftId: id, options: { format: 'md' } })
    expect(md.fileName).toBe('Staff-social-media-policy.md')
    expect(Buffer.from(md.dataBase64, 'base64').toString('utf8')).toContain('1.3 Report abuse to your manager.')
    await expect(s.exportDraft({ draftId: id, options: { format: 'html', against: { version: '1.0' } } })).rejects.toThrow('can only go in a Word document')
    await expect(s.exportDraft({ draftId: id, options: { referenceBase64: Buffer.from('not a docx').toString('base64') } })).rejects.toBeInstanceOf(WorkbenchError)
    await expect(s.exportDraft({ draftId: 'nope', options: {} })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('answers the comparison report as a Word file', async () => {
    const s = service()
    const text = readFileSync(path.join(repoRoot, 'corpus', 'src', 'riverside-social-media-policy-v1.0.md')).toString('base64')
    const [a] = (await s.importFiles({ files: [{ name: 'a.md', dataBase64: text }] })).results
    if (!a?.ok) throw new Error('import failed')
    const report = await s.exportComparison({ a: a.source.id, b: a.source.id })
    expect(report.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(report.summary).toMatch(/^Comparison report, \d+ rows, 0 with differences$/)
  })
})

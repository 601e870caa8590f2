/** The export entry point: format, name, media type, the summary line, and clear refusals. */
import { describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { applyDraftAction, draftAsSource } from '../../src/shared/draft'
import { exportComparisonReport, exportDraftDocument } from '../../src/shared/export/entry'
import { exportFileName } from '../../src/shared/export/file-name'
import type { DraftVersion } from '../../src/shared/model'
import { fixedContext, policyDraft } from './support/drafts'
import { FIXED } from './support/exports'
import { documentXmlOf } from './support/revisions'

const draft = policyDraft()
const version: DraftVersion = { id: 'v1', draftId: draft.id, name: '0.2', note: 'For HR', createdAt: '2026-02-01T10:00:00Z', draft }

describe('exportDraftDocument', () => {
  it('writes a Word document named after the draft, and says what it holds', async () => {
    const out = await exportDraftDocument({ draft, versions: [version], options: FIXED, format: 'docx' })
    expect(out.fileName).toBe('Staff-social-media-policy.docx')
    expect(out.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(out.summary).toBe('Word document, 7 clauses')
    expect(documentXmlOf(out.bytes)).toContain('Ask the elections team if unsure.')
    // The version history lists the named version.
    expect(documentXmlOf(out.bytes)).toContain('For HR')
  })

  it('writes tracked changes against a version, counting them in the summary', async () => {
    const edited = applyDraftAction(draft, { type: 'batch', actions: [
      { type: 'edit-clause', clauseId: 'c1', text: 'Do not share anything you learnt at work.' },
      { type: 'remove-clause', clauseId: 'c6' },
      { type: 'add-clause', at: { sectionId: 's2', index: 0 }, text: 'A new clause.' },
      { type: 'move-clause', clauseId: 'c4', to: { sectionId: 's2', index: 3 } },
    ] }, fixedContext())
    const out = await exportDraftDocument({ draft: edited, versions: [version], options: FIXED, format: 'docx', base: { name: '0.2', draft } })
    expect(out.fileName).toBe('Staff-social-media-policy-tracked.docx')
    expect(out.summary).toBe('Word document, 7 clauses, tracked against version 0.2: 1 new, 1 changed, 1 removed, 1 moved')
    expect(documentXmlOf(out.bytes)).toContain('<w:moveTo ')
  })

  it('writes Markdown and HTML pages, with the appendix when asked', async () => {
    const md = await exportDraftDocument({ draft, versions: [], options: { provenance: 'appendix' }, format: 'md' })
    expect([md.fileName, md.mediaType, md.summary]).toEqual(['Staff-social-media-policy.md', 'text/markdown; charset=utf-8', 'Markdown page, 7 clauses'])
    expect(new TextDecoder().decode(md.bytes)).toContain('## Appendix: where each clause came from')
    const html = await exportDraftDocument({ draft, versions: [], options: {}, format: 'html' })
    expect([html.fileName, html.mediaType]).toEqual(['Staff-social-media-policy.html', 'text/html; charset=utf-8'])
    expect(new TextDecoder().decode(html.bytes)).toMatch(/^<!DOCTYPE html>/)
  })

  it('refuses Word-only choices for a page, naming them', async () => {
    await expect(exportDraftDocument({ draft, versions: [], options: {}, format: 'md', base: { name: '0.2', draft } })).rejects.toThrow('Tracked changes can only go in a Word document: choose Word (.docx), or leave it out.')
    await expect(exportDraftDocument({ draft, versions: [], options: { provenance: 'comments', tableOfContents: true }, format: 'html', pack: true })).rejects.toThrow(
      'A committee pack, sources as comments, a table of contents can only go in a Word document',
    )
    await expect(exportDraftDocument({ draft, versions: [], options: { numbering: 'roman' as never }, format: 'docx' })).rejects.toMatchObject({ code: 'invalid-request' })
  })

  it('writes a committee pack: cover report, the clean policy and, with a base, the tracked one', async () => {
    const edited = applyDraftAction(draft, { type: 'edit-clause', clauseId: 'c1', text: 'Do not share anything you learnt at work.' }, fixedContext())
    const out = await exportDraftDocument({ draft: edited, versions: [version], options: FIXED, format: 'docx', pack: true, base: { name: '0.2', draft } })
    expect(out.fileName).toBe('Staff-social-media-policy-committee-pack.docx')
    expect(out.summary).toMatch(/^Committee pack: Word document, 7 clauses, tracked against version 0\.2: 0 new, 1 changed, 0 removed$/)
    const xml = documentXmlOf(out.bytes)
    expect(xml).toContain('Appendix A')
    expect(xml).toContain('Appendix B')
    expect(xml).toContain('<w:del ')
    // Without a base: the cover report and the clean policy only.
    const alone = await exportDraftDocument({ draft, versions: [], options: FIXED, format: 'docx', pack: true })
    expect(documentXmlOf(alone.bytes)).toContain('Appendix A')
    expect(documentXmlOf(alone.bytes)).not.toContain('Appendix B')
  })

  it('writes the comparison report of two sources, dated without the clock', async () => {
    const a = draftAsSource(draft)
    const b = draftAsSource(applyDraftAction(draft, { type: 'edit-clause', clauseId: 'c1', text: 'Do not share anything you learnt at work.' }, fixedContext()))
    const out = await exportComparisonReport({ ...a, importedAt: '2026-03-01T09:00:00Z' }, { ...b, importedAt: '2026-03-02T09:00:00Z' }, compareSources(a, b))
    expect(out.fileName).toMatch(/^Comparison-.*\.docx$/)
    expect(out.summary).toMatch(/^Comparison report, \d+ rows, 1 with differences$/)
    const xml = documentXmlOf(out.bytes)
    expect(xml).toContain('Clause of A')
    expect(xml).toContain('2 March 2026')
  })
})

describe('exportFileName', () => {
  it('keeps letters and digits of any script, and never gives a path or a hidden file', () => {
    expect(exportFileName('Social media: staff/volunteers (v2)', 'docx')).toBe('Social-media-staff-volunteers-v2.docx')
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md')
    expect(exportFileName('Polisi cyfryngau cymdeithasol – Cyngor Môn', 'html')).toBe('Polisi-cyfryngau-cymdeithasol-Cyngor-Môn.html')
    expect(exportFileName('   ', 'docx', 'tracked')).toBe('policy-tracked.docx')
  })
})

/**
 * Lines written as table rows with no table around them (markdown/pipe-lines.ts): in a
 * Markdown paragraph (no "---|---" line, so GFM makes no table) or an HTML paragraph broken by
 * <br>, each line is a row, so a document-control block written that way is read as one.
 */
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const load = (name: string, text: string): Promise<SourceDocument> => importFile({ name, bytes: encode(text), importedAt: '2026-12-02T00:00:00Z' })
const rows = (doc: SourceDocument): [string | undefined, string][] => doc.clauses.map((c) => [c.role, c.text])

const CLAUSES = '## 1. Where smoking is not allowed\n\n1.1 Smoking and vaping are not allowed in any council building or vehicle.\n\n1.2 Staff who smoke must do so away from entrances and windows.\n'

describe('lines written as table rows', () => {
  it('in Markdown under YAML front matter: a document-control block, read into the details', async () => {
    const md = `---\ntitle: Smoke-free Workplace Policy\n---\n\n# Smoke-free Workplace Policy\n\nVersion | 2.1\nOwner | Health and Safety Team\nApproved by | Corporate Management Team\nReview date | April 2026\n\n${CLAUSES}`
    const doc = await load('smoke-free.md', md)
    expect(doc.documentControl).toEqual({ version: '2.1', owner: 'Health and Safety Team', approver: 'Corporate Management Team', reviewDate: 'April 2026' })
    expect(rows(doc).slice(0, 4)).toEqual([
      ['front-matter', 'Version | 2.1'],
      ['front-matter', 'Owner | Health and Safety Team'],
      ['front-matter', 'Approved by | Corporate Management Team'],
      ['front-matter', 'Review date | April 2026'],
    ])
    expect(doc.clauses.filter((c) => !c.role).map((c) => c.label)).toEqual(['1.1', '1.2'])
  })

  it('in HTML, lines broken by <br>: the same block', async () => {
    const html = `<html><body><h1>Smoke-free Workplace Policy</h1><p>Version | 2.1<br>Owner | Health and Safety Team<br>Review date | April 2026</p><h2>1. Where smoking is not allowed</h2><p>1.1 Smoking and vaping are not allowed in any council building or vehicle.</p></body></html>`
    const doc = await load('smoke-free.html', html)
    expect(doc.documentControl).toEqual({ version: '2.1', owner: 'Health and Safety Team', reviewDate: 'April 2026' })
    expect(doc.clauses.filter((c) => !c.role).map((c) => c.text)).toEqual(['Smoking and vaping are not allowed in any council building or vehicle.'])
  })

  it('a summary table written as lines: one clause a row, its header row marked', async () => {
    const md = `# Who to ask\n\nQuestion | Who answers it\nCan I post about my job? | Your manager, before you post anything\nSomeone is abusing me online | Your manager and the HR advice line\n\n${CLAUSES}`
    const doc = await load('who.md', md)
    expect(rows(doc).slice(0, 3)).toEqual([
      ['table-header', 'Question | Who answers it'],
      [undefined, 'Can I post about my job? | Your manager, before you post anything'],
      [undefined, 'Someone is abusing me online | Your manager and the HR advice line'],
    ])
  })

  it('not a paragraph with one line of cells, a pipe in prose, or a line with an empty cell', async () => {
    const md = `# Policy\n\nStaff | managers and agency workers are all covered.\nThis sentence carries on the paragraph with no pipe in it.\n\nVersion | 2.1\nOwner |\n\n${CLAUSES}`
    const doc = await load('prose.md', md)
    expect(doc.clauses[0]!.text).toBe('Staff | managers and agency workers are all covered. This sentence carries on the paragraph with no pipe in it.')
    expect(doc.clauses[1]!.text).toBe('Version | 2.1 Owner |')
  })
})

/** A source's front matter survives the workspace: clause roles, document control and history. */
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import { importFile } from '../../src/shared/import/import-file'
import { policyClauses } from '../../src/shared/model-clauses'

const markdown = [
  '---',
  'title: Staff social media policy',
  'version: 1.2',
  '---',
  '',
  '| Version | Date | Changes |',
  '|---|---|---|',
  '| 1.1 | 3 March 2025 | First issue |',
  '| 1.2 | 9 June 2025 | Elections added |',
  '',
  '## Rules',
  '',
  '- Staff must not share passwords for council accounts.',
  '- Staff must report abusive messages to their manager.',
].join('\n')

describe('front matter in the workspace', () => {
  it('keeps clause roles, document control and history through store and read', async () => {
    const bytes = new TextEncoder().encode(markdown)
    const source = await importFile({ name: 'policy.md', bytes, importedAt: '2026-01-01T00:00:00.000Z' })
    expect(source.clauses.filter((c) => c.role === 'front-matter')).toHaveLength(3)
    const ws = Workspace.inMemory()
    ws.addSource(bytes, source)
    const stored = ws.getSource(source.id)!
    expect(stored.clauses).toEqual(source.clauses)
    expect(stored.documentControl).toEqual({ version: '1.2' })
    expect(stored.history).toEqual([
      { version: '1.1', date: '3 March 2025', change: 'First issue' },
      { version: '1.2', date: '9 June 2025', change: 'Elections added' },
    ])
    expect(policyClauses(stored).map((c) => c.text)).toEqual([
      'Staff must not share passwords for council accounts.',
      'Staff must report abusive messages to their manager.',
    ])
    ws.close()
  })
})

/**
 * The draft as a source: compared with the policy it borrowed from, verbatim clauses are
 * 'same', adapted ones 'changed', new ones only in the draft and unused ones only in the
 * source; checked as a document, its repeats are named by the draft's own numbers.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources } from '../../src/shared/compare/align'
import { checkDocument } from '../../src/shared/compare/library'
import { applyDraftAction, createDraft, draftAsSource, type SimpleDraftAction } from '../../src/shared/draft'
import { importFile } from '../../src/shared/import/import-file'
import type { Draft, SourceDocument } from '../../src/shared/model'
import { policyClauses } from '../../src/shared/model-clauses'
import { repoRoot } from '../support/paths'
import { testContext } from './support'

let source: SourceDocument
let draft: Draft
const label = (l: string) => source.clauses.find((c) => c.label === l)!

beforeAll(async () => {
  const name = 'northmoor-social-media-policy.md'
  source = await importFile({ name, bytes: readFileSync(`${repoRoot}corpus/${name}`), importedAt: '2025-03-01T09:00:00.000Z' })
  const ctx = testContext()
  const start = createDraft(ctx, { title: 'Eastbrook social media policy', organisation: 'Eastbrook Borough Council', approvedOn: '2025-05-01' })
  const s1 = start.sections[0]!.id
  const take = (l: string, id: string, index: number, sectionId = s1): SimpleDraftAction => {
    const c = label(l)
    return { type: 'add-source-clause', id, at: { sectionId, index }, source: { sourceId: source.id, sourceTitle: source.title, clauseId: c.id, label: c.label, text: c.text } }
  }
  draft = applyDraftAction(
    start,
    {
      type: 'batch',
      actions: [
        { type: 'rename-section', sectionId: s1, heading: 'Your own accounts' },
        take('4.1', 'v1', 0),
        take('4.2', 'a1', 1),
        { type: 'edit-clause', clauseId: 'a1', text: label('4.2').text.replace('colleagues', 'colleagues, partners') },
        take('4.3', 'v2', 2),
        { type: 'add-clause', id: 'n1', at: { sectionId: s1, index: 3 }, text: 'Staff must report any breach of this policy to the Monitoring Officer within five working days.' },
        { type: 'add-clause', id: 'blank', at: { sectionId: s1, index: 4 }, text: '   ' },
        { type: 'add-section', id: 's2', index: 1, heading: 'Elections' },
        take('5.1', 'v3', 0, 's2'),
      ],
    },
    ctx,
  )
})

describe('draftAsSource', () => {
  it('is a source of the draft: ids, labels, section trail, topics, origin "draft"', () => {
    const doc = draftAsSource(draft)
    expect(doc).toMatchObject({ id: draft.id, title: 'Eastbrook social media policy', organisation: 'Eastbrook Borough Council', kind: 'other', format: 'md', origin: 'draft', date: '2025-05-01', warnings: [] })
    expect(doc.outline).toEqual([{ level: 1, text: 'Your own accounts' }, { level: 1, text: 'Elections' }])
    expect(doc.clauses.map((c) => [c.id, c.label, c.section])).toEqual([
      ['v1', '1.1', ['Your own accounts']],
      ['a1', '1.2', ['Your own accounts']],
      ['v2', '1.3', ['Your own accounts']],
      ['n1', '1.4', ['Your own accounts']],
      ['v3', '2.1', ['Elections']],
    ])
    expect(doc.clauses.every((c) => c.sourceId === draft.id)).toBe(true)
    expect(doc.clauses.find((c) => c.id === 'v3')!.topics).toEqual(label('5.1').topics)
  })

  it('compared with its source, shows verbatim clauses as same and adapted ones as changed', () => {
    const comparison = compareSources(source, draftAsSource(draft))
    const statusOf = (id: string) => comparison.rows.find((r) => r.b.some((b) => b.id === id))!.status
    expect(['v1', 'v2', 'v3'].map(statusOf)).toEqual(['same', 'same', 'same'])
    expect(statusOf('a1')).toBe('changed')
    expect(statusOf('n1')).toBe('only-b')
    // Note: the source's document-control line is front matter, out of comparison.
    expect(comparison.counts.onlyA).toBe(policyClauses(source).length - 4)
    const changed = comparison.rows.find((r) => r.status === 'changed')!
    expect(changed.diff!.filter((d) => d.op === 'insert').map((d) => d.text)).toEqual([', partners'])
  })

  it('compared with an earlier version of itself, shows what the author changed', () => {
    const ctx = testContext('later')
    const later = applyDraftAction(draft, { type: 'edit-clause', clauseId: 'v3', text: 'During an election, council accounts post only essential service information.' }, ctx)
    const comparison = compareSources(draftAsSource(draft), draftAsSource(later))
    expect(comparison.rows.filter((r) => r.status !== 'same').map((r) => [r.status, r.a[0]?.id])).toEqual([['changed', 'v3']])
  })

  it('can be checked for repeats, named by the draft numbers', () => {
    const ctx = testContext('rep')
    const repeated = applyDraftAction(
      draft,
      { type: 'add-source-clause', at: { sectionId: 's2', index: 1 }, source: { sourceId: source.id, sourceTitle: source.title, clauseId: label('4.1').id, label: '4.1', text: label('4.1').text } },
      ctx,
    )
    const check = checkDocument(draftAsSource(repeated).clauses)
    expect(check.repeats).toHaveLength(1)
    expect(check.repeats[0]!.clauseIds[0]).toBe('v1')
    expect(check.repeats[0]!.reason).toMatch(/^Clause 2\.2 repeats clause 1\.1/)
  })
})

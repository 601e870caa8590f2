/**
 * Drafts, their named versions, and settings: saved whole, listed with their figures, removed
 * with what belongs to them.
 */
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import { makeDraft } from './helpers'

describe('Workspace drafts and versions', () => {
  it('saves, replaces, lists and removes drafts', () => {
    const ws = Workspace.inMemory()
    const a = makeDraft('a', { title: 'Staff social media policy', updatedAt: '2026-02-01T10:00:00.000Z', clauses: [['1', '2'], ['3']] })
    const b = makeDraft('b', { title: 'Guidance for councillors', updatedAt: '2026-02-03T10:00:00.000Z', clauses: [] })
    expect(ws.putDraft(a)).toEqual({ id: 'a', title: 'Staff social media policy', version: '0.1', status: 'draft', updatedAt: a.metadata.updatedAt, clauseCount: 3, versionCount: 0 })
    ws.putDraft(b)
    expect(ws.listDrafts().map((d) => [d.id, d.clauseCount])).toEqual([
      ['b', 0],
      ['a', 3],
    ])
    // Saving again replaces the draft; the newest saved comes first.
    const edited = { ...a, metadata: { ...a.metadata, status: 'consultation' as const, version: '0.2', updatedAt: '2026-02-04T09:00:00.000Z' } }
    ws.putDraft(edited)
    expect(ws.getDraft('a')).toEqual(edited)
    expect(ws.listDrafts()[0]).toMatchObject({ id: 'a', status: 'consultation', version: '0.2' })
    expect(ws.removeDraft('b')).toBe(true)
    expect(ws.removeDraft('b')).toBe(false)
    expect(ws.getDraft('b')).toBeUndefined()
    expect(ws.listDrafts().map((d) => d.id)).toEqual(['a'])
    ws.close()
  })

  it('refuses something that is not a draft', () => {
    const ws = Workspace.inMemory()
    expect(() => ws.putDraft({ id: '', metadata: {}, sections: [] } as never)).toThrow(expect.objectContaining({ code: 'invalid-request' }))
    expect(() => ws.putDraft({ id: 'x', metadata: { updatedAt: 'now' }, sections: 'no' } as never)).toThrow(/not a draft/)
    expect(ws.listDrafts()).toEqual([])
    ws.close()
  })

  it('keeps named versions as snapshots, newest first, and removes them with the draft', () => {
    let clock = Date.parse('2026-03-01T09:00:00.000Z')
    const ws = Workspace.inMemory({ now: () => new Date((clock += 60_000)) })
    const draft = makeDraft('d', { clauses: [['First wording.']] })
    ws.putDraft(draft)
    const v1 = ws.addDraftVersion({ draftId: 'd', name: ' 0.1 for comment ', note: 'To HR' })
    expect(v1).toMatchObject({ draftId: 'd', name: '0.1 for comment', note: 'To HR', createdAt: '2026-03-01T09:01:00.000Z', draft })
    // Later edits do not touch the snapshot.
    const changed = makeDraft('d', { clauses: [['Second wording.', 'Another.']], updatedAt: '2026-03-02T00:00:00.000Z' })
    ws.putDraft(changed)
    const v2 = ws.addDraftVersion({ draftId: 'd', name: '0.2' })
    expect(ws.getDraftVersion(v1.id)?.draft).toEqual(draft)
    expect(ws.getDraftVersion(v2.id)?.draft).toEqual(changed)
    expect(ws.listDraftVersions('d')).toEqual([
      { id: v2.id, draftId: 'd', name: '0.2', note: '', createdAt: '2026-03-01T09:02:00.000Z', clauseCount: 2 },
      { id: v1.id, draftId: 'd', name: '0.1 for comment', note: 'To HR', createdAt: '2026-03-01T09:01:00.000Z', clauseCount: 1 },
    ])
    expect(ws.listDrafts()[0]).toMatchObject({ clauseCount: 2, versionCount: 2 })
    // A version restored from elsewhere keeps its id and time.
    const restored = ws.addDraftVersion({ draftId: 'd', name: '0.0', id: 'kept-id', createdAt: '2025-12-01T00:00:00.000Z', draft })
    expect(ws.listDraftVersions('d').at(-1)?.id).toBe(restored.id)

    expect(() => ws.addDraftVersion({ draftId: 'd', name: '  ' })).toThrow(/needs a name/)
    expect(() => ws.addDraftVersion({ draftId: 'd', name: 'x', draft: makeDraft('other') })).toThrow(/another draft/)
    expect(() => ws.addDraftVersion({ draftId: 'missing', name: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }))

    expect(ws.removeDraftVersion(v1.id)).toBe(true)
    expect(ws.removeDraftVersion(v1.id)).toBe(false)
    expect(ws.listDraftVersions('d').map((v) => v.id)).toEqual([v2.id, 'kept-id'])
    ws.removeDraft('d')
    expect(ws.getDraftVersion(v2.id)).toBeUndefined()
    expect(ws.listDraftVersions('d')).toEqual([])
    ws.close()
  })
})

describe('Workspace settings', () => {
  it('keeps any JSON value under a key; undefined removes it', () => {
    const ws = Workspace.inMemory()
    expect(ws.getSetting('missing')).toBeUndefined()
    ws.setSetting('zoom', 1.25)
    ws.setSetting('recent', ['a.docx', 'b.pdf'])
    ws.setSetting('export', { provenance: 'comments', trackChanges: true, base: null })
    ws.setSetting('empty', '')
    ws.setSetting('zoom', 1.5)
    expect(ws.getSetting<number>('zoom')).toBe(1.5)
    expect(ws.allSettings()).toEqual({ empty: '', export: { provenance: 'comments', trackChanges: true, base: null }, recent: ['a.docx', 'b.pdf'], zoom: 1.5 })
    ws.setSetting('recent', undefined)
    expect(ws.removeSetting('empty')).toBe(true)
    expect(ws.removeSetting('empty')).toBe(false)
    expect(Object.keys(ws.allSettings())).toEqual(['export', 'zoom'])
    expect(() => ws.setSetting('', 1)).toThrow(/needs a name/)
    ws.close()
  })
})

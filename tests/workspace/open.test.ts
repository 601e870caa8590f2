/**
 * Creating, opening, closing and reopening a workspace file: everything written comes back
 * the same, and the file is what the architecture says (WAL, foreign keys, our application id).
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { summarise } from '../../src/shared/model'
import { APPLICATION_ID, LATEST_VERSION, MEMORY, Workspace, WorkspaceError } from '../../src/main/workspace'
import { corpusSource, makeDraft, makeSource, tempFolder } from './helpers'

describe('Workspace files', () => {
  it('round-trips sources, clauses, bytes, drafts, versions and settings through close and reopen', async () => {
    const file = path.join(tempFolder(), 'workspace.sqlite')
    const northmoor = await corpusSource('northmoor-social-media-policy.md')
    const eastbrook = await corpusSource('eastbrook-social-media-policy.docx', '2026-01-03T00:00:00.000Z')
    const draft = makeDraft('d1', { clauses: [['One.', 'Two.'], ['Three.']] })

    const ws = Workspace.create(file, { now: () => new Date('2026-02-02T12:00:00.000Z') })
    ws.addSource(northmoor.bytes, northmoor.source)
    ws.addSource(eastbrook.bytes, eastbrook.source)
    ws.updateSource(northmoor.source.id, { notes: 'Short and clear.' })
    ws.putDraft(draft)
    const version = ws.addDraftVersion({ draftId: 'd1', name: '0.1 for comment', note: 'Sent to HR' })
    ws.setSetting('theme', 'dark')
    ws.setSetting('export', { provenance: 'appendix', trackChanges: false })
    ws.close()
    expect(ws.isOpen).toBe(false)

    const again = Workspace.open(file)
    try {
      expect(again.listSources()).toEqual([summarise(eastbrook.source), summarise(northmoor.source)])
      expect(again.getSource(northmoor.source.id)).toEqual(northmoor.source)
      expect(again.getSource(eastbrook.source.id)).toEqual(eastbrook.source)
      // Key order too: what crosses IPC and JSON files is byte-for-byte what was imported.
      expect(JSON.stringify(again.getSource(eastbrook.source.id))).toBe(JSON.stringify(eastbrook.source))
      expect(again.sourceBytes(eastbrook.source.id)).toEqual(eastbrook.bytes)
      expect(again.sourceInfo(northmoor.source.id)).toEqual({
        id: northmoor.source.id,
        fileName: 'northmoor-social-media-policy.md',
        size: northmoor.bytes.byteLength,
        notes: 'Short and clear.',
        previousId: null,
      })
      expect(again.getDraft('d1')).toEqual(draft)
      expect(again.listDrafts()).toEqual([
        { id: 'd1', title: 'Draft d1', version: '0.1', status: 'draft', updatedAt: draft.metadata.updatedAt, clauseCount: 3, versionCount: 1 },
      ])
      expect(again.getDraftVersion(version.id)).toEqual({ ...version, createdAt: '2026-02-02T12:00:00.000Z' })
      expect(again.allSettings()).toEqual({ theme: 'dark', export: { provenance: 'appendix', trackChanges: false } })
      expect(again.schemaVersion).toBe(LATEST_VERSION)
      expect(again.check()).toEqual([])
    } finally {
      again.close()
    }
  })

  it('makes a WAL file marked as ours, with foreign keys on', () => {
    const file = path.join(tempFolder(), 'w.sqlite')
    Workspace.create(file).close()
    const db = new Database(file, { readonly: true })
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    } finally {
      db.close()
    }
    const ws = Workspace.open(file)
    try {
      // Foreign keys are on: a version of a draft that is not there cannot be written.
      expect(() => ws.addDraftVersion({ draftId: 'nope', name: 'x' })).toThrow(/not in the workspace/)
    } finally {
      ws.close()
    }
  })

  it('opens a missing file only when asked to create it, making its folder', () => {
    const dir = tempFolder()
    const file = path.join(dir, 'deep', 'er', 'workspace.sqlite')
    expect(() => Workspace.open(file)).toThrow(WorkspaceError)
    try {
      Workspace.open(file)
    } catch (error) {
      expect(error).toMatchObject({ problem: 'missing', code: 'file-missing', file })
      expect((error as Error).message).toContain(file)
    }
    expect(existsSync(file)).toBe(false)
    Workspace.open(file, { create: true }).close()
    expect(existsSync(file)).toBe(true)
    // Opening it again with create: true opens the same workspace.
    const ws = Workspace.open(file, { create: true })
    ws.setSetting('k', 1)
    ws.close()
    const again = Workspace.open(file)
    expect(again.getSetting('k')).toBe(1)
    again.close()
  })

  it('create refuses a path where a workspace already is, and a folder', () => {
    const dir = tempFolder()
    const file = path.join(dir, 'w.sqlite')
    Workspace.create(file).close()
    expect(() => Workspace.create(file)).toThrow(expect.objectContaining({ problem: 'exists' }))
    expect(() => Workspace.open(dir)).toThrow(expect.objectContaining({ problem: 'folder' }))
  })

  it('takes an empty file as a new workspace (nothing in it to lose)', () => {
    const file = path.join(tempFolder(), 'empty.sqlite')
    writeFileSync(file, '')
    const ws = Workspace.open(file)
    expect(ws.schemaVersion).toBe(LATEST_VERSION)
    expect(ws.listSources()).toEqual([])
    ws.close()
  })

  it('works in memory, for tests and the CLI without --workspace', () => {
    const a = Workspace.open(MEMORY)
    const b = Workspace.inMemory()
    const { bytes, source } = makeSource('a.txt', ['Be polite.'])
    a.addSource(bytes, source)
    expect(a.path).toBe(':memory:')
    expect(a.listSources()).toHaveLength(1)
    expect(b.listSources()).toHaveLength(0)
    a.close()
    b.close()
  })

  it('refuses to work once closed, and closing twice is harmless', () => {
    const ws = Workspace.inMemory()
    ws.close()
    ws.close()
    expect(() => ws.listSources()).toThrow(/closed/)
  })
})

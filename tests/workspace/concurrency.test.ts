/**
 * Two connections to one workspace file (a second window, or the CLI while the app is open):
 * WAL lets a reader read while a writer writes; each sees the other's commits, and the change
 * counter tells caches; a writer that cannot get the lock in time gets a plain "busy".
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src/main/workspace'
import { makeDraft, makeSource, tempFolder } from './helpers'

describe('Workspace concurrency', () => {
  it('lets two connections see each other’s commits, and readers read during a write', () => {
    const file = path.join(tempFolder(), 'shared.sqlite')
    const a = Workspace.create(file)
    const b = Workspace.open(file, { busyTimeoutMs: 200 })
    try {
      const first = makeSource('first.txt', ['Photographs need consent.'])
      const versionBefore = b.version
      a.addSource(first.bytes, first.source)
      expect(b.listSources().map((s) => s.id)).toEqual([first.source.id])
      expect(b.version).toBeGreaterThan(versionBefore)
      expect(b.searchClauses('consent')).toHaveLength(1)

      // While A holds a write transaction open, B still reads the last committed state…
      const second = makeSource('second.txt', ['Passwords stay private.'])
      a.transaction(() => {
        a.addSource(second.bytes, second.source)
        expect(a.listSources()).toHaveLength(2)
        expect(b.listSources()).toHaveLength(1)
        expect(b.getSource(first.source.id)?.clauses).toHaveLength(1)
        // …and a write from B waits, then gives up with a plain "busy" naming the file.
        expect(() => b.putDraft(makeDraft('d'))).toThrow(expect.objectContaining({ problem: 'busy', code: 'workspace-busy', file }))
      })
      expect(b.listSources()).toHaveLength(2)
      expect(b.listDrafts()).toEqual([])

      // Once A is done, B writes and A sees it.
      b.putDraft(makeDraft('d'))
      expect(a.getDraft('d')?.id).toBe('d')
    } finally {
      a.close()
      b.close()
    }
    const again = Workspace.open(file)
    expect(again.check()).toEqual([])
    expect(again.listSources()).toHaveLength(2)
    again.close()
  })

  it('lets two connections migrate the same new file without tripping over each other', () => {
    const file = path.join(tempFolder(), 'race.sqlite')
    const a = Workspace.open(file, { create: true })
    const b = Workspace.open(file, { create: true })
    expect(a.schemaVersion).toBe(b.schemaVersion)
    a.close()
    b.close()
  })
})

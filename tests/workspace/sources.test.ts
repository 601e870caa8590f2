/**
 * Sources in the workspace: all-or-nothing imports, duplicates and updates (same name, other
 * bytes), metadata edits, removal of everything a source brought, and the change counter.
 */
import { describe, expect, it } from 'vitest'
import { sourceIdOf } from '../../src/shared/import/import-file'
import { summarise, type SourceDocument } from '../../src/shared/model'
import { Workspace } from '../../src/main/workspace'
import { corpusSource, makeSource } from './helpers'

/** Row counts of every table, to show a failed action left nothing behind. */
function counts(ws: Workspace): Record<string, number> {
  const db = (ws as unknown as { db: { prepare(sql: string): { get(): unknown } } }).db
  const out: Record<string, number> = {}
  for (const table of ['files', 'sources', 'clauses', 'clauses_fts', 'drafts', 'draft_versions', 'settings']) {
    out[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  }
  return out
}

function withClauseBroken(source: SourceDocument, at: number, breakIt: (clause: Record<string, unknown>) => void): SourceDocument {
  const clauses = source.clauses.map((c) => ({ ...c }))
  breakIt(clauses[at] as unknown as Record<string, unknown>)
  return { ...source, clauses }
}

describe('Workspace sources', () => {
  it('stores a real import whole and gives it back', async () => {
    const ws = Workspace.inMemory()
    for (const name of ['castlegate-social-networking-policy.pdf', 'wealdham-social-media-guidance.odt', 'harrowfield-libraries-social-media-guidance.html']) {
      const { bytes, source } = await corpusSource(name)
      expect(ws.addSource(bytes, source)).toEqual(summarise(source))
      expect(ws.getSource(source.id)).toEqual(source)
      expect(ws.sourceBytes(source.id)).toEqual(bytes)
      expect(ws.getClause(source.clauses[3]!.id)).toEqual(source.clauses[3])
    }
    ws.close()
  })

  it('counts policy clauses only: front matter is kept with the source but not counted', async () => {
    const ws = Workspace.inMemory()
    const { bytes, source } = await corpusSource('riverside-social-media-policy-v0.3.docx')
    const policy = source.clauses.filter((c) => c.role === undefined).length
    expect(policy).toBeLessThan(source.clauses.length)
    expect(summarise(source).clauseCount).toBe(policy)
    expect(ws.addSource(bytes, source).clauseCount).toBe(policy)
    expect(ws.listSources().find((s) => s.id === source.id)?.clauseCount).toBe(policy)
    expect(ws.getSource(source.id)?.clauses).toHaveLength(source.clauses.length)
    ws.close()
  })

  it('leaves no trace of an import that fails half-way through its clauses', () => {
    const ws = Workspace.inMemory()
    const kept = makeSource('kept.txt', ['Be polite.', 'Be careful.'])
    ws.addSource(kept.bytes, kept.source)
    const before = counts(ws)
    const version = ws.version
    const { bytes, source } = makeSource('big.txt', Array.from({ length: 20 }, (_, i) => `Clause number ${i} about photographs.`))

    // SQLite refuses clause 12: its id repeats clause 3's.
    const duplicateId = withClauseBroken(source, 12, (c) => (c['id'] = source.clauses[3]!.id))
    expect(() => ws.addSource(bytes, duplicateId)).toThrow(/UNIQUE/)
    // JavaScript fails on clause 15: its topics cannot be written as JSON.
    const unwritable = withClauseBroken(source, 15, (c) => (c['topics'] = [10n]))
    expect(() => ws.addSource(bytes, unwritable)).toThrow(/BigInt/)
    // SQLite refuses clause 7: it has no text.
    const noText = withClauseBroken(source, 7, (c) => (c['text'] = null))
    expect(() => ws.addSource(bytes, noText)).toThrow(/NOT NULL/)

    expect(counts(ws)).toEqual(before)
    expect(ws.version).toBe(version)
    expect(ws.findByBytes(source.id)).toBeUndefined()
    expect(ws.sourceBytes(source.id)).toBeUndefined()
    expect(ws.searchClauses('photographs')).toEqual([])
    // The same source, whole, then imports.
    ws.addSource(bytes, source)
    expect(ws.searchClauses('photographs')).toHaveLength(20)
    ws.close()
  })

  it('rolls back a whole batch when one import of it fails', () => {
    const ws = Workspace.inMemory()
    const a = makeSource('a.txt', ['One.'])
    const b = makeSource('b.txt', ['Two.'])
    expect(() =>
      ws.transaction(() => {
        ws.addSource(a.bytes, a.source)
        ws.addSource(b.bytes, { ...b.source, clauses: [{ ...b.source.clauses[0]!, sourceId: 'someone-else' }] })
      }),
    ).toThrow(/belongs to another source/)
    expect(ws.listSources()).toEqual([])
    ws.close()
  })

  it('refuses a source whose id is not the SHA-256 of its bytes', () => {
    const ws = Workspace.inMemory()
    const { bytes, source } = makeSource('a.txt', ['One.'])
    expect(() => ws.addSource(new TextEncoder().encode('other bytes'), source)).toThrow(/does not belong to these bytes/)
    expect(ws.addSource(bytes, source).id).toBe(sourceIdOf(bytes))
    ws.close()
  })

  it('finds the same bytes imported before, and writes nothing for them again', () => {
    const ws = Workspace.inMemory()
    const { bytes, source } = makeSource('policy.txt', ['Be polite.'])
    expect(ws.findByBytes(sourceIdOf(bytes))).toBeUndefined()
    ws.addSource(bytes, source)
    const version = ws.version
    expect(ws.findByBytes(sourceIdOf(bytes))).toEqual(summarise(source))
    // Imported again (even under another name and time): the stored source, unchanged.
    const again = { ...source, origin: 'copy of policy.txt', importedAt: '2026-05-05T00:00:00.000Z' }
    expect(ws.addSource(bytes, again)).toEqual(summarise(source))
    expect(ws.listSources()).toHaveLength(1)
    expect(ws.version).toBe(version)
    ws.close()
  })

  it('offers a file of the same name with other bytes as an update, keeping both versions', () => {
    const ws = Workspace.inMemory()
    const v03 = makeSource('riverside-policy.docx', ['Draft clause.'], { importedAt: '2026-01-01T00:00:00.000Z' })
    const v10 = makeSource('riverside-policy.docx', ['Approved clause.'], { importedAt: '2026-02-01T00:00:00.000Z' })
    const v11 = makeSource('Riverside-Policy.DOCX', ['Amended clause.'], { importedAt: '2026-03-01T00:00:00.000Z' })
    expect(ws.findLatestByName('riverside-policy.docx')).toBeUndefined()
    ws.addSource(v03.bytes, v03.source)

    // Same name, other bytes: not a duplicate, but the caller offers it as an update.
    expect(ws.findByBytes(v10.source.id)).toBeUndefined()
    const earlier = ws.findLatestByName('C:\\Users\\me\\Downloads\\riverside-policy.docx')
    expect(earlier?.id).toBe(v03.source.id)
    ws.addSource(v10.bytes, v10.source, { previousId: earlier!.id })
    // Letter case does not matter; the newest import of the name is the one to update.
    expect(ws.findLatestByName('RIVERSIDE-POLICY.docx')?.id).toBe(v10.source.id)
    ws.addSource(v11.bytes, v11.source, { previousId: v10.source.id })

    expect(ws.listSources().map((s) => s.id)).toEqual([v11.source.id, v10.source.id, v03.source.id])
    expect(ws.sourceInfo(v10.source.id)?.previousId).toBe(v03.source.id)
    expect(ws.sourceHistory(v11.source.id).map((s) => s.id)).toEqual([v11.source.id, v10.source.id, v03.source.id])

    // Removing the middle version joins the chain up again.
    ws.removeSource(v10.source.id)
    expect(ws.sourceInfo(v11.source.id)?.previousId).toBe(v03.source.id)
    expect(ws.sourceHistory(v11.source.id).map((s) => s.id)).toEqual([v11.source.id, v03.source.id])
    // An update of a source that is not there is refused.
    const orphan = makeSource('riverside-policy.docx', ['Other.'])
    expect(() => ws.addSource(orphan.bytes, orphan.source, { previousId: v10.source.id })).toThrow(expect.objectContaining({ code: 'not-found' }))
    ws.close()
  })

  it('edits the metadata the author may change, and checks it', () => {
    const ws = Workspace.inMemory()
    const { bytes, source } = makeSource('policy.txt', ['Be polite.'])
    ws.addSource(bytes, source)
    const edited = ws.updateSource(source.id, {
      title: '  Northmoor Social Media Policy ',
      organisation: 'Northmoor District Council',
      kind: 'council-policy',
      date: '2011-04-01',
      notes: 'Adopted by Cabinet.',
    })
    expect(edited).toEqual({
      ...summarise(source),
      title: 'Northmoor Social Media Policy',
      organisation: 'Northmoor District Council',
      kind: 'council-policy',
      date: '2011-04-01',
    })
    const { clauseCount: _c, warningCount: _w, ...fields } = edited
    expect(ws.getSource(source.id)).toEqual({ ...source, ...fields })
    expect(ws.sourceInfo(source.id)?.notes).toBe('Adopted by Cabinet.')
    // Only what is given changes; an empty organisation is none.
    expect(ws.updateSource(source.id, { organisation: '  ' })).toMatchObject({ title: 'Northmoor Social Media Policy', organisation: null })

    expect(() => ws.updateSource(source.id, { title: ' ' })).toThrow(/needs a title/)
    expect(() => ws.updateSource(source.id, { kind: 'novel' as never })).toThrow(/not a kind of source/)
    expect(() => ws.updateSource(source.id, { date: '1 April 2011' })).toThrow(/not a date/)
    expect(() => ws.updateSource('nope', { title: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }))
    expect(ws.getSource(source.id)?.title).toBe('Northmoor Social Media Policy')
    ws.close()
  })

  it('removes a source with its clauses, index entries and bytes, leaving the others', () => {
    const ws = Workspace.inMemory()
    const a = makeSource('a.txt', ['Photographs need consent.', 'Passwords stay private.'])
    const b = makeSource('b.txt', ['Photographs at events.'])
    ws.addSource(a.bytes, a.source)
    ws.addSource(b.bytes, b.source)
    expect(ws.removeSource(a.source.id)).toBe(true)
    expect(ws.removeSource(a.source.id)).toBe(false)
    expect(ws.getSource(a.source.id)).toBeUndefined()
    expect(ws.sourceBytes(a.source.id)).toBeUndefined()
    expect(ws.getClause(a.source.clauses[0]!.id)).toBeUndefined()
    expect(counts(ws)).toMatchObject({ files: 1, sources: 1, clauses: 1, clauses_fts: 1 })
    expect(ws.searchClauses('photographs').map((h) => h.sourceId)).toEqual([b.source.id])
    expect(ws.searchClauses('passwords')).toEqual([])
    expect(ws.check()).toEqual([])
    ws.close()
  })

  it('replaces a source’s clauses on re-segmentation, keeping the author’s edits', () => {
    const ws = Workspace.inMemory()
    const { bytes, source } = makeSource('a.txt', ['Old one.', 'Old two.'])
    ws.addSource(bytes, source)
    ws.updateSource(source.id, { title: 'My title' })
    const resegmented = makeSource('a.txt', ['New one.', 'New two.', 'New three.'])
    const clauses = resegmented.source.clauses.map((c, i) => ({ ...c, id: `${source.id.slice(0, 16)}.r${i}`, sourceId: source.id }))
    expect(ws.replaceSourceContent(source.id, { outline: [], clauses, warnings: ['One table became text.'] })).toMatchObject({
      title: 'My title',
      clauseCount: 3,
      warningCount: 1,
    })
    expect(ws.getSource(source.id)?.clauses).toEqual(clauses)
    expect(ws.searchClauses('old')).toEqual([])
    expect(ws.searchClauses('three')).toHaveLength(1)
    ws.close()
  })

  it('lists sources newest import first, a batch in reverse order of writing', () => {
    const ws = Workspace.inMemory()
    const early = makeSource('early.txt', ['x'], { importedAt: '2026-01-01T00:00:00.000Z' })
    const batch = ['b1.txt', 'b2.txt', 'b3.txt'].map((n) => makeSource(n, ['y'], { importedAt: '2026-03-01T00:00:00.000Z' }))
    const middle = makeSource('middle.txt', ['z'], { importedAt: '2026-02-01T00:00:00.000Z' })
    for (const s of [early, ...batch, middle]) ws.addSource(s.bytes, s.source)
    expect(ws.listSources().map((s) => s.origin)).toEqual(['b3.txt', 'b2.txt', 'b1.txt', 'middle.txt', 'early.txt'])
    expect(ws.allSources().map((s) => s.origin)).toEqual(['b3.txt', 'b2.txt', 'b1.txt', 'middle.txt', 'early.txt'])
    ws.close()
  })

  it('counts changes to sources (not drafts or settings), so caches know when to rebuild', () => {
    const ws = Workspace.inMemory()
    const v0 = ws.version
    const { bytes, source } = makeSource('a.txt', ['One.'])
    ws.addSource(bytes, source)
    const v1 = ws.version
    expect(v1).toBeGreaterThan(v0)
    ws.setSetting('x', 1)
    expect(ws.version).toBe(v1)
    ws.updateSource(source.id, { notes: 'n' })
    const v2 = ws.version
    expect(v2).toBeGreaterThan(v1)
    ws.removeSource(source.id)
    expect(ws.version).toBeGreaterThan(v2)
    ws.close()
  })
})

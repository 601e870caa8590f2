/**
 * Comparing through the service keeps each comparison for the pair and the library's version
 * (src/main/service/comparison-cache.ts) and reads a source once for several comparisons. The
 * answers must be exactly what comparing the stored sources afresh gives (the renderer reads
 * every field), and a change to the library must never be answered from the cache.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ComparisonCache } from '../../src/main/service/comparison-cache'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { compareSources } from '../../src/shared/compare/align'
import type { Comparison, SourceDocument, SourceId } from '../../src/shared/model'
import { corpusDir } from '../compare/library/corpus'

const CORPUS = [
  'riverside-social-media-policy-v0.3.docx',
  'riverside-social-media-policy-v1.0.pdf',
  'fernleigh-staff-social-media-guidelines.md',
  'northmoor-social-media-policy.md',
  'tenancy-advice-online-protocol.txt',
]
const file = (name: string, bytes: Buffer | string) => ({ name, dataBase64: Buffer.from(bytes).toString('base64') })
const corpusFile = (name: string) => file(name, readFileSync(path.join(corpusDir, name)))

/** What the service answered before the cache: both sources read afresh (with notes) and compared. */
function uncached(s: WorkbenchService, a: SourceId, b: SourceId): Comparison {
  const read = (id: SourceId): SourceDocument => ({ ...s.workspace.getSource(id)!, notes: s.workspace.sourceInfo(id)?.notes ?? '' })
  return compareSources(read(a), read(b))
}

let s: WorkbenchService
let ids: SourceId[]

beforeAll(async () => {
  s = new WorkbenchService({ host: 'test', now: () => new Date('2026-03-12T09:00:00Z') })
  const report = await s.importFiles({ files: CORPUS.map(corpusFile) })
  ids = report.results.map((r) => {
    if (!r.ok) throw new Error(`${r.file} did not import`)
    return r.source.id
  })
}, 60_000)
afterAll(() => s.workspace.close())

describe('compare through the service', () => {
  it('answers byte for byte what comparing afresh answers, first and repeated, for corpus pairs', async () => {
    const pairs: [number, number][] = [[0, 1], [1, 0], [0, 2], [2, 3], [3, 4], [4, 4]]
    for (const [i, j] of pairs) {
      const expected = JSON.stringify(uncached(s, ids[i]!, ids[j]!))
      expect(JSON.stringify(await s.compare({ a: ids[i]!, b: ids[j]! }))).toBe(expected)
      expect(JSON.stringify(await s.compare({ a: ids[i]!, b: ids[j]! }))).toBe(expected)
    }
    // The Riverside revision has changed rows with word diffs: the comparison is not trivial.
    expect((await s.compare({ a: ids[0]!, b: ids[1]! })).rows.some((r) => r.diff && r.diff.length > 1)).toBe(true)
  })

  it('answers the same after the library was read whole (sources taken from that read)', async () => {
    await s.checkSource({ id: ids[2]! }) // reads every source for the library's word statistics
    const reads = vi.spyOn(s.workspace, 'getSource')
    expect(JSON.stringify(await s.compare({ a: ids[2]!, b: ids[4]! }))).toBe(JSON.stringify(uncached(s, ids[2]!, ids[4]!)))
    // uncached() read both; the service read neither (the library read holds them).
    expect(reads).toHaveBeenCalledTimes(2)
    reads.mockRestore()
  })

  it('reads a source once for several comparisons with it, and a repeated pair not at all', async () => {
    const other = new WorkbenchService({ host: 'test' })
    const [a, b, c] = (await other.importFiles({ files: [CORPUS[2]!, CORPUS[3]!, CORPUS[4]!].map(corpusFile) })).results.map((r) => (r.ok ? r.source.id : ''))
    const reads = vi.spyOn(other.workspace, 'getSource')
    await other.compare({ a: a!, b: b! })
    await other.compare({ a: a!, b: c! })
    await other.compare({ a: a!, b: b! })
    expect(reads.mock.calls.map(([id]) => id)).toEqual([a, b, c])
    other.workspace.close()
  })

  it('never answers from before a change: details edited, a source removed, re-imported, or another imported', async () => {
    const [a, b] = [ids[2]!, ids[3]!]
    const before = await s.compare({ a, b })

    await s.updateSource({ id: a, title: 'Fernleigh, renamed', notes: 'Read again in March.' })
    const renamed = await s.compare({ a, b })
    expect(renamed.a.title).toBe('Fernleigh, renamed')
    expect(JSON.stringify(renamed)).toBe(JSON.stringify(uncached(s, a, b)))
    expect(renamed).not.toEqual(before)

    await s.removeSource({ id: b })
    await expect(s.compare({ a, b })).rejects.toMatchObject({ code: 'not-found' })

    // The same bytes again: the same id, compared afresh from what is stored now.
    const [again] = (await s.importFiles({ files: [corpusFile(CORPUS[3]!)] })).results
    expect(again?.ok && again.source.id).toBe(b)
    expect(JSON.stringify(await s.compare({ a, b }))).toBe(JSON.stringify(uncached(s, a, b)))

    // Any change to the library (here a new import) starts the cache afresh.
    const cached = await s.compare({ a, b })
    expect(await s.compare({ a, b })).toBe(cached)
    await s.importFiles({ files: [file('short.txt', 'Staff must not share passwords.\n\nStaff may use social media at lunch.')] })
    const after = await s.compare({ a, b })
    expect(after).not.toBe(cached)
    expect(after).toEqual(cached)
  })

  it('sees a change made by another connection to the same workspace file', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { Workspace } = await import('../../src/main/workspace')
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-cache-'))
    try {
      const where = path.join(dir, 'library.pwb')
      const mine = new WorkbenchService({ host: 'test', workspace: Workspace.create(where) })
      const [a, b] = (await mine.importFiles({ files: [CORPUS[2]!, CORPUS[3]!].map(corpusFile) })).results.map((r) => (r.ok ? r.source.id : ''))
      const first = await mine.compare({ a: a!, b: b! })
      const theirs = Workspace.open(where)
      theirs.updateSource(b!, { title: 'Northmoor, renamed elsewhere' })
      theirs.close()
      const next = await mine.compare({ a: a!, b: b! })
      expect(next.b.title).toBe('Northmoor, renamed elsewhere')
      expect(first.b.title).not.toBe(next.b.title)
      mine.workspace.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('ComparisonCache', () => {
  const made = (tag: string): Comparison => ({ a: { id: tag }, b: { id: tag }, rows: [], counts: {} }) as unknown as Comparison

  it('keeps the most recently used pairs up to its bound, and the pair in order', () => {
    const cache = new ComparisonCache(() => 1, 2)
    const make = vi.fn((tag: string) => made(tag))
    const ask = (a: string, b: string) => cache.get(a, b, () => make(`${a}-${b}`))
    const ab = ask('a', 'b')
    ask('b', 'a') // the other order is another comparison
    expect(make).toHaveBeenCalledTimes(2)
    expect(ask('a', 'b')).toBe(ab) // a hit, and now the most recent
    ask('a', 'c') // over the bound: b-a, the least recently used, goes
    expect(cache.size).toBe(2)
    expect(make).toHaveBeenCalledTimes(3)
    ask('a', 'b')
    expect(make).toHaveBeenCalledTimes(3)
    ask('b', 'a')
    expect(make).toHaveBeenCalledTimes(4)
  })

  it('forgets everything when the version moves, and keeps nothing made while it moved', () => {
    let version = 1
    const cache = new ComparisonCache(() => version, 8)
    const make = vi.fn(() => made('x'))
    cache.get('a', 'b', make)
    version = 2
    cache.get('a', 'b', make)
    expect(make).toHaveBeenCalledTimes(2)
    cache.get('a', 'c', () => {
      version = 3 // another process changed the library while this was being made
      return made('y')
    })
    expect(cache.size).toBe(1) // a-b of version 2 only; it goes on the next request
    cache.get('a', 'c', make)
    expect(make).toHaveBeenCalledTimes(3)
    expect(cache.size).toBe(1)
  })

  it('keeps nothing with a bound of 0, and lets a failure through without keeping it', () => {
    const none = new ComparisonCache(() => 1, 0)
    none.get('a', 'b', () => made('x'))
    expect(none.size).toBe(0)
    const cache = new ComparisonCache(() => 1)
    expect(() => cache.get('a', 'b', () => { throw new Error('not found') })).toThrow('not found')
    expect(cache.size).toBe(0)
  })
})

/**
 * A pair a person has chosen ("Compare with…") but not yet asked for is compared in idle time
 * (Library.compareSoon over compare-ahead.ts), in place of the service's own guess, so the
 * comparison they then ask for is answered from the cache with the same rows.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { handleRequest } from '../../src/main/service/handle-request'
import { LibraryAnalysis } from '../../src/main/service/library-analysis'
import { holdARequest } from '../support/held-request'
import { testSource } from '../support/sources'
import { WorkbenchService } from '../../src/main/service/workbench-service'

/** Imports and whole comparisons on a busy machine (vitest's limit here is 30 s). */
const SERVICE_TEST_MS = 60_000

const corpus = path.join(import.meta.dirname, '..', '..', 'corpus')
const northmoor = readFileSync(path.join(corpus, 'northmoor-social-media-policy.md'), 'utf8')
// Another version of the same policy (the service's likeliest partner for it) and an unrelated policy.
const revised = northmoor.replace('within two working days', 'within three working days').replace('during breaks', 'during lunch breaks')
const fernleigh = readFileSync(path.join(corpus, 'fernleigh-staff-social-media-guidelines.md'), 'utf8')
const file = (name: string, body: string) => ({ name, dataBase64: Buffer.from(body).toString('base64') })

const turns = async (n: number, until: () => boolean = () => false): Promise<void> => {
  for (let k = 0; k < n && !until(); k++) await new Promise((r) => setTimeout(r, 1))
}

async function library(): Promise<{ importer: WorkbenchService; ids: [string, string, string] }> {
  const importer = new WorkbenchService({ host: 'cli' })
  const { results } = await importer.importFiles({ files: [file('northmoor-v1.md', northmoor), file('northmoor-v2.md', revised), file('fernleigh.md', fernleigh)] })
  const ids = results.map((r) => (r.ok ? r.source.id : ''))
  expect(ids.every(Boolean)).toBe(true)
  return { importer, ids: ids as [string, string, string] }
}

describe('the service’s own guess gives way to a chosen pair (LibraryAnalysis.pairChosen)', () => {
  const clause = (id: string, text: string) => ({ id, sourceId: id.split('.')[0]!, section: [], label: '1.', level: 1, text, inline: text, topics: [] })
  const texts = Array.from({ length: 60 }, (_, i) => `Clause ${i}: staff must not share passwords or post about residents ${i}.`)
  const sources = ['opened', 'revision'].map((id, k) =>
    testSource(id, texts.map((t, i) => clause(`${id}.${i}`, k === 1 && i % 5 === 0 ? `Revised clause ${i} on personal accounts.` : t)), { importedAt: `2026-01-0${k + 1}T00:00:00Z` }),
  )

  // Note: a choice made while the partner is being prepared (a request held the chosen pair
  // back meanwhile) would otherwise be replaced by the guess once the partner is ready.
  it.each([0, 1])('a pair chosen %i turns after the opening: the guess is never offered, the sources still prepared', async (turnsFirst) => {
    const ready: string[] = []
    const analysis = new LibraryAnalysis(() => sources, () => 1, { prepareAhead: true, pairReady: (a, b) => void ready.push(`${a}-${b}`) })
    analysis.librarySources()
    analysis.prepareFirst(sources[0]!)
    for (let k = 0; k < turnsFirst; k++) await new Promise((r) => setTimeout(r, 0))
    analysis.pairChosen()
    for (let k = 0; k < 20; k++) await new Promise((r) => setTimeout(r, 0))
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([true, true])
    expect(ready).toEqual([])
  })
})

describe('compareSoon: the pair a person chose, compared before they ask', () => {
  afterEach(() => vi.restoreAllMocks())

  it('compares the chosen pair, and the request that follows is a hit with the same answer', async () => {
    const { importer, ids } = await library()
    const [v1, , other] = ids
    const expected = await importer.compare({ a: v1, b: other })

    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    await handleRequest(host, 'listSources', undefined)
    // The library read ahead, as a person looks at the list first: where the partner is looked for.
    await turns(100)
    const compares = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    // Another request held open meanwhile: the chosen pair waits while the sources are prepared.
    const held = holdARequest(host)
    await handleRequest(host, 'getSource', { id: v1 })
    expect(await handleRequest(host, 'compareSoon', { a: v1, b: other })).toEqual({ ok: true, value: { queued: true } })
    const analysis = (host as unknown as { loadedLibrary: { analysis: LibraryAnalysis } }).loadedLibrary.analysis
    const v2Source = importer.workspace.getSource(ids[1])!
    await turns(400, () => analysis.isPrepared(v2Source))
    expect(analysis.isPrepared(v2Source)).toBe(true)
    expect(compares).not.toHaveBeenCalled()
    await held.release()
    await turns(400, () => compares.mock.calls.length > 0)
    expect(compares).toHaveBeenCalledTimes(1)
    // Nothing else compared ahead after it (the guess, v1 against v2, among them).
    await turns(100)
    expect(compares).toHaveBeenCalledTimes(1)

    expect(await handleRequest(host, 'compare', { a: v1, b: other })).toEqual({ ok: true, value: expected })
    expect(compares).toHaveBeenCalledTimes(1)
    await importer.stopImports()
    importer.workspace.close()
  }, SERVICE_TEST_MS)

  it('a choice changed before its turn replaces the first; a pair compared already is not queued again', async () => {
    const { importer, ids } = await library()
    const [v1, v2, other] = ids
    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    await handleRequest(host, 'listSources', undefined)
    const compares = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    expect(await host.compareSoon({ a: v1, b: v2 })).toEqual({ queued: true })
    expect(await host.compareSoon({ a: v1, b: other })).toEqual({ queued: true })
    await turns(400, () => compares.mock.calls.length > 0)
    await turns(50)
    expect(compares).toHaveBeenCalledTimes(1)
    // The second choice was the one compared: asking for it makes nothing new, asking for the first does.
    await host.compare({ a: v1, b: other })
    expect(compares).toHaveBeenCalledTimes(1)
    expect(await host.compareSoon({ a: v1, b: other })).toEqual({ queued: false })
    await host.compare({ a: v1, b: v2 })
    expect(compares).toHaveBeenCalledTimes(2)
    await importer.stopImports()
    importer.workspace.close()
  }, SERVICE_TEST_MS)

  it('a one-shot command never compares ahead; a source not in the library is named as such', async () => {
    const { importer, ids } = await library()
    const [v1, , other] = ids
    const compares = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    expect(await importer.compareSoon({ a: v1, b: other })).toEqual({ queued: false })
    await turns(30)
    expect(compares).not.toHaveBeenCalled()

    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    expect(await host.compareSoon({ a: v1, b: v1 })).toEqual({ queued: false })
    const missing = await handleRequest(host, 'compareSoon', { a: v1, b: 'f'.repeat(64) })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const malformed = await handleRequest(host, 'compareSoon', { a: v1 })
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    await importer.stopImports()
    importer.workspace.close()
  }, SERVICE_TEST_MS)
})

/**
 * A source a person opens is compared with its likeliest partner in idle time, through the path
 * a request takes, so the comparison they ask for next is a hit (compare-ahead.ts); never while
 * a request is being answered, and one comparison a turn at most.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CompareAhead } from '../../src/main/service/compare-ahead'
import { handleRequest } from '../../src/main/service/handle-request'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { LibraryAnalysis } from '../../src/main/service/library-analysis'
import { holdARequest } from '../support/held-request'
import { testSource } from '../support/sources'

const clause = (id: string, text: string) => ({ id, sourceId: id.split('.')[0]!, section: [], label: '1.', level: 1, text, inline: text, topics: [] })

/** Later turns run by hand: each call of `step()` runs what is due. */
function steps(): { later: (run: () => void, ms: number) => void; step: () => void; due: () => number[] } {
  let queue: { run: () => void; ms: number }[] = []
  return {
    later: (run, ms) => void queue.push({ run, ms }),
    step: () => {
      const now = queue
      queue = []
      for (const q of now) q.run()
    },
    due: () => queue.map((q) => q.ms),
  }
}

describe('CompareAhead', () => {
  it('compares the pair offered on a later turn, once', () => {
    const turns = steps()
    const compared: string[] = []
    const ahead = new CompareAhead({ compare: (a, b) => void compared.push(`${a}-${b}`), idle: () => true, later: turns.later })
    ahead.offer('a', 'b')
    expect(compared).toEqual([])
    turns.step()
    expect(compared).toEqual(['a-b'])
    turns.step()
    expect(compared).toEqual(['a-b'])
    expect(ahead.waiting).toBeNull()
  })

  it('waits while a request is being answered, looking again a little later', () => {
    const turns = steps()
    let idle = false
    const compared: string[] = []
    const ahead = new CompareAhead({ compare: (a, b) => void compared.push(`${a}-${b}`), idle: () => idle, later: turns.later })
    ahead.offer('a', 'b')
    turns.step()
    turns.step()
    expect(compared).toEqual([])
    expect(turns.due()).toEqual([20])
    idle = true
    turns.step()
    expect(compared).toEqual(['a-b'])
  })

  it('a pair offered later replaces one not yet compared; a comparison that fails is left for its request', () => {
    const turns = steps()
    const compared: string[] = []
    const ahead = new CompareAhead({
      compare: (a, b) => {
        compared.push(`${a}-${b}`)
        throw new Error('unreadable')
      },
      idle: () => true,
      later: turns.later,
    })
    ahead.offer('a', 'b')
    ahead.offer('a', 'c')
    // One turn scheduled for both offers, and only the latest compared.
    expect(turns.due()).toEqual([0])
    turns.step()
    expect(compared).toEqual(['a-c'])
    ahead.offer('d', 'e')
    expect(() => turns.step()).not.toThrow()
  })
})

describe('a pair a person chose first', () => {
  it('drops the guess offered and not yet compared (CompareAhead.cancel)', () => {
    const turns = steps()
    const compared: string[] = []
    const ahead = new CompareAhead({ compare: (a, b) => void compared.push(`${a}-${b}`), idle: () => true, later: turns.later })
    ahead.offer('a', 'b')
    ahead.cancel()
    turns.step()
    expect(compared).toEqual([])
  })

  it('a comparison made before the opened source’s partner is prepared drops the pair (LibraryAnalysis.comparing)', async () => {
    const texts = Array.from({ length: 60 }, (_, i) => `Clause ${i}: staff must not share passwords or post about residents ${i}.`)
    const sources = ['opened', 'revision'].map((id, k) =>
      testSource(id, texts.map((t, i) => clause(`${id}.${i}`, k === 1 && i % 5 === 0 ? `Revised clause ${i} on personal accounts.` : t)), { importedAt: `2026-01-0${k + 1}T00:00:00Z` }),
    )
    // Chosen after the partner was found (a turn after the opening), and before it was.
    for (const [chosen, turnsFirst] of [[false, 1], [true, 1], [true, 0]] as const) {
      const ready: string[] = []
      const analysis = new LibraryAnalysis(() => sources, () => 1, { prepareAhead: true, pairReady: (a, b) => void ready.push(`${a}-${b}`) })
      analysis.librarySources()
      analysis.prepareFirst(sources[0]!)
      for (let k = 0; k < turnsFirst; k++) await new Promise((r) => setTimeout(r, 0))
      if (chosen) analysis.comparing()
      for (let k = 0; k < 20; k++) await new Promise((r) => setTimeout(r, 0))
      expect(sources.map((s) => analysis.isPrepared(s))).toEqual([true, true])
      expect(ready).toEqual(chosen ? [] : ['opened-revision'])
    }
  })
})

/** Two imports and a whole comparison: took up to 14 s at load 20 (vitest's limit here is 15 s). */
const SERVICE_TEST_MS = 60_000

describe('comparing ahead in the service', () => {
  const corpus = path.join(import.meta.dirname, '..', '..', 'corpus')
  const text = readFileSync(path.join(corpus, 'northmoor-social-media-policy.md'), 'utf8')
  // Another version of the same policy: a few clauses reworded, most word for word.
  const revised = text.replace('within two working days', 'within three working days').replace('during breaks', 'during lunch breaks')
  const file = (name: string, body: string) => ({ name, dataBase64: Buffer.from(body).toString('base64') })

  // Note: counted by LibraryAnalysis.comparing, which only a comparison made for the cache calls
  // (not the warm-up's rounds, which may still run from an earlier test's host).
  it('a source opened is compared with its other version before the comparison is asked for, which is then a hit with the same answer', async () => {
    const importer = new WorkbenchService({ host: 'cli' })
    const { results } = await importer.importFiles({ files: [file('northmoor-v1.md', text), file('northmoor-v2.md', revised)] })
    const [a, b] = results.map((r) => (r.ok ? r.source.id : ''))
    expect(a && b).toBeTruthy()
    const expected = await importer.compare({ a: a!, b: b! })

    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    await handleRequest(host, 'listSources', undefined)
    const compares = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    await handleRequest(host, 'getSource', { id: a })
    for (let k = 0; k < 200 && compares.mock.calls.length === 0; k++) await new Promise((r) => setTimeout(r, 1))
    expect(compares).toHaveBeenCalledTimes(1)

    const answer = await handleRequest(host, 'compare', { a, b })
    expect(compares).toHaveBeenCalledTimes(1)
    expect(answer).toEqual({ ok: true, value: expected })
    compares.mockRestore()
    await importer.stopImports()
    importer.workspace.close()
  }, SERVICE_TEST_MS)

  it('never while a request is being answered, and a one-shot command never compares ahead', async () => {
    const importer = new WorkbenchService({ host: 'cli' })
    const { results } = await importer.importFiles({ files: [file('northmoor-v1.md', text), file('northmoor-v2.md', revised)] })
    const [a] = results.map((r) => (r.ok ? r.source.id : ''))
    const compares = vi.spyOn(LibraryAnalysis.prototype, 'comparing')
    await importer.getSource({ id: a! })
    for (let k = 0; k < 20; k++) await new Promise((r) => setTimeout(r, 1))
    expect(compares).not.toHaveBeenCalled()

    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    await handleRequest(host, 'listSources', undefined)
    // A request held open (its answer not yet given) while A is opened.
    const held = holdARequest(host)
    await handleRequest(host, 'getSource', { id: a })
    for (let k = 0; k < 30; k++) await new Promise((r) => setTimeout(r, 1))
    expect(compares).not.toHaveBeenCalled()
    await held.release()
    for (let k = 0; k < 200 && compares.mock.calls.length === 0; k++) await new Promise((r) => setTimeout(r, 1))
    expect(compares).toHaveBeenCalledTimes(1)
    compares.mockRestore()
    await importer.stopImports()
    importer.workspace.close()
  }, SERVICE_TEST_MS)
})

/**
 * The checks (of a source and of a draft) score repeats with the library's word statistics.
 * They read the library through the library's cache, once per change of the library, not
 * every source from the database on every check.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { LibraryAnalysis, PREPARE_STEP } from '../../src/main/service/library-analysis'
import { AlignerWarmUp } from '../../src/main/service/aligner-warm-up'
import * as compareAlign from '../../src/shared/compare/align'
import { fixturePath } from '../support/paths'
import { testSource } from '../support/sources'
import { summarise } from '../../src/shared/model'
import { wordVectorTable } from '../../src/shared/compare/semantic'

const policy = readFileSync(fixturePath('policies', 'open-council-social-media.txt'))
const file = (name: string, text: Buffer | string) => ({ name, dataBase64: Buffer.from(text).toString('base64') })

describe('the checks reuse the library read', () => {
  it('a second check does not read all sources again; an import or a removal makes the next one read once', async () => {
    const s = new WorkbenchService({ host: 'test', now: () => new Date('2026-03-12T09:00:00Z') })
    const [first] = (await s.importFiles({ files: [file('open.txt', policy)] })).results
    if (!first?.ok) throw new Error('fixture did not import')
    const reads = vi.spyOn(s.workspace, 'allSources')
    const draft = await s.createDraft({ title: 'Ours' })

    const check = await s.checkSource({ id: first.source.id })
    expect(reads).toHaveBeenCalledTimes(1)
    expect(await s.checkSource({ id: first.source.id })).toEqual(check)
    await s.checkDraft({ id: draft.draft.id })
    expect(reads).toHaveBeenCalledTimes(1)

    const [second] = (await s.importFiles({ files: [file('short.txt', 'Staff must not share passwords.\n\nStaff may use social media at lunch.')] })).results
    if (!second?.ok) throw new Error('second file did not import')
    await s.checkSource({ id: first.source.id })
    await s.checkDraft({ id: draft.draft.id })
    expect(reads).toHaveBeenCalledTimes(2)

    await s.removeSource({ id: second.source.id })
    await s.checkSource({ id: first.source.id })
    expect(reads).toHaveBeenCalledTimes(3)
  })
})

describe('prepared clauses for comparisons', () => {
  // Note: the word vectors decoded first, so that the turns counted here are the preparing's
  // (the turn of their own that decodes them: prepare-ahead-pairs.test.ts).
  beforeAll(() => {
    wordVectorTable()
  })
  const clause = (id: string, text: string, label: string | null = '1.') => ({ id, sourceId: id.split('.')[0]!, section: [], label, level: 1, text, inline: text, topics: [] })

  it('are made once per source and kept across changes to the library, made again when its clauses change', () => {
    let version = 1
    const source = testSource('s1', [clause('s1.0', 'Staff must not share passwords.')])
    const analysis = new LibraryAnalysis(() => [source], () => version)
    const first = analysis.preparedClauses(source.id, source)
    expect(first.map((p) => p.identity)).toEqual(['Staff must not share passwords.'])
    expect(first[0]!.terms.length).toBeGreaterThan(2)
    expect(analysis.preparedClauses(source.id, source)).toBe(first)
    // Note: this used to make them again on any change of the library; another import or a
    // title edited leaves the source's clauses as they were, so what was made is kept.
    version = 2
    expect(analysis.preparedClauses(source.id, { ...source, title: 'Renamed' })).toBe(first)
    // The same id with other clauses (re-imported by another importer version): made again.
    const reworded = testSource('s1', [clause('s1.0', 'Staff must never share a password.')])
    const again = analysis.preparedClauses(source.id, reworded)
    expect(again).not.toBe(first)
    expect(again.map((p) => p.identity)).toEqual(['Staff must never share a password.'])
    // A label printed or not is all a title needs of it: that too is a change.
    const unlabelled = testSource('s1', [clause('s1.0', 'Staff must never share a password.', null)])
    expect(analysis.preparedClauses(source.id, unlabelled)).not.toBe(again)
  })

  it('a clause of a text prepared for one source is not prepared again for another (two versions of a policy share most clauses)', () => {
    const shared = 'Staff must not share passwords.'
    const first = testSource('v1', [clause('v1.0', shared), clause('v1.1', 'Managers approve new accounts.')])
    const second = testSource('v2', [clause('v2.0', 'Managers approve every new account.'), clause('v2.1', shared)])
    const analysis = new LibraryAnalysis(() => [first, second], () => 1)
    const a = analysis.preparedClauses(first.id, first)
    const b = analysis.preparedClauses(second.id, second)
    // One prepared object: made once, and read as it would be made for the second source.
    expect(b[1]).toBe(a[0])
    expect(b).toEqual(compareAlign.prepareSource(second))
    // Whether a label was printed is part of what is prepared: the same text without one is its own.
    const unlabelled = testSource('v3', [clause('v3.0', shared, null)])
    expect(analysis.preparedClauses(unlabelled.id, unlabelled)[0]).not.toBe(a[0])
  })

  it('are made off the request for sources read or imported (prepareSoon), a step per turn, newest first', async () => {
    const sources = ['old', 'mid', 'new'].map((id, k) => testSource(id, [clause(`${id}.0`, `Clause ${id} about passwords and accounts.`)], { importedAt: `2026-01-0${k + 1}T00:00:00Z` }))
    const analysis = new LibraryAnalysis(() => sources, () => 1)
    analysis.prepareSoon(sources)
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([false, false, false])
    await new Promise((r) => setTimeout(r, 0))
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([false, false, true])
    // Note: turns, not a time: the aligner's warm-up (two sources prepared) takes turns too.
    for (let k = 0; k < 10; k++) await new Promise((r) => setTimeout(r, 0))
    expect(sources.map((s) => analysis.isPrepared(s))).toEqual([true, true, true])
    // And then a comparison finds them made: the same objects.
    const made = analysis.preparedClauses(sources[0]!.id, sources[0]!)
    expect(analysis.preparedClauses(sources[0]!.id, sources[0]!)).toBe(made)
  })

  it('a long source is prepared PREPARE_STEP clauses a turn; a comparison needing it meanwhile finishes it from there, the same as made whole', async () => {
    const n = PREPARE_STEP * 2 + 5
    const long = testSource('long', Array.from({ length: n }, (_, i) => clause(`long.${i}`, `Clause ${i % 40}: staff must not share passwords or post about residents online.`)))
    const analysis = new LibraryAnalysis(() => [long], () => 1)
    const steps = vi.spyOn(compareAlign, 'prepareSource')
    analysis.prepareSoon([long])
    await new Promise((r) => setTimeout(r, 0))
    expect(analysis.isPrepared(long)).toBe(false)
    await new Promise((r) => setTimeout(r, 0))
    expect(analysis.isPrepared(long)).toBe(false)
    expect(steps.mock.calls.map(([s]) => s.clauses.length)).toEqual([PREPARE_STEP, PREPARE_STEP])
    // A request now prepares only the rest, and the whole reads as one prepareSource call's.
    const made = analysis.preparedClauses(long.id, long)
    expect(steps.mock.calls.map(([s]) => s.clauses.length)).toEqual([PREPARE_STEP, PREPARE_STEP, 5])
    steps.mockRestore()
    expect(made).toEqual(compareAlign.prepareSource(long))
    // Repeated texts share one prepared object within the source, as in one call.
    expect(made[40]).toBe(made[0])
    expect(made[n - 1]).toBe(made[(n - 1) % 40])
    expect(analysis.preparedClauses(long.id, long)).toBe(made)
    for (let k = 0; k < 5; k++) await new Promise((r) => setTimeout(r, 0))
    expect(analysis.preparedClauses(long.id, long)).toBe(made)
  })

  it('a library read prepares its sources soon; an import through the service prepares the new source', async () => {
    const source = testSource('r1', [clause('r1.0', 'Staff must not share passwords.')])
    const analysis = new LibraryAnalysis(() => [source], () => 1, { prepareAhead: true })
    analysis.librarySources()
    await new Promise((r) => setTimeout(r, 10))
    expect(analysis.isPrepared(source)).toBe(true)

    const soon = vi.spyOn(LibraryAnalysis.prototype, 'prepareSoon')
    // The app's hosts prepare ahead; a one-shot command (the CLI) and tests by default do not.
    const s = new WorkbenchService({ host: 'web' })
    const [imported] = (await s.importFiles({ files: [file('open.txt', policy)] })).results
    if (!imported?.ok) throw new Error('fixture did not import')
    expect(soon.mock.calls.map(([sources]) => sources.map((x) => x.id))).toEqual([[imported.source.id]])
    const serviceAnalysis = soon.mock.contexts[0] as LibraryAnalysis
    await new Promise((r) => setTimeout(r, 10))
    expect(serviceAnalysis.isPrepared(await s.getSource({ id: imported.source.id }))).toBe(true)
    soon.mockRestore()
    s.workspace.close()
  })

  it('after opening, the newest sources are read one per turn and prepared (warmUpSoon), the aligner warmed up first once two are', async () => {
    const sources = ['old', 'mid', 'new'].map((id, k) =>
      testSource(id, Array.from({ length: 50 }, (_, i) => clause(`${id}.${i}`, `Clause ${i} of ${id}: staff must not share passwords or post about ${id}.`)), { importedAt: `2026-01-0${k + 1}T00:00:00Z` }),
    )
    const analysis = new LibraryAnalysis(() => sources, () => 1, { prepareAhead: true })
    const reads: string[] = []
    analysis.warmUpSoon(
      () => sources.map((x) => summarise(x)),
      (id) => {
        reads.push(id)
        return sources.find((x) => x.id === id)
      },
    )
    expect(reads).toEqual([])
    for (let k = 0; k < 10; k++) await new Promise((r) => setTimeout(r, 0))
    expect(reads).toEqual(['new', 'mid', 'old'])
    // The two newest prepared start the aligner's warm-up, which goes first: the oldest waits for its end.
    expect(analysis.warmingUp).toBe(true)
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([false, true, true])
    for (let k = 0; k < 2000 && analysis.warmingUp; k++) await new Promise((r) => setTimeout(r, 0))
    expect(analysis.warmingUp).toBe(false)
    for (let k = 0; k < 5; k++) await new Promise((r) => setTimeout(r, 0))
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([true, true, true])
  })

  it('a source a person opens is prepared next, between the warm-up’s rounds, not after them (prepareFirst)', async () => {
    const sources = ['old', 'mid', 'new'].map((id, k) =>
      testSource(id, Array.from({ length: 50 }, (_, i) => clause(`${id}.${i}`, `Clause ${i} of ${id}: staff must not share passwords or post about ${id}.`)), { importedAt: `2026-01-0${k + 1}T00:00:00Z` }),
    )
    const analysis = new LibraryAnalysis(() => sources, () => 1, { prepareAhead: true })
    analysis.warmUpSoon(
      () => sources.map((x) => summarise(x)),
      (id) => sources.find((x) => x.id === id),
    )
    for (let k = 0; k < 10; k++) await new Promise((r) => setTimeout(r, 0))
    expect(analysis.warmingUp).toBe(true)
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([false, true, true])
    analysis.prepareFirst(sources[0]!)
    // Its 50 clauses are two steps (PREPARE_STEP a turn), taking turns with the warm-up's rounds.
    for (let k = 0; k < 4; k++) await new Promise((r) => setTimeout(r, 0))
    expect(analysis.warmingUp).toBe(true)
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([true, true, true])
    // And a comparison with it finds it made, the same as made in the request.
    expect(analysis.preparedClauses(sources[0]!.id, sources[0]!)).toEqual(compareAlign.prepareSource(sources[0]!))
  })

  it('a source a person opened is not read from the database again for the comparison that follows (prepareFirst keeps it)', () => {
    const source = testSource('s1', [clause('s1.0', 'Staff must not share passwords.')])
    const analysis = new LibraryAnalysis(() => [source], () => 1, { prepareAhead: true })
    analysis.prepareFirst(source)
    const readOne = vi.fn(() => source)
    expect(analysis.source(source.id, readOne)).toBe(source)
    expect(readOne).not.toHaveBeenCalled()
  })

  it('with a source a person opens, its likeliest partner is prepared next too, the warm-up’s rounds waiting for both (prepareFirst)', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `Clause ${i}: staff must not share passwords or post about residents ${i}.`)
    const make = (id: string, k: number, own: (i: number) => string) =>
      testSource(id, texts.map((t, i) => clause(`${id}.${i}`, own(i) || t)), { importedAt: `2026-01-0${k + 1}T00:00:00Z` })
    // Oldest first: a revision of the opened one (most texts shared), an unrelated one, then the two newest (the warm-up's).
    const sources = [
      make('opened', 0, () => ''),
      make('revision', 1, (i) => (i % 5 === 0 ? `Revised clause ${i} on personal accounts.` : '')),
      make('other', 2, (i) => `Other clause ${i} about office keys and parking.`),
      make('newer', 3, (i) => `Newer clause ${i} about the press office.`),
      make('newest', 4, (i) => `Newest clause ${i} about complaints.`),
    ]
    const analysis = new LibraryAnalysis(() => sources, () => 1, { prepareAhead: true })
    analysis.warmUpSoon(
      () => sources.map((x) => summarise(x)),
      (id) => sources.find((x) => x.id === id),
    )
    for (let k = 0; k < 12; k++) await new Promise((r) => setTimeout(r, 0))
    expect(analysis.warmingUp).toBe(true)
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([false, false, false, true, true])
    const rounds = vi.spyOn(AlignerWarmUp.prototype, 'round')
    analysis.prepareFirst(sources[0]!)
    // Two steps each (PREPARE_STEP a turn), with no round of the warm-up in between.
    for (let k = 0; k < 20 && !analysis.isPrepared(sources[1]!); k++) await new Promise((r) => setTimeout(r, 0))
    // Note: rounds of this analysis's warm-up only (an earlier test's may still be running).
    const warmUp = (analysis as unknown as { warmUp: AlignerWarmUp }).warmUp
    const ours = (): number => rounds.mock.contexts.filter((c) => c === warmUp).length
    expect(sources.map((x) => analysis.isPrepared(x))).toEqual([true, true, false, true, true])
    expect(ours()).toBe(0)
    // Then the warm-up goes on.
    expect(analysis.warmingUp).toBe(true)
    for (let k = 0; k < 4; k++) await new Promise((r) => setTimeout(r, 0))
    expect(ours()).toBeGreaterThan(0)
  })
})


/**
 * The aligner's warm-up (src/main/service/aligner-warm-up.ts): small comparisons of two real
 * sources, one per turn of the event loop, sized by a clock, until they have weighed their
 * budget of clause pairs; a comparison a person asks for ends it. It must never change what a
 * comparison answers, and a request made while it runs is answered before its next round.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AlignerWarmUp, MAX_WINDOW, MIN_WINDOW, ROUND_MS, type WarmUpSide } from '../../src/main/service/aligner-warm-up'
import { WorkbenchService } from '../../src/main/service/workbench-service'
import { prepareSource } from '../../src/shared/compare/align'
import type { Clause, SourceDocument } from '../../src/shared/model'
import { testSource } from '../support/sources'

const clause = (source: string, i: number, text: string): Clause => ({ id: `${source}.${i}`, sourceId: source, section: [], label: `${i + 1}.`, level: 1, text, inline: text, topics: [] })
const side = (id: string, n: number): WarmUpSide => {
  const source: SourceDocument = testSource(id, Array.from({ length: n }, (_, i) => clause(id, i, `Staff must not post ${id} item ${i} about residents, passwords or complaints online.`)))
  return { source, prepared: prepareSource(source) }
}

/** Rounds run only when the test turns the queue; the clock says how long each took. */
function stepped(roundCosts: () => number) {
  const queue: (() => void)[] = []
  let clock = 0
  let inRound = false
  const now = (): number => {
    // Each round reads the clock twice: before (no cost) and after (its cost).
    inRound = !inRound
    if (!inRound) clock += roundCosts()
    return clock
  }
  return { later: (run: () => void) => void queue.push(run), now, turn: () => queue.shift()?.(), get waiting() { return queue.length } }
}

afterEach(() => vi.restoreAllMocks())

describe('the aligner warm-up', () => {
  it('runs one round per turn, growing the window while rounds are quick and shrinking it when one is slow', () => {
    let cost = 0
    const loop = stepped(() => cost)
    const warm = new AlignerWarmUp(side('a', 100), side('b', 100), { later: loop.later, now: loop.now, pairs: 1e9 })
    const rounds = vi.spyOn(warm, 'round')
    warm.start()
    expect(rounds).not.toHaveBeenCalled()
    const windows: number[] = []
    // Quick rounds: 8, 16, 32, 64, then held at the largest.
    for (let k = 0; k < 5; k++) {
      windows.push(warm.windowSize)
      loop.turn()
    }
    expect(rounds).toHaveBeenCalledTimes(5)
    expect(windows).toEqual([MIN_WINDOW, 16, 32, MAX_WINDOW, MAX_WINDOW])
    // A slow round halves the next one; a middling one keeps it.
    cost = ROUND_MS * 2
    loop.turn()
    expect(warm.windowSize).toBe(MAX_WINDOW / 2)
    cost = ROUND_MS * 0.75
    loop.turn()
    expect(warm.windowSize).toBe(MAX_WINDOW / 2)
    // Never below the smallest.
    cost = ROUND_MS * 10
    for (let k = 0; k < 6; k++) loop.turn()
    expect(warm.windowSize).toBe(MIN_WINDOW)
    expect(warm.running).toBe(true)
  })

  it('ends once its rounds have weighed the budget of clause pairs, and at once when stopped', () => {
    const loop = stepped(() => 0)
    // 8x8 + 16x16 + 32x32 = 1344 pairs: the budget of 1300 is spent after the third round.
    const ends: string[] = []
    const warm = new AlignerWarmUp(side('a', 50), side('b', 50), { later: loop.later, now: loop.now, pairs: 1300, onEnd: () => ends.push('spent') })
    warm.start()
    for (let k = 0; k < 3; k++) loop.turn()
    expect(warm.running).toBe(false)
    expect(ends).toEqual(['spent'])
    expect(loop.waiting).toBe(0)

    const other = new AlignerWarmUp(side('c', 50), side('d', 50), { later: loop.later, now: loop.now, onEnd: () => ends.push('stopped') })
    const rounds = vi.spyOn(other, 'round')
    other.start()
    loop.turn()
    other.stop()
    other.stop()
    while (loop.waiting > 0) loop.turn()
    expect(rounds).toHaveBeenCalledTimes(1)
    expect(other.running).toBe(false)
    // Told once, on a later turn, however it ended.
    expect(ends).toEqual(['spent', 'stopped'])
  })

  it('windows never run past the shorter source', () => {
    const loop = stepped(() => 0)
    const warm = new AlignerWarmUp(side('a', 20), side('b', 5), { later: loop.later, now: loop.now, pairs: 1e9 })
    expect(warm.round(0)).toBe(25)
    expect(warm.round(7)).toBe(25)
  })
})

describe('the warm-up in the service', () => {
  const corpus = path.join(import.meta.dirname, '..', '..', 'corpus')
  const file = (name: string) => ({ name, dataBase64: readFileSync(path.join(corpus, name)).toString('base64') })

  it('a host just opened warms up on its newest sources; a comparison asked meanwhile answers before the next round, ends the warm-up and answers as without it', async () => {
    const importer = new WorkbenchService({ host: 'cli' })
    const { results } = await importer.importFiles({ files: [file('northmoor-social-media-policy.md'), file('fernleigh-staff-social-media-guidelines.md'), file('tenancy-advice-online-protocol.txt')] })
    const [a, b] = results.map((r) => (r.ok ? r.source.id : ''))
    expect(a && b).toBeTruthy()
    const expected = await importer.compare({ a: a!, b: b! })

    // A host started afresh over the same library (the browser host and the desktop app prepare ahead).
    const events: string[] = []
    const round = AlignerWarmUp.prototype.round
    vi.spyOn(AlignerWarmUp.prototype, 'round').mockImplementation(function (this: AlignerWarmUp, n: number) {
      events.push('round')
      return round.call(this, n)
    })
    const host = new WorkbenchService({ host: 'web', workspace: importer.workspace })
    await host.listSources()
    for (let k = 0; k < 50 && events.length < 2; k++) await new Promise((r) => setTimeout(r, 0))
    expect(events).toEqual(['round', 'round'])

    const answer = host.compare({ a: a!, b: b! }).then((c) => {
      events.push('answered')
      return c
    })
    const comparison = await answer
    for (let k = 0; k < 10; k++) await new Promise((r) => setTimeout(r, 0))
    // Answered before any further round, and none ran after it: the comparison ended the warm-up.
    expect(events).toEqual(['round', 'round', 'answered'])
    expect(comparison).toEqual(expected)
    await importer.stopImports()
    importer.workspace.close()
  })

  it('a one-shot command never warms up', async () => {
    const round = vi.spyOn(AlignerWarmUp.prototype, 'round')
    const cli = new WorkbenchService({ host: 'cli' })
    await cli.importFiles({ files: [file('northmoor-social-media-policy.md'), file('fernleigh-staff-social-media-guidelines.md')] })
    await cli.listSources()
    for (let k = 0; k < 20; k++) await new Promise((r) => setTimeout(r, 0))
    expect(round).not.toHaveBeenCalled()
    cli.workspace.close()
  })
})

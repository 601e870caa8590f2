/**
 * Requests started by the click that opens a view, taken by the view's data hook as it mounts
 * (src/renderer/src/hooks/early-requests.ts). In a browser, the compare request leaving before
 * the comparison's tab is drawn: tests/e2e/compare.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { earlyRequests } from '../../src/renderer/src/hooks/early-requests'

/** A `later` the test runs by hand: the end of the turn the request was asked in. */
function turns(): { later: (drop: () => void) => void; end(): void } {
  const due: (() => void)[] = []
  return { later: (drop) => void due.push(drop), end: () => due.splice(0).forEach((drop) => drop()) }
}

describe('early requests', () => {
  it('starts the request when asked, and gives that very request to the first taker only', async () => {
    const turn = turns()
    const early = earlyRequests<string>(turn.later)
    let started = 0
    early.ask('sources:a:b', () => (started++, Promise.resolve('comparison')))
    // Asked twice in a turn (a double click): one request.
    early.ask('sources:a:b', () => (started++, Promise.resolve('again')))
    expect(started).toBe(1)
    expect(early.take('sources:b:a')).toBeUndefined()
    const taken = early.take('sources:a:b')
    expect(await taken).toBe('comparison')
    expect(early.take('sources:a:b')).toBeUndefined()
    turn.end()
  })

  it('drops a request nobody took by the end of its turn, so a later view asks afresh', () => {
    const turn = turns()
    const early = earlyRequests<string>(turn.later)
    early.ask('sources:a:b', () => Promise.resolve('then'))
    turn.end()
    expect(early.take('sources:a:b')).toBeUndefined()
    // Asked again after that: a new request, which its own turn's end does not confuse with the old one.
    let started = 0
    early.ask('sources:a:b', () => (started++, Promise.resolve('now')))
    expect(started).toBe(1)
    expect(early.take('sources:a:b')).toBeDefined()
  })

  it('hands a failure to the taker, and a failure nobody took is not an unhandled rejection', async () => {
    const turn = turns()
    const early = earlyRequests<string>(turn.later)
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    early.ask('sources:a:b', () => Promise.reject(new Error('the host is not answering')))
    await expect(early.take('sources:a:b')).rejects.toThrow('the host is not answering')
    early.ask('sources:c:d', () => Promise.reject(new Error('nobody took this')))
    turn.end()
    await new Promise((r) => setTimeout(r, 10))
    process.off('unhandledRejection', onUnhandled)
    expect(unhandled).toEqual([])
  })
})

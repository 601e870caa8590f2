/**
 * Requests started by the action that needs their answer (the click on Compare), before the
 * view that shows the answer has rendered, and taken by that view's data hook as it mounts. The
 * request is on its way while React draws the new tab (a few ms: the request used to leave only
 * once the view's effect ran).
 *
 * Note: an answer not taken by the end of the turn it was asked in is dropped (the view was
 * there already, or rendered later than that): the hook then asks again itself, so an early
 * answer can never stand for a later state of the library.
 */
export interface EarlyRequests<T> {
  /** Starts the request for `key` now, unless one is waiting already. */
  ask(key: string, start: () => Promise<T>): void
  /** The request started for `key` in this turn, once; undefined when there is none. */
  take(key: string): Promise<T> | undefined
}

export function earlyRequests<T>(later: (drop: () => void) => void = (drop) => void setTimeout(drop, 0)): EarlyRequests<T> {
  const waiting = new Map<string, Promise<T>>()
  return {
    ask(key, start) {
      if (waiting.has(key)) return
      const request = start()
      // Note: marked handled, so a failure nobody took is not reported as an unhandled rejection;
      // the view that takes it still gets the failure.
      request.catch(() => undefined)
      waiting.set(key, request)
      later(() => {
        if (waiting.get(key) === request) waiting.delete(key)
      })
    },
    take(key) {
      const request = waiting.get(key)
      waiting.delete(key)
      return request
    },
  }
}

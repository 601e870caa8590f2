/**
 * The comparison a person is likeliest to ask for next, made before they ask, in idle time:
 * a source they opened against its likeliest partner (likely-partner.ts), through the same
 * path a request takes (Library.compare), so its answer waits in the comparison cache and the
 * request that follows is a hit.
 *
 * Note: a comparison cannot be cut into turns, so this waits while any request is being
 * answered and runs one comparison a turn at most: a request arriving meanwhile waits for one
 * comparison at most (and, when it asks for this pair, for the rest of its own). A wrong guess
 * costs that wait and one comparison's CPU; the code it ran is compiled all the same.
 */
import type { SourceId } from '../../shared/model'

/** How long to look again when a request was being answered (ms): soon, without spinning. */
export const BUSY_RETRY_MS = 20

export interface CompareAheadOptions {
  /** Compares a with b as a request would (the answer kept for it). */
  compare: (a: SourceId, b: SourceId) => void
  /** Whether no request is being answered now. */
  idle: () => boolean
  /** Runs `run` on a later turn after `ms` (tests step through them). */
  later?: (run: () => void, ms: number) => void
}

export class CompareAhead {
  private pending: readonly [SourceId, SourceId] | null = null
  private scheduled = false
  private readonly later: (run: () => void, ms: number) => void

  constructor(private readonly options: CompareAheadOptions) {
    this.later = options.later ?? laterTurn
  }

  /** Compare a with b soon, when idle; replaces a pair offered before and not yet compared. */
  offer(a: SourceId, b: SourceId): void {
    this.pending = [a, b]
    this.schedule(0)
  }

  /** The pair offered is not compared after all: a person asked for a comparison first (right guess or wrong). */
  cancel(): void {
    this.pending = null
  }

  /** The pair waiting to be compared, if any (for tests). */
  get waiting(): readonly [SourceId, SourceId] | null {
    return this.pending
  }

  private schedule(ms: number): void {
    if (this.scheduled) return
    this.scheduled = true
    this.later(() => {
      this.scheduled = false
      this.turn()
    }, ms)
  }

  private turn(): void {
    if (!this.pending) return
    if (!this.options.idle()) return this.schedule(BUSY_RETRY_MS)
    const [a, b] = this.pending
    this.pending = null
    try {
      this.options.compare(a, b)
    } catch {
      // A pair that cannot be compared fails again, in words, in the request that asks for it.
    }
  }
}

/** A later turn of the event loop that never keeps a process alive. */
function laterTurn(run: () => void, ms: number): void {
  setTimeout(run, ms).unref?.()
}

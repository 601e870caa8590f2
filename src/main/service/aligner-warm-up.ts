/**
 * Compiling the aligner before the first comparison a person asks for, off the request.
 *
 * V8 runs a function's first calls in its interpreter and optimises it only after many calls
 * (or loop turns). The first 300 x 300 comparison after the app started took about twice the
 * CPU of the next one, and one small comparison beforehand (40 clauses a side, as before) left
 * it nearly as slow: the aligner's hot functions had been called too few times. Measured on
 * the renderer bench's workspace (CPU of the first comparison, median of five processes): no
 * warm-up 269 ms, 100 rounds of 12 clauses 161 ms, 40 rounds of 64 clauses 65 ms. So this
 * runs small comparisons of windows of two real sources until they have weighed about two
 * 300 x 300 comparisons' worth of clause pairs, one round per turn of the event loop, each
 * sized to take about ROUND_MS, so a request arriving meanwhile waits for one round at most.
 * Their answers are thrown away. Note: a comparison a person asks for ends it (stop()): by
 * then the code is warm enough, and the CPU is theirs.
 */
import { compareSources, type PreparedClause } from '../../shared/compare/align'
import type { SourceDocument } from '../../shared/model'
import { policyClauses } from '../../shared/model-clauses'

/** Clause pairs the rounds weigh in all (window x window each): two 300 x 300 comparisons' worth. */
export const WARM_UP_PAIRS = 180_000
/** At most this many rounds, whatever their size (a slow machine stays at small windows). */
export const MAX_ROUNDS = 400
/** About how long one round may take, in ms of CPU: the most a request arriving meanwhile waits. */
export const ROUND_MS = 4
/** Clauses a side in a round: from the smallest (the first, interpreted, rounds) up to the largest. */
export const MIN_WINDOW = 8
export const MAX_WINDOW = 64

/** One source as the warm-up compares it: its policy clauses and their prepared reading, in step. */
export interface WarmUpSide {
  source: SourceDocument
  prepared: readonly PreparedClause[]
}

export interface WarmUpOptions {
  /** Runs a round on a later turn of the event loop (tests step through them). */
  later?: (run: () => void) => void
  /**
   * The clock that sizes the rounds, in ms. Note: this process's CPU time by default, not the
   * wall clock: on a machine busy with other work a round's wall time says little of its size,
   * and sized by it the rounds stayed too small to compile anything.
   */
  now?: () => number
  /** Clause pairs to weigh in all (WARM_UP_PAIRS). */
  pairs?: number
  /** Called once, on a later turn, when no more rounds will run (spent, stopped or failed). */
  onEnd?: () => void
  /**
   * While this says so, rounds wait (a turn at a time) for other work off the request to go
   * first: the sources of the comparison a person is about to ask for (library-analysis.ts).
   */
  holdWhile?: () => boolean
}

export class AlignerWarmUp {
  private roundsDone = 0
  private pairsDone = 0
  private stopped = false
  private window = MIN_WINDOW
  private readonly later: (run: () => void) => void
  private readonly now: () => number
  private readonly pairs: number
  private readonly onEnd: (() => void) | undefined
  private readonly holdWhile: (() => boolean) | undefined
  private ended = false

  constructor(
    private readonly a: WarmUpSide,
    private readonly b: WarmUpSide,
    options: WarmUpOptions = {},
  ) {
    this.later = options.later ?? laterTurn
    this.now = options.now ?? cpuMs
    this.pairs = options.pairs ?? WARM_UP_PAIRS
    this.onEnd = options.onEnd
    this.holdWhile = options.holdWhile
  }

  /** Starts the rounds on a later turn; a warm-up stopped already never starts. */
  start(): void {
    this.later(() => this.next())
  }

  /** No more rounds (a real comparison was made, or the library was closed). */
  stop(): void {
    if (this.stopped) return
    this.stopped = true
    this.later(() => this.end())
  }

  /** Whether rounds are still to come. */
  get running(): boolean {
    return !this.stopped && this.pairsDone < this.pairs && this.roundsDone < MAX_ROUNDS
  }

  /** The clauses a side the next round compares (for tests). */
  get windowSize(): number {
    return this.window
  }

  private end(): void {
    if (this.ended) return
    this.ended = true
    this.onEnd?.()
  }

  private next(): void {
    if (!this.running) return this.end()
    if (this.holdWhile?.()) return this.later(() => this.next())
    const started = this.now()
    try {
      this.pairsDone += this.round(this.roundsDone)
    } catch {
      // A source the aligner cannot read fails again, in words, in the request that needs it.
      this.stopped = true
      return this.end()
    }
    this.roundsDone++
    // Note: sized by the clock, so the first rounds (interpreted code) and a slow machine's stay
    // short, and later ones do more (larger windows, nearer what a real comparison meets).
    const took = this.now() - started
    if (took < ROUND_MS / 2) this.window = Math.min(MAX_WINDOW, this.window * 2)
    else if (took > ROUND_MS) this.window = Math.max(MIN_WINDOW, Math.floor(this.window / 2))
    if (this.running) this.later(() => this.next())
    else this.end()
  }

  /** One small comparison: the same window of both sides, moved along them round by round; gives the pairs it weighed. */
  round(n: number): number {
    const size = Math.min(this.window, this.a.prepared.length, this.b.prepared.length)
    // Note: an empty side compares nothing; counted as a full window so the warm-up still ends.
    if (size === 0) return this.window * this.window
    const span = Math.min(this.a.prepared.length, this.b.prepared.length) - size + 1
    const from = (n * Math.ceil(size / 2)) % span
    const cut = (side: WarmUpSide): { source: SourceDocument; prepared: readonly PreparedClause[] } => ({
      source: { ...side.source, clauses: policyClauses(side.source).slice(from, from + size) },
      prepared: side.prepared.slice(from, from + size),
    })
    const [a, b] = [cut(this.a), cut(this.b)]
    // Note: as Library.compare calls it, prepared clauses given, so the code warmed is the code it runs.
    compareSources(a.source, b.source, { prepared: { a: a.prepared, b: b.prepared } })
    return size * size
  }
}

/** This process's CPU time (user and system) in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** A later turn of the event loop that never keeps a process alive. */
function laterTurn(run: () => void): void {
  setTimeout(run, 0).unref?.()
}

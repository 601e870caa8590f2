/**
 * The library-wide structures comparison needs (the sources as read, the clause index, clause
 * families), built on first use and rebuilt only after the library changes (the workspace's
 * version moves on every import, removal and change of details), so the coverage matrix,
 * families, similar-clause lookups and the checks of one session share one read of the library.
 */
import { type PreparedClause, type PreparedMemo, prepareSource } from '../../shared/compare/align'
import { readyForComparisons } from '../../shared/compare/align/features'
import { preparedKey } from '../../shared/compare/align/prepared-key'
import { wordVectorsDecoded, wordVectorTable } from '../../shared/compare/semantic'
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../shared/compare/library'
import type { Clause, SourceDocument, SourceId, SourceSummary } from '../../shared/model'
import { policyClauses } from '../../shared/model-clauses'
import { AlignerWarmUp, MIN_WINDOW, type WarmUpSide } from './aligner-warm-up'
import { likelyPartner } from './likely-partner'

/** How many single sources are kept between comparisons (a few pairs' worth). */
const SINGLES_KEPT = 8

/**
 * How many clauses' preparations are kept, over all sources (about 2 kB a clause: some 32 MB at
 * the limit); a source is often compared with several, and the first comparison of a pair
 * should pay only for the pairing.
 */
const PREPARED_CLAUSES_KEPT = 16_000

/**
 * Clauses prepared per turn of the event loop off the request (a few ms of work), so that a
 * request arriving meanwhile waits no longer; a 1,000-clause source used to be one turn.
 */
export const PREPARE_STEP = 48

/** Newest import first (ISO times compare as strings). */
const newestFirst = (x: { importedAt: string }, y: { importedAt: string }): number => (x.importedAt < y.importedAt ? 1 : x.importedAt > y.importedAt ? -1 : 0)

/** Prepared clauses kept for one source, with the key of the clauses they were made from. */
interface KeptPreparation {
  key: string
  clauses: readonly PreparedClause[]
}

/** A source being prepared off the request, PREPARE_STEP clauses a turn. */
interface Preparing {
  key: string
  source: SourceDocument
  clauses: readonly Clause[]
  /** One memo over all its steps: what one prepareSource call would share. */
  memo: PreparedMemo
  done: PreparedClause[]
}

export class LibraryAnalysis {
  private read: { version: number; sources: SourceDocument[] } | null = null
  private cached: { version: number; index: ClauseIndex; families?: LibraryFamily[] } | null = null
  /** Single sources read for comparisons, for this version of the library (bounded, oldest out first). */
  private singles: { version: number; byId: Map<SourceId, SourceDocument> } = { version: -1, byId: new Map() }
  /**
   * What the aligner reads of each source's own clauses (bounded, least recently used out
   * first). Note: kept across versions of the library, since most changes (another import, a
   * title edited) leave a source's clauses as they were; the key says when they are not.
   */
  private readonly prepared = new Map<SourceId, KeptPreparation>()
  private preparedCount = 0
  /** Sources waiting to be prepared off the request path (prepareSoon), newest first. */
  private toPrepare: SourceDocument[] = []
  private preparing: ReturnType<typeof setTimeout> | null = null
  /** The source being prepared a step at a time, if any; a request for it finishes the rest. */
  private inProgress: Preparing | null = null
  /**
   * The aligner's warm-up (aligner-warm-up.ts): once per process, on the first two sources
   * prepared off the request, unless a comparison came first. `offered` holds the first.
   */
  private warmUp: AlignerWarmUp | 'compared' | null = null
  private offered: WarmUpSide | null = null
  /**
   * Clauses prepared, by text, over all sources (bounded: emptied when full). Note: two
   * versions of one policy, or a council's policies built from one template, hold many clauses
   * word for word, and a prepared clause is a pure function of its text and whether a label
   * was printed (features.ts PreparedMemo): such a clause is prepared once for the library,
   * not once per source. Measured on the renderer bench's library (sources drawn from the
   * corpus's clauses): most of the preparing ahead was of texts prepared already.
   */
  private readonly byText: PreparedMemo = new Map()
  /**
   * The source a person opened last and its likeliest partner (prepareFirst): prepared next,
   * even while the warm-up runs.
   */
  private opened: ReadonlySet<SourceId> = new Set()
  /** A source opened whose partner is still to be looked for (findPartner), on the next turn. */
  private partnerFor: SourceDocument | null = null
  /** A source opened and its partner, until both are prepared and handed to `pairReady`. */
  private pairAhead: readonly [SourceDocument, SourceDocument] | null = null
  /** The source opened whose pair may still be compared ahead: none once a comparison was made since. */
  private aheadFor: SourceId | null = null

  constructor(
    private readonly sources: () => SourceDocument[],
    private readonly version: () => number,
    private readonly options: {
      /** Prepare sources the library reads ahead of their comparisons (the app's hosts; not a one-shot command). */
      prepareAhead?: boolean
      /**
       * Told, on a turn off the request, once a source a person opened and its likeliest
       * partner are both prepared: the comparison likeliest to come (compare-ahead.ts).
       */
      pairReady?: (a: SourceId, b: SourceId) => void
    } = {},
  ) {}

  /**
   * Every source of the library, read once per version of it. The checks score repeats with
   * the library's word statistics; they used to read every source from the database on each
   * check. Note: callers must not change what they get (it is shared until the next change).
   */
  librarySources(): readonly SourceDocument[] {
    const version = this.version()
    if (!this.read || this.read.version !== version) {
      this.read = { version, sources: this.sources() }
      if (this.options.prepareAhead) this.prepareSoon(this.read.sources)
    }
    return this.read.sources
  }

  /**
   * One source as stored (without the researcher's notes), read at most once per version of
   * the library: from the library read when there is one, else by `readOne`, kept for the next
   * comparison with it (A against B, then A against C reads A once). Undefined when missing.
   * Note: shared like librarySources(); callers must not change it.
   */
  source(id: SourceId, readOne: (id: SourceId) => SourceDocument | undefined): SourceDocument | undefined {
    const version = this.version()
    if (this.read?.version === version) {
      const found = this.read.sources.find((s) => s.id === id)
      if (found) return found
    }
    if (this.singles.version !== version) this.singles = { version, byId: new Map() }
    const kept = this.singles.byId.get(id)
    if (kept) return kept
    const source = readOne(id)
    if (!source) return undefined
    this.keepSingle(source)
    return source
  }

  /** A source just read from the workspace for this version of the library, kept for source(). */
  private keepSingle(source: SourceDocument): void {
    const version = this.version()
    if (this.singles.version !== version) this.singles = { version, byId: new Map() }
    this.singles.byId.set(source.id, source)
    if (this.singles.byId.size > SINGLES_KEPT) this.singles.byId.delete(this.singles.byId.keys().next().value!)
  }

  /**
   * The aligner's reading of a source's clauses (prepareSource: identity texts, terms,
   * shingles, words, titles, term counts), made once and kept while the source's clauses stay
   * as they are (prepared-key.ts): comparing A with B, then A with C, prepares A once, and a
   * source the library read or imported earlier is often prepared already (prepareSoon).
   * `source` must be the source of that id as the library holds it now (what source() gives);
   * clauses of a text prepared before (for any source) are not prepared again (byText), unless
   * a `memo` of the caller's own is given.
   */
  preparedClauses(id: SourceId, source: SourceDocument, memo?: PreparedMemo): readonly PreparedClause[] {
    const key = preparedKey(source)
    const kept = this.prepared.get(id)
    if (kept && kept.key === key) {
      this.prepared.delete(id)
      this.prepared.set(id, kept)
      return kept.clauses
    }
    // Begun off the request: the request finishes it rather than starting again.
    const begun = this.inProgress?.source.id === id && this.inProgress.key === key ? this.inProgress : null
    if (begun) this.inProgress = null
    const made = begun ? begun.done.concat(prepareSource({ ...source, clauses: begun.clauses.slice(begun.done.length) }, begun.memo)) : prepareSource(source, memo ?? this.textMemo())
    this.keepPrepared(id, { key, clauses: made })
    return made
  }

  /** Whether the source's clauses, as given, are prepared already (for tests and the warm-up). */
  isPrepared(source: SourceDocument): boolean {
    return this.prepared.get(source.id)?.key === preparedKey(source)
  }

  /**
   * Prepare these sources' clauses soon, PREPARE_STEP clauses per turn of the event loop,
   * newest import first, so that a later first comparison with them pays only for the
   * pairing. Note: in steps so that a request arriving meanwhile waits for one step at most;
   * only as many as the bound keeps, since preparing more would push out what was just made.
   */
  prepareSoon(sources: readonly SourceDocument[]): void {
    const asked = new Set(sources.map((s) => s.id))
    // Note: a source a person opened and its partner (prepareFirst) stay first; the rest newest first.
    const byNewest = [...sources, ...this.toPrepare.filter((s) => !asked.has(s.id))].sort((x, y) => Number(this.opened.has(y.id)) - Number(this.opened.has(x.id)) || newestFirst(x, y))
    const chosen: SourceDocument[] = []
    let clauses = 0
    for (const s of byNewest) {
      clauses += s.clauses.length
      if (clauses > PREPARED_CLAUSES_KEPT) break
      chosen.push(s)
    }
    this.toPrepare = chosen
    this.prepareLater()
  }

  /**
   * A source a person opened (read it, to compare it next): prepared next, ahead of the others,
   * and on turns between the warm-up's rounds rather than after them. Note: the first
   * comparison after the app starts used to find its sources unprepared when the library
   * was large or the machine busy (prepared newest first, after the warm-up), and prepared them
   * in the request, with cold code: a third of its CPU. A person opens A before choosing B.
   */
  prepareFirst(source: SourceDocument): void {
    // Note: `source` was read from the workspace just now: the comparison that follows reads it
    // from here (source()) rather than from the database again.
    this.keepSingle(source)
    // Its likeliest partner is looked for on the next turn, off the request (findPartner).
    this.partnerFor = source
    this.pairAhead = null
    this.aheadFor = source.id
    this.opened = new Set([source.id])
    if (!this.isPrepared(source) && this.inProgress?.source.id !== source.id) this.toPrepare = [source, ...this.toPrepare.filter((s) => s.id !== source.id)]
    this.prepareLater(true)
  }

  /**
   * The source the one opened last is likeliest to be compared with (likely-partner.ts), queued
   * right after it and prepared as it is, between the warm-up's rounds. Note: the first
   * comparison after a start found A prepared (prepareFirst) and prepared B in the request.
   */
  private findPartner(): void {
    const opened = this.partnerFor
    this.partnerFor = null
    if (!opened) return
    let partner: SourceDocument | undefined
    try {
      partner = likelyPartner(opened, this.readSources())
    } catch {
      // A source that cannot be read as clauses is no one's partner; its request reports it.
      return
    }
    if (!partner) return
    // Note: found on a turn after the opening; a comparison made meanwhile was the person's choice.
    if (this.aheadFor === opened.id) this.pairAhead = [opened, partner]
    if (this.isPrepared(partner) || this.inProgress?.source.id === partner.id) return
    this.opened = new Set([opened.id, partner.id])
    const rest = this.toPrepare.filter((s) => s.id !== partner.id)
    const at = rest[0]?.id === opened.id ? 1 : 0
    this.toPrepare = [...rest.slice(0, at), partner, ...rest.slice(at)]
  }

  /**
   * Sources read already (waiting to be prepared, or in this version's library read): where
   * prepareFirst looks for a partner. Note: only what is read: reading the library for a guess
   * would cost more than it saves. A prepared partner is left out of the queue all the same.
   */
  private readSources(): SourceDocument[] {
    const read = this.read?.version === this.version() ? this.read.sources : []
    return [...this.toPrepare, ...read]
  }

  /** Whether the next step is of a source a person opened or its partner (prepareFirst). */
  private openedNext(): boolean {
    if (this.opened.size === 0) return false
    const next = this.inProgress ? this.inProgress.source.id : this.toPrepare[0]?.id
    return next !== undefined && this.opened.has(next)
  }

  /** The next step of prepareSoon on a later turn, unless one is due already or there is none to take (or `always`). */
  private prepareLater(always = false): void {
    if (this.preparing || (!always && !this.inProgress && this.toPrepare.length === 0)) return
    this.schedule(this.prepareTurn)
  }

  private readonly prepareTurn = (): void => {
    this.preparing = null
    this.findPartner()
    this.offerPairAhead()
    // Note: the aligner's warm-up goes first (its end calls prepareLater): compiled code helps
    // whichever pair is compared first, a prepared source only a pair with it, and on a busy
    // machine both were still going when the first comparison came.
    if (this.warmingUp && !this.openedNext()) return
    try {
      this.prepareStep()
    } catch {
      // A source that cannot be prepared fails again, in words, in the request that needs it.
      this.inProgress = null
    }
    this.offerPairAhead()
    this.prepareLater()
  }

  /** The opened source and its partner to `pairReady` once both are prepared (and never twice). */
  private offerPairAhead(): void {
    const pair = this.pairAhead
    if (!pair || !this.options.pairReady || !pair.every((s) => this.isPrepared(s))) return
    this.pairAhead = null
    this.options.pairReady(pair[0].id, pair[1].id)
  }

  /** One step of prepareSoon: the next PREPARE_STEP clauses of the source in progress, or of the next source. */
  private prepareStep(): void {
    // Note: the word vectors a revision's comparison reads (semantic-leftovers.ts) decoded in a
    // turn of their own before the first source (about 30 ms, once per process): the first
    // comparison after the app started paid for it.
    if (!wordVectorsDecoded()) {
      wordVectorTable()
      return
    }
    if (!this.inProgress) {
      const source = this.toPrepare.shift()
      if (!source) return
      const key = preparedKey(source)
      const kept = this.prepared.get(source.id)
      if (kept?.key === key) return this.offerForWarmUp(source, kept.clauses)
      this.inProgress = { key, source, clauses: policyClauses(source), memo: this.textMemo(), done: [] }
    }
    const p = this.inProgress
    const step = p.clauses.slice(p.done.length, p.done.length + PREPARE_STEP)
    for (const made of prepareSource({ ...p.source, clauses: step }, p.memo)) p.done.push(made)
    if (p.done.length < p.clauses.length) return
    this.inProgress = null
    // What each comparison reads of the source as a whole (its frequencies, its terms' word
    // vectors), made here, so that a new pair pays only for the pairing.
    readyForComparisons(p.done)
    this.keepPrepared(p.source.id, { key: p.key, clauses: p.done })
    this.offerForWarmUp(p.source, p.done)
  }

  /**
   * After the library is opened: read its newest sources one per turn of the event loop and
   * prepare them (up to the bound), and once two are read, warm the aligner up with them
   * (aligner-warm-up.ts). Note: the first comparison after the app starts ran the aligner's
   * code cold (about twice the CPU of the next); the warm-up, off the request, compiles it,
   * and the sources a user compares first are often prepared by then.
   */
  warmUpSoon(list: () => readonly SourceSummary[], readOne: (id: SourceId) => SourceDocument | undefined): void {
    const ids: SourceId[] = []
    const step = (): void => {
      const id = ids.shift()
      if (id === undefined) return
      try {
        // Prepared in steps like an imported source; the warm-up starts once two are.
        const source = readOne(id)
        if (source) this.prepareSoon([source])
      } catch {
        // Left for the request that needs the source to report, in words.
      }
      later(step)
    }
    later(() => {
      try {
        let clauses = 0
        for (const s of [...list()].sort(newestFirst)) {
          clauses += s.clauseCount
          if (clauses > PREPARED_CLAUSES_KEPT) break
          ids.push(s.id)
        }
      } catch {
        return
      }
      step()
    })
  }

  /**
   * A person has chosen the pair to compare (library.ts compareSoon): the guess at the opened
   * source's partner is dropped, so it does not take the chosen pair's place when both are
   * prepared. The warm-up goes on until that comparison starts (comparing()).
   */
  pairChosen(): void {
    this.pairAhead = null
    this.aheadFor = null
  }

  /**
   * A comparison is being made for a person: the warm-up stops (or never starts), since that
   * comparison compiles the aligner as well and its CPU should not be shared.
   */
  comparing(): void {
    if (this.warmUp instanceof AlignerWarmUp) this.warmUp.stop()
    this.warmUp = 'compared'
    // Nor is the opened source compared with its partner ahead: a person has chosen a pair.
    this.pairAhead = null
    this.aheadFor = null
    this.offered = null
  }

  /** Whether the aligner's warm-up has rounds still to run (for tests). */
  get warmingUp(): boolean {
    return this.warmUp instanceof AlignerWarmUp && this.warmUp.running
  }

  /**
   * A source just prepared off the request; the second one offered starts the warm-up with the
   * first. Note: sources shorter than the warm-up's smallest window are passed over (a handful
   * of clauses compiles little, and the warm-up holds back the preparing).
   */
  private offerForWarmUp(source: SourceDocument, prepared: readonly PreparedClause[]): void {
    if (this.warmUp !== null || prepared.length < MIN_WINDOW) return
    if (!this.offered) {
      this.offered = { source, prepared }
      return
    }
    if (this.offered.source.id === source.id) return
    // Note: its rounds wait while the sources a person opened are prepared: a comparison with
    // them is the one coming, and under load the rounds between their steps left B unprepared.
    this.warmUp = new AlignerWarmUp(this.offered, { source, prepared }, { onEnd: () => this.prepareLater(), holdWhile: () => this.openedNext() })
    this.offered = null
    this.warmUp.start()
  }

  /** The library's memo of prepared clauses by text (byText), emptied first when it holds more than PREPARED_CLAUSES_KEPT. */
  private textMemo(): PreparedMemo {
    if (this.byText.size > PREPARED_CLAUSES_KEPT) this.byText.clear()
    return this.byText
  }

  private schedule(run: () => void): void {
    this.preparing = setTimeout(run, 0)
    this.preparing.unref?.()
  }

  private keepPrepared(id: SourceId, made: KeptPreparation): void {
    const old = this.prepared.get(id)
    if (old) this.preparedCount -= old.clauses.length
    this.prepared.delete(id)
    this.prepared.set(id, made)
    this.preparedCount += made.clauses.length
    // Least recently used out first, but never the one just made.
    while (this.preparedCount > PREPARED_CLAUSES_KEPT && this.prepared.size > 1) {
      const oldest = this.prepared.keys().next().value!
      this.preparedCount -= this.prepared.get(oldest)!.clauses.length
      this.prepared.delete(oldest)
    }
  }

  index(): ClauseIndex {
    if (!this.cached || this.cached.version !== this.version()) {
      this.cached = { version: this.version(), index: buildClauseIndex(this.librarySources()) }
    }
    return this.cached.index
  }

  /**
   * Build the index and families soon, outside the request that changed the library: after
   * an import the user reads the report, and coverage or families then open from the cache.
   * Note: a failure here is left for the next request to report, in words.
   */
  warmSoon(): void {
    const timer = setTimeout(() => {
      try {
        this.families()
      } catch {
        // Reported by the request that needs it.
      }
    }, 0)
    timer.unref?.()
  }

  families(): LibraryFamily[] {
    const index = this.index()
    this.cached!.families ??= buildFamilies(index)
    return this.cached!.families
  }
}

/** Runs `run` on a later turn of the event loop, never keeping a process alive for it. */
function later(run: () => void): void {
  setTimeout(run, 0).unref?.()
}

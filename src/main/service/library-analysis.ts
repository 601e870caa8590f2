/**
 * The library-wide structures comparison needs (the sources as read, the clause index, clause
 * families), built on first use and rebuilt only after the library changes (the workspace's
 * version moves on every import, removal and change of details), so the coverage matrix,
 * families, similar-clause lookups and the checks of one session share one read of the library.
 */
import { type PreparedClause, type PreparedMemo, prepareSource } from '../../shared/compare/align'
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../shared/compare/library'
import type { SourceDocument, SourceId } from '../../shared/model'

/** How many single sources are kept between comparisons (a few pairs' worth). */
const SINGLES_KEPT = 8

/** How many sources' prepared clauses are kept (a few kB per hundred clauses; a source is often compared with several). */
const PREPARED_KEPT = 32

export class LibraryAnalysis {
  private read: { version: number; sources: SourceDocument[] } | null = null
  private cached: { version: number; index: ClauseIndex; families?: LibraryFamily[] } | null = null
  /** Single sources read for comparisons, for this version of the library (bounded, oldest out first). */
  private singles: { version: number; byId: Map<SourceId, SourceDocument> } = { version: -1, byId: new Map() }
  /** What the aligner reads of each source's own clauses, for this version of the library (bounded, oldest out first). */
  private prepared: { version: number; byId: Map<SourceId, readonly PreparedClause[]> } = { version: -1, byId: new Map() }

  constructor(
    private readonly sources: () => SourceDocument[],
    private readonly version: () => number,
  ) {}

  /**
   * Every source of the library, read once per version of it. The checks score repeats with
   * the library's word statistics; they used to read every source from the database on each
   * check. Note: callers must not change what they get (it is shared until the next change).
   */
  librarySources(): readonly SourceDocument[] {
    const version = this.version()
    if (!this.read || this.read.version !== version) this.read = { version, sources: this.sources() }
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
    this.singles.byId.set(id, source)
    if (this.singles.byId.size > SINGLES_KEPT) this.singles.byId.delete(this.singles.byId.keys().next().value!)
    return source
  }

  /**
   * The aligner's reading of a source's clauses (prepareSource: identity texts, terms,
   * shingles, words, titles), made once per version of the library and kept for the next
   * comparison with it: comparing A with B, then A with C, prepares A once. `source` must be
   * the source of that id as this version holds it (what source() gives); `memo`, one for
   * both sources of a comparison, prepares the clauses they share word for word once.
   */
  preparedClauses(id: SourceId, source: SourceDocument, memo?: PreparedMemo): readonly PreparedClause[] {
    const version = this.version()
    if (this.prepared.version !== version) this.prepared = { version, byId: new Map() }
    const kept = this.prepared.byId.get(id)
    if (kept) return kept
    const made = prepareSource(source, memo)
    this.prepared.byId.set(id, made)
    if (this.prepared.byId.size > PREPARED_KEPT) this.prepared.byId.delete(this.prepared.byId.keys().next().value!)
    return made
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

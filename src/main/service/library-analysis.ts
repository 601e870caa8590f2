/**
 * The library-wide structures comparison needs (the sources as read, the clause index, clause
 * families), built on first use and rebuilt only after the library changes (the workspace's
 * version moves on every import, removal and change of details), so the coverage matrix,
 * families, similar-clause lookups and the checks of one session share one read of the library.
 */
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../shared/compare/library'
import type { SourceDocument } from '../../shared/model'

export class LibraryAnalysis {
  private read: { version: number; sources: SourceDocument[] } | null = null
  private cached: { version: number; index: ClauseIndex; families?: LibraryFamily[] } | null = null

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

/**
 * The library-wide structures comparison needs (the clause index, clause families), built on
 * first use and rebuilt only after the library changes, so the coverage matrix, families and
 * similar-clause lookups of one session share one index.
 */
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../shared/compare/library'
import type { SourceDocument } from '../../shared/model'

export class LibraryAnalysis {
  private cached: { version: number; index: ClauseIndex; families?: LibraryFamily[] } | null = null

  constructor(
    private readonly sources: () => SourceDocument[],
    private readonly version: () => number,
  ) {}

  index(): ClauseIndex {
    if (!this.cached || this.cached.version !== this.version()) {
      this.cached = { version: this.version(), index: buildClauseIndex(this.sources()) }
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

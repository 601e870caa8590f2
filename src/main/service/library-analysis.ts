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

  families(): LibraryFamily[] {
    const index = this.index()
    this.cached!.families ??= buildFamilies(index)
    return this.cached!.families
  }
}

/**
 * Comparisons already made, so that going back to a pair of sources (or the renderer asking
 * again after a re-render) answers at once instead of aligning 300 x 300 clauses again.
 *
 * Keyed by the pair (in order: A against B is not B against A) and valid for one version of
 * the library: the workspace's version moves on every import, edit and removal of a source, by
 * this process or any other using the file, so a removed, re-imported or renamed source never
 * answers from here. Bounded: the least recently used pair goes first.
 *
 * Note: what it returns is shared with the next caller of the same pair; hosts serialise it
 * (JSON or a structured clone) and callers in process must not change it.
 */
import type { Comparison, SourceId } from '../../shared/model'

export const DEFAULT_COMPARISONS_KEPT = 8

export class ComparisonCache {
  /** Insertion order is use order: a hit is deleted and set again, so the first key is the oldest. */
  private readonly kept = new Map<string, Comparison>()
  private version: number | null = null

  constructor(
    private readonly libraryVersion: () => number,
    private readonly limit = DEFAULT_COMPARISONS_KEPT,
  ) {}

  /** The comparison of a and b: the one kept for this version of the library, or `make()`'s. */
  get(a: SourceId, b: SourceId, make: () => Comparison): Comparison {
    const version = this.libraryVersion()
    if (version !== this.version) {
      this.kept.clear()
      this.version = version
    }
    const key = `${a}\n${b}`
    const hit = this.kept.get(key)
    if (hit) {
      this.kept.delete(key)
      this.kept.set(key, hit)
      return hit
    }
    const made = make()
    // Note: kept only if the library did not change while it was made (a host may interleave).
    if (this.libraryVersion() !== version || this.limit <= 0) return made
    this.kept.set(key, made)
    while (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!)
    return made
  }

  /** Whether the comparison of a and b is kept for the library as it is now. */
  has(a: SourceId, b: SourceId): boolean {
    return this.version === this.libraryVersion() && this.kept.has(`${a}\n${b}`)
  }

  /** How many comparisons are kept now (for tests). */
  get size(): number {
    return this.kept.size
  }
}

/**
 * The library of imported sources, held in memory for this launch. The SQLite workspace
 * (issue 5) replaces this with the same methods; nothing else changes.
 */
import type { SourceDocument, SourceId } from '../../shared/model'

export class InMemoryLibrary {
  private readonly sources = new Map<SourceId, SourceDocument>()
  /** Goes up on every change, so caches built from the library know when they are stale. */
  private changes = 0

  get version(): number {
    return this.changes
  }

  has(id: SourceId): boolean {
    return this.sources.has(id)
  }

  get(id: SourceId): SourceDocument | undefined {
    return this.sources.get(id)
  }

  put(source: SourceDocument): void {
    this.sources.set(source.id, source)
    this.changes++
  }

  remove(id: SourceId): boolean {
    const removed = this.sources.delete(id)
    if (removed) this.changes++
    return removed
  }

  /** Newest import first; ties (same batch) keep import order. */
  all(): SourceDocument[] {
    return [...this.sources.values()].reverse().sort((a, b) => b.importedAt.localeCompare(a.importedAt))
  }
}

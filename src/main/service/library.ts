/**
 * The library of imported sources, held in memory for this launch. The SQLite workspace
 * (issue 5) replaces this with the same methods; nothing else changes.
 */
import type { SourceDocument, SourceId } from '../../shared/model'

export class InMemoryLibrary {
  private readonly sources = new Map<SourceId, SourceDocument>()

  has(id: SourceId): boolean {
    return this.sources.has(id)
  }

  get(id: SourceId): SourceDocument | undefined {
    return this.sources.get(id)
  }

  put(source: SourceDocument): void {
    this.sources.set(source.id, source)
  }

  remove(id: SourceId): boolean {
    return this.sources.delete(id)
  }

  /** Newest import first; ties (same batch) keep import order. */
  all(): SourceDocument[] {
    return [...this.sources.values()].reverse().sort((a, b) => b.importedAt.localeCompare(a.importedAt))
  }
}

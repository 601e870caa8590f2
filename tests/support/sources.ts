/** A SourceDocument made from clauses, for tests and benchmarks that need one without importing a file. */
import type { Clause, SourceDocument } from '../../src/shared/model'

export function testSource(id: string, clauses: Clause[], overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    title: id,
    organisation: null,
    kind: 'council-policy',
    date: null,
    format: 'txt',
    origin: `${id}.txt`,
    importedAt: '2026-01-01T00:00:00Z',
    outline: [],
    clauses,
    warnings: [],
    ...overrides,
  }
}

/** What must hold of any output, whatever the input: shared by the invariant and property tests. */
import { expect } from 'vitest'
import type { ClauseIndex, DocumentCheck, LibraryFamily, SimilarClause } from '../../../src/shared/compare/library'
import type { Clause, CoverageMatrix } from '../../../src/shared/model'

const inUnit = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1

export function expectFamilyInvariants(index: ClauseIndex, families: readonly LibraryFamily[]): void {
  const seen = new Set<string>()
  const ids = new Set<string>()
  for (const f of families) {
    expect(ids.has(f.id)).toBe(false)
    ids.add(f.id)
    expect(f.members.length).toBeGreaterThanOrEqual(2)
    expect(f.members[0]!.clauseId).toBe(f.representative.clauseId)
    expect(f.members[0]!.similarity).toBe(1)
    expect(inUnit(f.cohesion)).toBe(true)
    const primaries = new Map<string, string>()
    for (const m of f.members) {
      // Every clause in at most one family, and only clauses of the index.
      expect(seen.has(m.clauseId)).toBe(false)
      seen.add(m.clauseId)
      const n = index.numberOf.get(m.clauseId)
      expect(n).toBeDefined()
      expect(index.sources[index.sourceOf[n!]!]!.id).toBe(m.sourceId)
      expect(inUnit(m.similarity)).toBe(true)
      if (m.repeatOf) {
        // A second clause of a source only as a flagged repeat of the first.
        expect(primaries.get(m.sourceId)).toBe(m.repeatOf)
      } else {
        expect(primaries.has(m.sourceId)).toBe(false)
        primaries.set(m.sourceId, m.clauseId)
      }
    }
    expect(f.sourceCount).toBe(primaries.size)
    expect(f.sourceCount).toBeGreaterThanOrEqual(2)
  }
}

export function expectCoverageInvariants(index: ClauseIndex, families: readonly LibraryFamily[], matrix: CoverageMatrix): void {
  expect(matrix.sources.length).toBe(index.sources.length)
  expect(matrix.families.length).toBe(families.length)
  const sourceIds = new Set(index.sources.map((s) => s.id))
  expect(new Set(Object.keys(matrix.gaps))).toEqual(sourceIds)
  for (const [source, gap] of Object.entries(matrix.gaps)) {
    for (const t of gap.topics) expect(matrix.topics.find((r) => r.topic === t)!.bySource[source]).toBeUndefined()
    for (const f of gap.families) expect(matrix.families.find((r) => r.familyId === f)!.bySource[source]).toBeUndefined()
  }
}

export function expectSimilarInvariants(index: ClauseIndex, query: Clause, results: readonly SimilarClause[]): void {
  const own = index.sources[index.sourceOf[index.numberOf.get(query.id)!]!]!.id
  for (const r of results) {
    expect(r.sourceId).not.toBe(own)
    expect(inUnit(r.similarity)).toBe(true)
    expect(index.numberOf.has(r.clauseId)).toBe(true)
  }
  expect(results.map((r) => r.similarity)).toEqual([...results.map((r) => r.similarity)].sort((a, b) => b - a))
}

export function expectCheckInvariants(clauses: readonly Clause[], check: DocumentCheck): void {
  const ids = new Set(clauses.map((c) => c.id))
  for (const issue of [...check.repeats, ...check.conflicts]) {
    expect(ids.has(issue.clauseIds[0])).toBe(true)
    expect(ids.has(issue.clauseIds[1])).toBe(true)
    expect(issue.clauseIds[0]).not.toBe(issue.clauseIds[1])
    expect(inUnit(issue.similarity)).toBe(true)
    expect(issue.reason.length).toBeGreaterThan(0)
  }
  for (const r of check.repeats) expect(r.kind).toBe('repeat')
  for (const c of check.conflicts) expect(c.kind).toBe('opposed')
}

/** A family's members listed one line per source, its clauses together on that line. */
import { describe, expect, it } from 'vitest'
import { membersBySource } from '../../src/renderer/src/state/family-members'

describe('a family\'s members by source', () => {
  const members = [
    { sourceId: 'riverside', clauseId: 'r-10.1', similarity: 1 },
    { sourceId: 'castlegate', clauseId: 'c-4.2', similarity: 0.72 },
    { sourceId: 'castlegate', clauseId: 'c-9.1', similarity: 0.64 },
    { sourceId: 'kingsmere', clauseId: 'k-16.1', similarity: 0.76 },
    { sourceId: 'castlegate', clauseId: 'c-4.3', similarity: 0.71 },
  ]

  it('gives each source one line, as many lines as the family has sources', () => {
    const lines = membersBySource(members)
    expect(lines.map((l) => l.sourceId)).toEqual(['riverside', 'castlegate', 'kingsmere'])
    expect(lines).toHaveLength(new Set(members.map((m) => m.sourceId)).size)
  })

  it("puts a source's clauses together, most alike first", () => {
    const castlegate = membersBySource(members).find((l) => l.sourceId === 'castlegate')!
    expect(castlegate.clauses).toEqual([
      { clauseId: 'c-4.2', similarity: 0.72 },
      { clauseId: 'c-4.3', similarity: 0.71 },
      { clauseId: 'c-9.1', similarity: 0.64 },
    ])
  })

  it('keeps a family of one clause per source as it was', () => {
    const one = [members[0]!, members[3]!]
    expect(membersBySource(one)).toEqual([
      { sourceId: 'riverside', clauses: [{ clauseId: 'r-10.1', similarity: 1 }] },
      { sourceId: 'kingsmere', clauses: [{ clauseId: 'k-16.1', similarity: 0.76 }] },
    ])
  })
})

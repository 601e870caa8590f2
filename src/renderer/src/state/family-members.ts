/**
 * A family's members as the Families view lists them: one line per source, its clauses in the
 * family together on it. Note: listed one per clause, a source with three clauses in a family
 * appeared three times under the same title (Castlegate's policy four times in the corpus's
 * widest family), more lines than the family's "N sources" said, with nothing to tell them
 * apart. Pure.
 */
export interface MemberClause {
  clauseId: string
  similarity: number
}

export interface SourceMembers {
  sourceId: string
  /** The source's clauses in the family, most alike to the representative first. */
  clauses: MemberClause[]
}

/** Sources in the order their first clause comes in `members` (the library hands them most alike first). */
export function membersBySource(members: readonly (MemberClause & { sourceId: string })[]): SourceMembers[] {
  const bySource = new Map<string, MemberClause[]>()
  for (const { sourceId, clauseId, similarity } of members) {
    const clauses = bySource.get(sourceId)
    if (clauses) clauses.push({ clauseId, similarity })
    else bySource.set(sourceId, [{ clauseId, similarity }])
  }
  return [...bySource].map(([sourceId, clauses]) => ({ sourceId, clauses: clauses.sort((a, b) => b.similarity - a.similarity) }))
}

/**
 * Titles placed by their sections: a title written as a numbered list item ("2. Contacting
 * young people") renamed in the revision ("2. Keeping in touch") shares no word with its new
 * name, yet each stands right before a clause aligned with the clause after the other. That
 * place is the evidence: two left-over titles (headingLike) whose next clauses are in one
 * group pair, whatever their words. A title never pairs with a clause (neverPaired), so a
 * title dropped from the revision stays removed even when the clause after it begins with its words.
 */
import { type AlignedGroup, groupsByClause } from './groups'
import type { FeatureSet } from './features'

/** Pairs (i of A, j of B) of left-over titles whose following clauses are aligned together. */
export function titlePairs(groups: readonly AlignedGroup[], set: FeatureSet): [number, number][] {
  const { groupOfA, groupOfB } = groupsByClause(groups)
  const out: [number, number][] = []
  const takenB = new Set<number>()
  for (let i = 0; i + 1 < set.a.length; i++) {
    if (groupOfA.has(i) || !set.a[i]!.heading) continue
    const next = groupOfA.get(i + 1)
    if (!next) continue
    // The B title stands right before one of the B clauses of that group.
    const j = next.b.map((k) => k - 1).find((k) => k >= 0 && !groupOfB.has(k) && !takenB.has(k) && set.b[k]!.heading)
    if (j === undefined) continue
    takenB.add(j)
    out.push([i, j])
  }
  return out
}

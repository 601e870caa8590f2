/**
 * List introductions placed by their lists: "Employees should not do any of the following:"
 * and "Please steer clear of:" share no word, yet each stands right before a list whose first
 * item is paired with the other's first item. That place is the evidence: two left-over
 * introductions (clauses ending in a colon) whose next clauses are in one group pair, whatever
 * their words.
 */
import { type AlignedGroup, groupsByClause } from './groups'
import { type FeatureSet, listIntroduction } from './features'

/** Pairs (i of A, j of B) of left-over list introductions whose following clauses are aligned together. */
export function listIntroductionPairs(groups: readonly AlignedGroup[], set: FeatureSet): [number, number][] {
  const { groupOfA, groupOfB } = groupsByClause(groups)
  const out: [number, number][] = []
  for (let i = 0; i + 1 < set.a.length; i++) {
    if (groupOfA.has(i) || !introduces(set, 'a', i)) continue
    const next = groupOfA.get(i + 1)
    // The item after it is aligned; the B clause before that item's first partner must be a free introduction too.
    const j = next ? Math.min(...next.b) - 1 : -1
    if (j < 0 || groupOfB.has(j) || !introduces(set, 'b', j)) continue
    if (next!.a[0] !== i + 1) continue
    out.push([i, j])
    groupOfB.set(j, next!)
  }
  return out
}

/** A list introduction that is no title, followed by a clause. */
function introduces(set: FeatureSet, side: 'a' | 'b', k: number): boolean {
  const f = set[side][k]!
  return !f.heading && listIntroduction(f.identity) && k + 1 < set[side].length
}

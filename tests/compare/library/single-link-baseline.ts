/**
 * The simple baseline families are reported beside: single-link clustering of the index's
 * candidate pairs of different sources at a fixed cosine, no topics, headings or related words,
 * no one-clause-per-source rule. Only for the figures in the notes.
 */
import type { ClauseIndex, LibraryFamily } from '../../../src/shared/compare/library'
import { scoredPairs } from '../../../src/shared/compare/library/pairs'

export function singleLinkBaseline(index: ClauseIndex, threshold: number): LibraryFamily[] {
  const n = index.clauses.length
  const parent = Array.from({ length: n }, (_, i) => i)
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)))
  const pairs = scoredPairs(index, threshold, Number.MAX_SAFE_INTEGER)
  for (let e = 0; e < pairs.a.length; e++) {
    if (index.sourceOf[pairs.a[e]!] === index.sourceOf[pairs.b[e]!]) continue
    parent[find(pairs.a[e]!)] = find(pairs.b[e]!)
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i])
  return [...groups.values()]
    .filter((g) => new Set(g.map((i) => index.sourceOf[i])).size >= 2)
    .map((g) => {
      const rep = index.clauses[g[0]!]!
      return {
        id: `family:${rep.id}`,
        representative: { clauseId: rep.id, sourceId: index.sources[index.sourceOf[g[0]!]!]!.id, label: rep.label, text: rep.text },
        members: g.map((i) => ({ clauseId: index.clauses[i]!.id, sourceId: index.sources[index.sourceOf[i]!]!.id, similarity: 1 })),
        topics: [],
        sourceCount: new Set(g.map((i) => index.sourceOf[i])).size,
        cohesion: 1,
      }
    })
}

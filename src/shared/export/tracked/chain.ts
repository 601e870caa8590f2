/**
 * Which pairs stay in place: the heaviest run of pairs whose order is the same in the base and
 * in the draft (a heaviest increasing subsequence). Everything off it moved. Headings weigh
 * more than clauses, so reordering a few clauses never turns a section heading into a move.
 */

export interface ChainCandidate {
  /** Position in the base sequence. */
  base: number
  /** Position in the draft sequence. */
  draft: number
  weight: number
}

/**
 * Indices (into `candidates`) of the heaviest subsequence increasing in both positions, in
 * draft order. Ties go to the chain found first in draft order, so the answer is deterministic.
 * O(n log n): a Fenwick tree over base positions holds the best chain ending at or before each.
 */
export function heaviestChain(candidates: readonly ChainCandidate[], baseSize: number): number[] {
  const order = candidates.map((_, k) => k).sort((x, y) => candidates[x]!.draft - candidates[y]!.draft)
  const treeWeight = new Float64Array(baseSize + 1)
  const treeEnd = new Int32Array(baseSize + 1).fill(-1)
  const best = new Float64Array(candidates.length)
  const previous = new Int32Array(candidates.length).fill(-1)
  const query = (pos: number): [number, number] => {
    let w = 0
    let end = -1
    for (let i = pos; i > 0; i -= i & -i) {
      if (treeWeight[i]! > w) {
        w = treeWeight[i]!
        end = treeEnd[i]!
      }
    }
    return [w, end]
  }
  const update = (pos: number, w: number, end: number): void => {
    for (let i = pos; i <= baseSize; i += i & -i) {
      if (w > treeWeight[i]!) {
        treeWeight[i] = w
        treeEnd[i] = end
      }
    }
  }
  let top = -1
  for (const k of order) {
    const c = candidates[k]!
    // Note: base positions are 0-based; the tree is 1-based, and "before c" is positions < c.base.
    const [w, end] = query(c.base)
    best[k] = w + c.weight
    previous[k] = end
    update(c.base + 1, best[k]!, k)
    if (top === -1 || best[k]! > best[top]!) top = k
  }
  const chain: number[] = []
  for (let k = top; k !== -1; k = previous[k]!) chain.push(k)
  return chain.reverse()
}

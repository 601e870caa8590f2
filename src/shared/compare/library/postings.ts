/**
 * Postings for windowed candidate lists, shared by the clause index (MinHash keys) and the
 * families' concept frames: each key's clauses, a long list put in neighbour order (sketch
 * value, then clause number) so a clause looks only at a window around its own place, and each
 * clause's place in every list it is filed under.
 */
export interface Postings {
  readonly lists: Map<number, Int32Array>
  /** positions[clause][t]: where the clause stands in the list of its t-th key. */
  readonly positions: Int32Array[]
}

export function windowedPostings(keys: readonly Int32Array[], sketch: Uint32Array, pairAllUpTo: number): Postings {
  const gathered = new Map<number, number[]>()
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = gathered.get(k)
      if (list) list.push(i)
      else gathered.set(k, [i])
    }
  })
  const lists = new Map<number, Int32Array>()
  const positions = keys.map((ks) => new Int32Array(ks.length))
  for (const [key, list] of gathered) {
    if (list.length > pairAllUpTo) list.sort((a, b) => sketch[a]! - sketch[b]! || a - b)
    const arr = Int32Array.from(list)
    lists.set(key, arr)
    arr.forEach((clause, pos) => {
      positions[clause]![keys[clause]!.indexOf(key)] = pos
    })
  }
  return { lists, positions }
}

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
  // Note: every list is a view of one array, laid out by counting (key by key, clauses in
  // order) rather than grown as one array per key: at 40,000 clauses the growing and the
  // search for each clause's place took about 8% of building the index.
  let keyCount = 0
  for (const ks of keys) for (let t = 0; t < ks.length; t++) keyCount = Math.max(keyCount, ks[t]! + 1)
  const start = new Int32Array(keyCount + 1)
  for (const ks of keys) for (let t = 0; t < ks.length; t++) start[ks[t]! + 1]!++
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!
  const flat = new Int32Array(start[keyCount]!)
  const next = start.slice(0, keyCount)
  const positions = keys.map((ks) => new Int32Array(ks.length))
  const lists = new Map<number, Int32Array>()
  keys.forEach((ks, i) => {
    for (let t = 0; t < ks.length; t++) {
      const key = ks[t]!
      // Each list in order of first appearance, as a clause files under it (the Map's order).
      if (next[key] === start[key]) lists.set(key, flat.subarray(start[key]!, start[key + 1]!))
      positions[i]![t] = next[key]! - start[key]!
      flat[next[key]!++] = i
    }
  })
  for (const [key, list] of lists) {
    if (list.length <= pairAllUpTo) continue
    // A long list in neighbour order: MinHash value, then clause number.
    list.sort((a, b) => sketch[a]! - sketch[b]! || a - b)
    for (let pos = 0; pos < list.length; pos++) {
      const clause = list[pos]!
      positions[clause]![keys[clause]!.indexOf(key)] = pos
    }
  }
  return { lists, positions }
}

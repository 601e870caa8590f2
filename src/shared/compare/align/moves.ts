/**
 * Which aligned groups moved. A group moved when it went to another section than the rest of
 * its section did, or, among the others, when it is off the longest run of groups whose order
 * is the same in A and in B (the longest increasing subsequence of B positions in A's order).
 * Note: section moves are taken out before the order is looked at, so a clause that moved to
 * the next section is reported, not the clause it jumped over.
 */
import type { Clause } from '../../model'

interface Placed {
  a: readonly number[]
  b: readonly number[]
  similarity: number
}

const sectionKey = (c: Clause | undefined): string => (Array.isArray(c?.section) ? c.section.join('\u0000') : '')

/** groups must be in A's order; returns, for each, whether it moved. */
export function movedGroups(groups: readonly Placed[], a: readonly Clause[], b: readonly Clause[]): boolean[] {
  const moved = sectionMoves(groups, a, b)
  const rest = groups.flatMap((g, k) => (moved[k] ? [] : [k]))
  const keep = inOrderChain(rest.map((k) => groups[k]!), groupWords(a, b))
  const kept = new Set(keep.map((x) => rest[x]!))
  for (const k of rest) if (!kept.has(k)) moved[k] = true
  return moved
}

/**
 * Each section of A goes where most of its aligned clauses went (ties: where the first of
 * them went); a group that went elsewhere moved. Headings are compared within each document
 * only, so renamed or renumbered sections move nothing.
 */
function sectionMoves(groups: readonly Placed[], a: readonly Clause[], b: readonly Clause[]): boolean[] {
  const votes = new Map<string, Map<string, number>>()
  const order = new Map<string, string[]>()
  const keys = groups.map((g) => ({ from: sectionKey(a[g.a[0]!]), to: sectionKey(b[g.b[0]!]) }))
  for (const { from, to } of keys) {
    let v = votes.get(from)
    if (!v) {
      votes.set(from, (v = new Map()))
      order.set(from, [])
    }
    if (!v.has(to)) order.get(from)!.push(to)
    v.set(to, (v.get(to) ?? 0) + 1)
  }
  const home = new Map<string, string>()
  for (const [from, v] of votes) {
    let best = ''
    let bestVotes = -1
    for (const to of order.get(from)!) {
      if (v.get(to)! > bestVotes) {
        best = to
        bestVotes = v.get(to)!
      }
    }
    home.set(from, best)
  }
  return keys.map(({ from, to }) => home.get(from) !== to)
}

/**
 * A group's words, the same whichever document is A: the last tie-break of inOrderChain. Note:
 * two groups that cross ("to." as a2 / b3 and an empty clause as a3 / b2) with the same
 * similarity, offset and position are told apart by nothing else from A as from B, and the
 * first in index order was A's first one way round and B's the other: a property test found a
 * leftover paired by meaning one way and not the other, its gap cut at another anchor.
 */
export function groupWords(a: readonly Clause[], b: readonly Clause[]): (g: Placed) => string {
  const text = (c: Clause | undefined): string => (typeof c?.text === 'string' ? c.text : '')
  return (g) => {
    const x = g.a.map((i) => text(a[i])).join('\n')
    const y = g.b.map((j) => text(b[j])).join('\n')
    return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`
  }
}

/** Past this many groups the chain is found in O(n log n), without the tie-breaks. */
const CHAIN_DP_LIMIT = 3000

/**
 * The longest run of groups (given in A's order) whose order is the same in B: a longest
 * increasing subsequence of B positions. Of several equally long, the one with the greatest
 * total similarity, then the one whose members sit at the most alike relative places in the
 * two documents. Note: these tie-breaks look the same from A and from B, so swapping the
 * documents picks the same run. O(n^2) up to CHAIN_DP_LIMIT groups.
 */
export function inOrderChain(groups: readonly Placed[], wordsOf?: (g: Placed) => string): number[] {
  const n = groups.length
  if (n > CHAIN_DP_LIMIT) return longestIncreasing(groups.map((g) => g.b[0]!))
  const sizeA = Math.max(1, ...groups.map((g) => Math.max(...g.a) + 1))
  const sizeB = Math.max(1, ...groups.map((g) => Math.max(...g.b) + 1))
  // Per chain ending at k: its length, total similarity, total offset, total position.
  const length = new Int32Array(n)
  const weight = new Float64Array(n)
  const offset = new Float64Array(n)
  const position = new Float64Array(n)
  const prev = new Int32Array(n).fill(-1)
  const EPS = 1e-12
  // Each group's words, made only when a tie reaches them.
  const words: (string | undefined)[] = []
  const wordsAt = (k: number): string => (k < 0 || !wordsOf ? '' : (words[k] ??= wordsOf(groups[k]!)))
  /** Whether a chain (l, w, o, p) through `via` beats the chain ending at k through `current`. */
  const better = (l: number, w: number, o: number, p: number, k: number, via: number, current: number): boolean => {
    if (l !== length[k]!) return l > length[k]!
    if (Math.abs(w - weight[k]!) > EPS) return w > weight[k]!
    if (Math.abs(o - offset[k]!) > EPS) return o < offset[k]!
    if (Math.abs(p - position[k]!) > EPS) return p < position[k]!
    return wordsAt(via) < wordsAt(current)
  }
  // Note: the first clause of each group on either side, read once (the loop below is O(n^2) at worst).
  const firstA = Int32Array.from(groups, (g) => g.a[0]!)
  const firstB = Int32Array.from(groups, (g) => g.b[0]!)
  // Note: the chains ending so far, by length, each list in index order. Scanning every earlier
  // group, a chain longer than the best so far always replaced it and a shorter one never did,
  // so the chain kept is the first of the longest predecessors then any of the same length that
  // is better, in index order: only that list is read (found from the longest down), and the
  // O(n^2) scan is left for documents with no order in common.
  const endingAt: number[][] = []
  for (let k = 0; k < n; k++) {
    const g = groups[k]!
    const ak = firstA[k]!
    const bk = firstB[k]!
    const ownOffset = Math.abs(ak / sizeA - bk / sizeB)
    const ownPosition = ak + bk
    length[k] = 1
    weight[k] = g.similarity
    offset[k] = ownOffset
    position[k] = ownPosition
    let longest = endingAt.length
    for (; longest > 0; longest--) {
      const list = endingAt[longest - 1]!
      let any = false
      for (let x = 0; x < list.length && !any; x++) any = firstB[list[x]!]! < bk && firstA[list[x]!]! < ak
      if (any) break
    }
    const candidates = longest > 0 ? endingAt[longest - 1]! : []
    for (let x = 0; x < candidates.length; x++) {
      const p = candidates[x]!
      if (firstB[p]! >= bk || firstA[p]! >= ak) continue
      const l = length[p]! + 1
      const w = weight[p]! + g.similarity
      const o = offset[p]! + ownOffset
      const q = position[p]! + ownPosition
      if (better(l, w, o, q, k, p, prev[k]!)) {
        length[k] = l
        weight[k] = w
        offset[k] = o
        position[k] = q
        prev[k] = p
      }
    }
    if (endingAt.length < length[k]!) endingAt.push([])
    endingAt[length[k]! - 1]!.push(k)
  }
  let end = -1
  for (let k = 0; k < n; k++) if (end < 0 || better(length[k]!, weight[k]!, offset[k]!, position[k]!, end, k, end)) end = k
  const out: number[] = []
  for (let k = end; k >= 0; k = prev[k]!) out.push(k)
  return out.reverse()
}

/** Indices (into values) of one longest strictly increasing subsequence. O(n log n). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [] // tails[len-1] = index of the smallest tail of an increasing run of that length
  const prev = new Int32Array(values.length).fill(-1)
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (values[tails[mid]!]! < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  }
  const out: number[] = []
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k)
  return out.reverse()
}

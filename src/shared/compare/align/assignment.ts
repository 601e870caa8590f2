/**
 * Maximum-weight one-to-one matching of A's clauses to B's (Kuhn-Munkres), order ignored, so
 * a clause can pair with one anywhere in the other document. The thresholded graph falls
 * apart into small connected components; each is solved exactly on its own.
 */

export interface WeightedEdge {
  i: number
  j: number
  /** Positive: what pairing i with j is worth. Pairs without an edge are worth nothing. */
  w: number
}

/**
 * Above this many cells (rows x columns x min(rows, columns)) a component is thinned to the
 * best few edges of each clause before it is solved; past it again, solved greedily.
 * Note: 300 x 300 x 300 is 2.7e7, well inside; the limit guards against pathological input.
 */
const DENSE_WORK_LIMIT = 2e8
const THINNED_DEGREE = 6

/**
 * Edges as parallel arrays: a near-duplicate pair of documents has an edge for every pair of
 * clauses (a million at 1,000 x 1,000), too many to hold as objects.
 */
export class EdgeList {
  i = new Int32Array(64)
  j = new Int32Array(64)
  w = new Float64Array(64)
  length = 0

  static from(edges: readonly WeightedEdge[]): EdgeList {
    const list = new EdgeList()
    for (const e of edges) list.push(e.i, e.j, e.w)
    return list
  }

  push(i: number, j: number, w: number): void {
    if (this.length === this.i.length) {
      const grow = <T extends Int32Array | Float64Array>(old: T, made: T): T => {
        made.set(old)
        return made
      }
      this.i = grow(this.i, new Int32Array(this.length * 2))
      this.j = grow(this.j, new Int32Array(this.length * 2))
      this.w = grow(this.w, new Float64Array(this.length * 2))
    }
    this.i[this.length] = i
    this.j[this.length] = j
    this.w[this.length] = w
    this.length++
  }
}

/** matchA[i] is the B index paired with A clause i, or -1. */
export function maxWeightMatching(sizeA: number, sizeB: number, edges: readonly WeightedEdge[] | EdgeList): Int32Array {
  const list = edges instanceof EdgeList ? edges : EdgeList.from(edges)
  const matchA = new Int32Array(sizeA).fill(-1)
  const all: number[] = []
  for (let k = 0; k < list.length; k++) all.push(k)
  for (const component of components(sizeA, sizeB, list, all)) solveComponent(list, component, matchA, true)
  return matchA
}

interface Component {
  rows: number[]
  cols: number[]
  /** Numbers of its edges in the edge list, in list order. */
  edges: number[]
}

/** Connected components of the bipartite graph (union-find over A 0..n-1 and B n..n+m-1). */
function components(sizeA: number, sizeB: number, list: EdgeList, edges: readonly number[]): Component[] {
  const parent = Int32Array.from({ length: sizeA + sizeB }, (_, k) => k)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!
      x = parent[x]!
    }
    return x
  }
  for (const e of edges) {
    const ra = find(list.i[e]!)
    const rb = find(sizeA + list.j[e]!)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const byRoot = new Map<number, Component>()
  const rowSeen = new Uint8Array(sizeA)
  const colSeen = new Uint8Array(sizeB)
  for (const e of edges) {
    const i = list.i[e]!
    const j = list.j[e]!
    const root = find(i)
    let c = byRoot.get(root)
    if (!c) byRoot.set(root, (c = { rows: [], cols: [], edges: [] }))
    c.edges.push(e)
    // Each clause is in one component: marked once, its rows and columns are distinct.
    if (!rowSeen[i]) {
      rowSeen[i] = 1
      c.rows.push(i)
    }
    if (!colSeen[j]) {
      colSeen[j] = 1
      c.cols.push(j)
    }
  }
  for (const c of byRoot.values()) {
    c.rows.sort((x, y) => x - y)
    c.cols.sort((x, y) => x - y)
  }
  return [...byRoot.values()]
}

function solveComponent(list: EdgeList, c: Component, matchA: Int32Array, mayThin: boolean): void {
  const n = c.rows.length
  const m = c.cols.length
  if (c.edges.length === 1) {
    matchA[list.i[c.edges[0]!]!] = list.j[c.edges[0]!]!
    return
  }
  if (n * m * Math.min(n, m) > DENSE_WORK_LIMIT) {
    if (mayThin) {
      for (const part of components(matchA.length, Math.max(...c.cols) + 1, list, thin(list, c.edges))) solveComponent(list, part, matchA, false)
    } else greedy(list, c.edges, matchA)
    return
  }
  const rowOf = new Map(c.rows.map((r, k) => [r, k]))
  const colOf = new Map(c.cols.map((col, k) => [col, k]))
  // Hungarian method minimises cost over an n x m matrix with n <= m: transpose if needed.
  const transpose = n > m
  const rows = transpose ? m : n
  const cols = transpose ? n : m
  const weight = new Float64Array(rows * cols)
  for (const e of c.edges) {
    const r = rowOf.get(list.i[e]!)!
    const k = colOf.get(list.j[e]!)!
    if (transpose) weight[k * cols + r] = list.w[e]!
    else weight[r * cols + k] = list.w[e]!
  }
  const assigned = hungarian(rows, cols, weight)
  for (let r = 0; r < rows; r++) {
    const k = assigned[r]!
    if (k < 0 || weight[r * cols + k]! <= 0) continue
    const i = transpose ? c.rows[k]! : c.rows[r]!
    const j = transpose ? c.cols[r]! : c.cols[k]!
    matchA[i] = j
  }
}

/** The best THINNED_DEGREE edges of every clause on either side (of `edges`, in their order). */
function thin(list: EdgeList, edges: readonly number[]): number[] {
  const keep = new Uint8Array(list.length)
  for (const ends of [list.i, list.j]) {
    // The edges bucketed by clause (counting sort), in edge order within each clause.
    let size = 0
    for (const e of edges) size = Math.max(size, ends[e]! + 1)
    const start = new Int32Array(size + 1)
    for (const e of edges) start[ends[e]! + 1]!++
    for (let k = 0; k < size; k++) start[k + 1]! += start[k]!
    const next = start.slice(0, size)
    const order = new Int32Array(edges.length)
    for (const e of edges) order[next[ends[e]!]!++] = e
    for (let c = 0; c < size; c++) for (const e of heaviest(list.w, order, start[c]!, start[c + 1]!, THINNED_DEGREE)) keep[e] = 1
  }
  return edges.filter((e) => keep[e])
}

/**
 * The `count` heaviest of the edges order[from..to), heaviest first, equal weights in edge
 * order: what a stable sort and a slice give, without sorting a long list (a clause of a
 * near-duplicate document has an edge to every clause of the other).
 */
function heaviest(weights: Float64Array, order: Int32Array, from: number, to: number, count: number): number[] {
  const out: number[] = []
  for (let at = from; at < to; at++) {
    const e = order[at]!
    const w = weights[e]!
    if (out.length === count && !(w > weights[out[count - 1]!]!)) continue
    let place = out.length
    while (place > 0 && weights[out[place - 1]!]! < w) place--
    out.splice(place, 0, e)
    if (out.length > count) out.pop()
  }
  return out
}

function greedy(list: EdgeList, edges: readonly number[], matchA: Int32Array): void {
  const usedB = new Set<number>()
  for (const e of [...edges].sort((x, y) => list.w[y]! - list.w[x]! || list.i[x]! - list.i[y]! || list.j[x]! - list.j[y]!)) {
    const i = list.i[e]!
    const j = list.j[e]!
    if (matchA[i] !== -1 || usedB.has(j)) continue
    matchA[i] = j
    usedB.add(j)
  }
}

/**
 * Kuhn-Munkres with potentials, O(rows^2 * cols), maximising the total weight (rows <= cols).
 * Returns the column of each row. Cells without an edge weigh 0, so a row "assigned" to one
 * of those is in truth unmatched.
 */
export function hungarian(rows: number, cols: number, weight: Float64Array): Int32Array {
  // 1-based arrays as in the textbook formulation; cost = -weight.
  const u = new Float64Array(rows + 1)
  const v = new Float64Array(cols + 1)
  const p = new Int32Array(cols + 1) // p[col] = row assigned to col (0 = none)
  const way = new Int32Array(cols + 1)
  const minv = new Float64Array(cols + 1)
  const used = new Uint8Array(cols + 1)
  for (let i = 1; i <= rows; i++) {
    p[0] = i
    let j0 = 0
    minv.fill(Infinity)
    used.fill(0)
    do {
      used[j0] = 1
      const i0 = p[j0]!
      let delta = Infinity
      let j1 = 0
      const base = (i0 - 1) * cols
      const ui0 = u[i0]!
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue
        const cur = -weight[base + j - 1]! - ui0 - v[j]!
        if (cur < minv[j]!) {
          minv[j] = cur
          way[j] = j0
        }
        if (minv[j]! < delta) {
          delta = minv[j]!
          j1 = j
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!]! += delta
          v[j]! -= delta
        } else minv[j]! -= delta
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0]!
      p[j0] = p[j1]!
      j0 = j1
    } while (j0 !== 0)
  }
  const assigned = new Int32Array(rows).fill(-1)
  for (let j = 1; j <= cols; j++) if (p[j]! > 0) assigned[p[j]! - 1] = j - 1
  return assigned
}

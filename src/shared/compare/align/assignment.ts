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

/** matchA[i] is the B index paired with A clause i, or -1. */
export function maxWeightMatching(sizeA: number, sizeB: number, edges: readonly WeightedEdge[]): Int32Array {
  const matchA = new Int32Array(sizeA).fill(-1)
  for (const component of components(sizeA, sizeB, edges)) solveComponent(component, matchA, true)
  return matchA
}

interface Component {
  rows: number[]
  cols: number[]
  edges: WeightedEdge[]
}

/** Connected components of the bipartite graph (union-find over A 0..n-1 and B n..n+m-1). */
function components(sizeA: number, sizeB: number, edges: readonly WeightedEdge[]): Component[] {
  const parent = Int32Array.from({ length: sizeA + sizeB }, (_, k) => k)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!
      x = parent[x]!
    }
    return x
  }
  for (const e of edges) {
    const ra = find(e.i)
    const rb = find(sizeA + e.j)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const byRoot = new Map<number, Component>()
  const rowSeen = new Uint8Array(sizeA)
  const colSeen = new Uint8Array(sizeB)
  for (const e of edges) {
    const root = find(e.i)
    let c = byRoot.get(root)
    if (!c) byRoot.set(root, (c = { rows: [], cols: [], edges: [] }))
    c.edges.push(e)
    // Each clause is in one component: marked once, its rows and columns are distinct.
    if (!rowSeen[e.i]) {
      rowSeen[e.i] = 1
      c.rows.push(e.i)
    }
    if (!colSeen[e.j]) {
      colSeen[e.j] = 1
      c.cols.push(e.j)
    }
  }
  for (const c of byRoot.values()) {
    c.rows.sort((x, y) => x - y)
    c.cols.sort((x, y) => x - y)
  }
  return [...byRoot.values()]
}

function solveComponent(c: Component, matchA: Int32Array, mayThin: boolean): void {
  const n = c.rows.length
  const m = c.cols.length
  if (c.edges.length === 1) {
    matchA[c.edges[0]!.i] = c.edges[0]!.j
    return
  }
  if (n * m * Math.min(n, m) > DENSE_WORK_LIMIT) {
    if (mayThin) {
      for (const part of components(matchA.length, Math.max(...c.cols) + 1, thin(c.edges))) solveComponent(part, matchA, false)
    } else greedy(c.edges, matchA)
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
    const r = rowOf.get(e.i)!
    const k = colOf.get(e.j)!
    if (transpose) weight[k * cols + r] = e.w
    else weight[r * cols + k] = e.w
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

/** The best THINNED_DEGREE edges of every clause on either side. */
function thin(edges: readonly WeightedEdge[]): WeightedEdge[] {
  const keep = new Set<WeightedEdge>()
  for (const side of ['i', 'j'] as const) {
    const by = new Map<number, WeightedEdge[]>()
    for (const e of edges) {
      const list = by.get(e[side])
      if (list) list.push(e)
      else by.set(e[side], [e])
    }
    for (const list of by.values()) for (const e of heaviest(list, THINNED_DEGREE)) keep.add(e)
  }
  return edges.filter((e) => keep.has(e))
}

/**
 * The `count` heaviest edges of a list, heaviest first, equal weights in list order: what a
 * stable sort and a slice give, without sorting a long list (a clause of a near-duplicate
 * document has an edge to every clause of the other).
 */
function heaviest(list: readonly WeightedEdge[], count: number): WeightedEdge[] {
  const out: WeightedEdge[] = []
  for (const e of list) {
    if (out.length === count && !(e.w > out[count - 1]!.w)) continue
    let at = out.length
    while (at > 0 && out[at - 1]!.w < e.w) at--
    out.splice(at, 0, e)
    if (out.length > count) out.pop()
  }
  return out
}

function greedy(edges: readonly WeightedEdge[], matchA: Int32Array): void {
  const usedB = new Set<number>()
  for (const e of [...edges].sort((x, y) => y.w - x.w || x.i - y.i || x.j - y.j)) {
    if (matchA[e.i] !== -1 || usedB.has(e.j)) continue
    matchA[e.i] = e.j
    usedB.add(e.j)
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

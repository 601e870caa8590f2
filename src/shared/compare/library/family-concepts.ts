/**
 * The duty concepts of every clause of a library (duty-concepts.ts) as small sparse vectors,
 * for families to add to what the words say: two clauses of different sources that speak to
 * the same act and things ("Keep anything you learn at work to yourself" / "Employees shall
 * not divulge information held in confidence") share few terms but the same concepts.
 *
 * A concept weighs its rarity in the library (IDF) and how well it picks out one clause of its
 * source: 1 / (the number of the source's clauses that speak to it) to the power `spread`. A
 * short policy states each duty once, so its concepts point at one clause; a long one says
 * "confidential" in eight clauses, and the concept then tells little about which of them
 * states a given duty (measured on the corpus duties: with no spread, concepts joined near
 * duties, "bullying a colleague" with "if you are harassed, tell your manager", and precision
 * fell from 0.90 to 0.86). So a concept vector has length 1 at most, less where its concepts
 * spread. Its dimensions are the concepts alone and each pair of them (a frame): "monitor" with
 * "equipment" is not the duty "monitor" alone is ("accounts are not monitored at weekends").
 *
 * Also the candidates concepts give: clauses that share a frame (two concepts, an act with what
 * it bears on, or a clause's only concept) are worth scoring though they share no rare term. A
 * long frame list pairs neighbours only, as the index's term lists do, so the work per clause
 * stays bounded.
 *
 * Note: kept apart from the index, whose vectors similar clauses and the document check read.
 */
import type { ClauseIndex } from './clause-index'
import { clauseReading } from './clause-reading'
import { dutyConcepts, dutyConceptNames } from './duty-concepts'
import { emptySparse, type Sparse } from './sparse'
import { windowedPostings } from './postings'

export interface FamilyConcepts {
  /** Each clause's concepts (duty-concepts.ts), ascending. */
  readonly concepts: readonly (readonly number[])[]
  /** Each clause's concept vector (length at most 1; empty if it has none). */
  readonly vectors: readonly Sparse[]
  /** Frame key → the clauses filed under it, in neighbour order (the index's MinHash value). */
  readonly frames: ReadonlyMap<number, Int32Array>
  /** Each clause's frame keys, and its place in each list. */
  readonly frameKeys: readonly Int32Array[]
  readonly framePositions: readonly Int32Array[]
}

export interface FrameReach {
  /** Frame keys a clause is filed under (its rarest). */
  framesPerClause: number
  /** A frame list up to this long pairs all its clauses; a longer one pairs neighbours only. */
  pairAllUpTo: number
  window: number
}

export function familyConcepts(index: ClauseIndex, spread: number, reach: FrameReach): FamilyConcepts {
  const n = index.clauses.length
  const k = dutyConceptNames.length
  const dimCount = k + k * k
  // Note: a clause too short to be a candidate ("Version 1.0") gets no concepts either.
  const concepts = index.clauses.map((c, i) => (index.keys[i]!.length === 0 ? [] : dutyConcepts(index.options.questions ? clauseReading(c) : c.text)))
  // Dimensions: each concept alone, and each pair of a clause's concepts (a frame, numbered
  // after them, k + a·k + b): "monitor" with "equipment" is another duty than "monitor" alone
  // ("accounts are not monitored at weekends").
  const dims = concepts.map((list) => {
    const out = list.slice()
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) out.push(k + list[a]! * k + list[b]!)
    return out
  })
  const df = new Int32Array(dimCount)
  for (const list of dims) for (const d of list) df[d]!++
  const idf = new Float64Array(dimCount)
  for (let d = 0; d < dimCount; d++) if (df[d]! > 0) idf[d] = Math.log(1 + n / df[d]!)

  // How many clauses of the clause's own source have each dimension. Note: the index lists
  // clauses source by source, so one count array serves every source in turn.
  const inSource = new Int32Array(dimCount)
  const vectors: Sparse[] = new Array(n)
  for (let from = 0; from < n; ) {
    let to = from
    while (to < n && index.sourceOf[to] === index.sourceOf[from]) to++
    for (let i = from; i < to; i++) for (const d of dims[i]!) inSource[d]!++
    for (let i = from; i < to; i++) {
      const list = dims[i]!
      if (list.length === 0) {
        vectors[i] = emptySparse
        continue
      }
      let length = 0
      for (const d of list) length += idf[d]! * idf[d]!
      length = Math.sqrt(length)
      const weights = new Float64Array(list.length)
      for (let t = 0; t < list.length; t++) weights[t] = (idf[list[t]!]! / length) * inSource[list[t]!]! ** -spread
      vectors[i] = { ids: Int32Array.from(list), weights }
    }
    for (let i = from; i < to; i++) for (const d of dims[i]!) inSource[d] = 0
    from = to
  }
  return { concepts, vectors, ...frameLists(index, dims, df, k, reach) }
}

/**
 * Frames a clause is filed under: its pairs of concepts, or its one concept alone, that
 * another clause has too, rarest first.
 */
function frameLists(index: ClauseIndex, dims: readonly number[][], df: Int32Array, k: number, reach: FrameReach): Omit<FamilyConcepts, 'vectors' | 'concepts'> {
  const frameKeys = dims.map((list) => {
    const keys = list.length === 1 ? list.slice() : list.filter((d) => d >= k)
    return Int32Array.from(
      keys
        .filter((key) => df[key]! >= 2)
        .sort((x, y) => df[x]! - df[y]! || x - y)
        .slice(0, Math.max(reach.framesPerClause, 0)),
    )
  })
  const { lists: frames, positions: framePositions } = windowedPostings(frameKeys, index.sketch, reach.pairAllUpTo)
  return { frames, frameKeys, framePositions }
}

/** Calls `visit` for each clause sharing a frame with clause `i` (within the window of long lists). */
export function forEachFrameCandidate(fc: FamilyConcepts, i: number, reach: FrameReach, visit: (j: number) => void): void {
  const keys = fc.frameKeys[i]!
  for (let t = 0; t < keys.length; t++) {
    const list = fc.frames.get(keys[t]!)!
    let from = 0
    let to = list.length
    if (list.length > reach.pairAllUpTo) {
      const pos = fc.framePositions[i]![t]!
      from = Math.max(0, pos - reach.window)
      to = Math.min(list.length, pos + reach.window + 1)
    }
    for (let p = from; p < to; p++) if (list[p] !== i) visit(list[p]!)
  }
}

/**
 * Whether two clauses share a frame: a pair of concepts both speak to (an act with what it
 * bears on), not one concept alone.
 */
export function sharesFrame(fc: FamilyConcepts, i: number, j: number): boolean {
  const x = fc.vectors[i]!.ids
  const y = fc.vectors[j]!.ids
  const k = dutyConceptNames.length
  // Note: ids ascend and frames are numbered after the concepts, so both lists are merged from
  // their first frame on.
  let p = 0
  let q = 0
  while (p < x.length && q < y.length) {
    if (x[p]! < k) p++
    else if (y[q]! < k) q++
    else if (x[p] === y[q]) return true
    else if (x[p]! < y[q]!) p++
    else q++
  }
  return false
}

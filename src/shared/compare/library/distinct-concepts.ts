/**
 * The duty concepts a clause alone in its source speaks to, among those that name a duty by
 * themselves (duty-concepts.json `namesDuty`: *disparage*, *grievance*, *whistleblow*,
 * *press*, ...; not a thing many duties bear on, such as *manager*, *records* or *concern*).
 *
 * Two short policies that each say "disparage" once say it in the clause that states that
 * duty, whatever else the clause speaks to ("Don't slag off Brightwater, your coordinators or
 * other carers on Facebook" / "Running down the company, its managers or its services in public
 * posts may be treated as misconduct"). The concept vectors (family-concepts.ts) dilute such a
 * concept among the clause's others and their frames, so the two stay under the bar two lone
 * clauses need; here the shared concept counts whole.
 *
 * Note: only where the source says the concept in one clause: a long policy saying "press" in
 * six clauses does not tell which of them is the duty, and the concept vectors weigh that.
 * Note: which concepts name a duty is the lexicon's word; marking scope, own-views, befriend,
 * non-compliance, create-account or discipline joined near duties ("apply to you at home"
 * with scope; "no contact with children you coach" with friending pupils) or made the scaling
 * benchmark's synthetic families agree less with the corpus's (90.8% → 87.9% at 9,250 clauses).
 */
import type { ClauseIndex } from './clause-index'
import { dutyConceptNames, namesDuty } from './duty-concepts'
import { windowedPostings } from './postings'

export interface DistinctConcepts {
  /** Each clause's duty-naming concepts that no other clause of its source speaks to, ascending. */
  readonly of: readonly Int32Array[]
  /** Concept → the clauses filed under it, in neighbour order (the index's MinHash value). */
  readonly lists: ReadonlyMap<number, Int32Array>
  readonly positions: readonly Int32Array[]
}

/** From each clause's concepts (ascending), as family-concepts.ts reads them. */
export function distinctConcepts(index: ClauseIndex, concepts: readonly (readonly number[])[]): DistinctConcepts {
  const n = index.clauses.length
  const inSource = new Int32Array(dutyConceptNames.length)
  const of: Int32Array[] = new Array(n)
  for (let from = 0; from < n; ) {
    let to = from
    while (to < n && index.sourceOf[to] === index.sourceOf[from]) to++
    for (let i = from; i < to; i++) for (const c of concepts[i]!) inSource[c]!++
    for (let i = from; i < to; i++) of[i] = Int32Array.from(concepts[i]!.filter((c) => namesDuty[c] && inSource[c] === 1))
    for (let i = from; i < to; i++) for (const c of concepts[i]!) inSource[c] = 0
    from = to
  }
  const { lists, positions } = windowedPostings(of, index.sketch, index.options.pairAllUpTo)
  return { of, lists, positions }
}

/** Whether clauses i and j share a distinct concept (see above). */
export function sharesDistinct(dc: DistinctConcepts, i: number, j: number): boolean {
  const x = dc.of[i]!
  const y = dc.of[j]!
  let p = 0
  let q = 0
  while (p < x.length && q < y.length) {
    if (x[p] === y[q]) return true
    if (x[p]! < y[q]!) p++
    else q++
  }
  return false
}

/** Calls `visit` for each clause sharing a distinct concept with clause `i` (within `window` of a long list). */
export function forEachDistinctCandidate(dc: DistinctConcepts, i: number, pairAllUpTo: number, window: number, visit: (j: number) => void): void {
  const keys = dc.of[i]!
  for (let t = 0; t < keys.length; t++) {
    const list = dc.lists.get(keys[t]!)!
    let from = 0
    let to = list.length
    if (list.length > pairAllUpTo) {
      const pos = dc.positions[i]![t]!
      from = Math.max(0, pos - window)
      to = Math.min(list.length, pos + window + 1)
    }
    for (let p = from; p < to; p++) if (list[p] !== i) visit(list[p]!)
  }
}

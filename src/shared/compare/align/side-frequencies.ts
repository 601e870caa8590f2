/**
 * One side's document frequencies: in how many of its clauses each term and each shingle
 * occurs. A comparison's statistics are both sides' together (TermStatistics.addCounted), so
 * a source prepared once (the service keeps its prepared clauses) is counted once, however many
 * sources it is compared with.
 */
import type { TermCounts } from '../term-counts'

/** What is read of each prepared clause (features.ts PreparedClause). */
interface Counted {
  readonly termCounts: TermCounts
  readonly shingleCounts: TermCounts
}

export interface SideFrequencies {
  /** How many clauses the side has (each one document). */
  readonly documents: number
  readonly terms: ReadonlyMap<string, number>
  readonly shingles: ReadonlyMap<string, number>
}

/** By prepared list: such a list is never changed (features.ts PreparedClause). */
const kept = new WeakMap<readonly Counted[], SideFrequencies>()

export function sideFrequencies(side: readonly Counted[]): SideFrequencies {
  let found = kept.get(side)
  if (!found) {
    const terms = new Map<string, number>()
    const shingles = new Map<string, number>()
    for (const p of side) {
      for (const t of p.termCounts.terms) terms.set(t, (terms.get(t) ?? 0) + 1)
      for (const s of p.shingleCounts.terms) shingles.set(s, (shingles.get(s) ?? 0) + 1)
    }
    kept.set(side, (found = { documents: side.length, terms, shingles }))
  }
  return found
}

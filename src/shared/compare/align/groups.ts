/** What alignment produces: groups of clauses of A and B that say the same thing (its own file so the steps can share the types without importing align.ts). */
export type GroupKind = 'pair' | 'split' | 'merged'

/** Clauses of A and of B (indices into the arrays given) that say the same thing. */
export interface AlignedGroup {
  kind: GroupKind
  /** One index, or two to four ascending ones for a merge (at most two clauses apart, but for a part traced by its sentences: sentence-traces.ts). */
  a: number[]
  /** One index, or two to four ascending ones for a split (at most two clauses apart, but for a part traced by its sentences: sentence-traces.ts). */
  b: number[]
  /** 0..1; 1 only when the texts are the same. */
  similarity: number
  /** Same text after normalising labels, whitespace, quotes and table separators. */
  identical: boolean
  /** Moved to another section, or out of order relative to the other groups. */
  moved: boolean
}

export interface ClauseAlignment {
  /** In A's order. */
  groups: AlignedGroup[]
  /** Indices of A's clauses in no group, ascending. */
  onlyA: number[]
  /** Indices of B's clauses in no group, ascending. */
  onlyB: number[]
}


/** Each clause's group, by its number in A and in B (clauses in no group are absent). */
export function groupsByClause(groups: readonly AlignedGroup[]): { groupOfA: Map<number, AlignedGroup>; groupOfB: Map<number, AlignedGroup> } {
  const groupOfA = new Map<number, AlignedGroup>()
  const groupOfB = new Map<number, AlignedGroup>()
  for (const g of groups) {
    for (const i of g.a) groupOfA.set(i, g)
    for (const j of g.b) groupOfB.set(j, g)
  }
  return { groupOfA, groupOfB }
}

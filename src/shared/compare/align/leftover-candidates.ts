/**
 * Which leftover pairs the learned last step (learned-leftovers.ts) weighs at all: a clause of
 * A and one of B, both left over by every rule before, that stand where one could have become
 * the other. Three readings of "where": the same gap between in-order anchors (a rewording in
 * place), corresponding sections (where most of one section's aligned groups went: a rewording
 * moved within its section), or within PLACE_REACH clauses of the place the other's aligned
 * neighbours imply (a section cut at another place). Each place is also a feature, so the model
 * learns how much each is worth.
 */
import type { AlignedGroup } from './groups'
import { type Anchor, gapParts } from './gaps'

/** How far (in clauses) from the place its aligned neighbours imply a partner may stand. */
export const PLACE_REACH = 3

export interface LeftoverPlace {
  /** The gap between in-order anchors each leftover stands in (-1: in none), and its size a side. */
  gapOf: { a: Int32Array; b: Int32Array }
  gapSize: { a: Int32Array; b: Int32Array }
  /** The section each section's aligned groups mostly went to, both ways. */
  homeOf: { a: Map<string, string>; b: Map<string, string> }
  /** Per side, for each clause, the group it is in (-1: a leftover). */
  groupOf: { a: Int32Array; b: Int32Array }
}

export interface Sides<T> {
  a: T
  b: T
}

/** Where every leftover stands against the groups aligned so far. */
export function leftoverPlaces(
  groups: readonly AlignedGroup[],
  anchors: readonly Anchor[],
  size: Sides<number>,
  free: Sides<(k: number) => boolean>,
  sections: Sides<readonly string[]>,
): LeftoverPlace {
  const gapOf = { a: new Int32Array(size.a).fill(-1), b: new Int32Array(size.b).fill(-1) }
  const gapSize = { a: new Int32Array(size.a), b: new Int32Array(size.b) }
  let at = 0
  // Note: uncut gaps (no sections given): the section features say the rest.
  for (const { part } of gapParts(anchors, size.a, size.b, free.a, free.b)) {
    for (const i of part.as) {
      gapOf.a[i] = at
      gapSize.a[i] = part.as.length
    }
    for (const j of part.bs) {
      gapOf.b[j] = at
      gapSize.b[j] = part.bs.length
    }
    at++
  }
  const groupOf = { a: new Int32Array(size.a).fill(-1), b: new Int32Array(size.b).fill(-1) }
  groups.forEach((g, k) => {
    for (const i of g.a) groupOf.a[i] = k
    for (const j of g.b) groupOf.b[j] = k
  })
  return { gapOf, gapSize, homeOf: sectionHomes(groups, sections), groupOf }
}

/** Each section's home on the other side: where most of its aligned groups went (ties: first met). */
function sectionHomes(groups: readonly AlignedGroup[], sections: Sides<readonly string[]>): Sides<Map<string, string>> {
  const count = (pick: (g: AlignedGroup) => [string, string]): Map<string, string> => {
    const tally = new Map<string, Map<string, number>>()
    for (const g of groups) {
      const [from, to] = pick(g)
      const row = tally.get(from) ?? new Map<string, number>()
      row.set(to, (row.get(to) ?? 0) + 1)
      tally.set(from, row)
    }
    const home = new Map<string, string>()
    for (const [from, row] of tally) {
      let best = ''
      let most = 0
      for (const [to, n] of row) if (n > most) [best, most] = [to, n]
      home.set(from, best)
    }
    return home
  }
  return {
    a: count((g) => [sections.a[g.a[0]!]!, sections.b[g.b[0]!]!]),
    b: count((g) => [sections.b[g.b[0]!]!, sections.a[g.a[0]!]!]),
  }
}

/**
 * How far j stands from where i's aligned neighbours put it, and i from where j's put it
 * (the least of the four readings; Infinity when no neighbour is aligned).
 */
export function placeDistance(i: number, j: number, groups: readonly AlignedGroup[], place: LeftoverPlace): number {
  const implied = (k: number, own: Int32Array, ends: (g: AlignedGroup) => readonly number[]): number[] => {
    const out: number[] = []
    for (let p = k - 1; p >= 0; p--) {
      if (own[p]! >= 0) {
        out.push(Math.max(...ends(groups[own[p]!]!)) + (k - p))
        break
      }
    }
    for (let n = k + 1; n < own.length; n++) {
      if (own[n]! >= 0) {
        out.push(Math.min(...ends(groups[own[n]!]!)) - (n - k))
        break
      }
    }
    return out
  }
  let best = Number.POSITIVE_INFINITY
  for (const p of implied(i, place.groupOf.a, (g) => g.b)) best = Math.min(best, Math.abs(j - p))
  for (const p of implied(j, place.groupOf.b, (g) => g.a)) best = Math.min(best, Math.abs(i - p))
  return best
}

/** Whether the two leftovers' sections correspond (either is the other's home). */
export function correspondingSections(i: number, j: number, sections: Sides<readonly string[]>, place: LeftoverPlace): boolean {
  const sa = sections.a[i]!
  const sb = sections.b[j]!
  return place.homeOf.a.get(sa) === sb || place.homeOf.b.get(sb) === sa
}

/** Whether leftovers i and j stand where one could have become the other (see the top of this file). */
export function plausiblyPlaced(i: number, j: number, groups: readonly AlignedGroup[], place: LeftoverPlace, sections: Sides<readonly string[]>): boolean {
  const sameGap = place.gapOf.a[i]! >= 0 && place.gapOf.a[i] === place.gapOf.b[j]
  return sameGap || correspondingSections(i, j, sections, place) || placeDistance(i, j, groups, place) <= PLACE_REACH
}

/** The plausible leftover pairs, in A's order, then B's. */
export function leftoverCandidates(
  groups: readonly AlignedGroup[],
  place: LeftoverPlace,
  free: Sides<(k: number) => boolean>,
  sections: Sides<readonly string[]>,
  allowed: (i: number, j: number) => boolean,
): [number, number][] {
  const out: [number, number][] = []
  const nA = place.gapOf.a.length
  const nB = place.gapOf.b.length
  for (let i = 0; i < nA; i++) {
    if (!free.a(i)) continue
    for (let j = 0; j < nB; j++) {
      if (!free.b(j) || !allowed(i, j)) continue
      if (plausiblyPlaced(i, j, groups, place, sections)) out.push([i, j])
    }
  }
  return out
}

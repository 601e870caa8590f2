/**
 * Lists that fill a gap. A revision that turns a terse list into defined terms ("not lend the
 * card;" / "Keeping it to yourself. Never hand it to a colleague, even for a moment.") rewords
 * every item at once, so no item pairs and list-positions.ts (which needs half the items paired
 * already) has nothing to stand on. When the only clauses left over between two consecutive
 * in-order anchors are, on each side, one list of the same length (its introduction and its
 * items), the gap itself says the two lists are one: items pair by position. The words must
 * still touch: at least half the positions (and two) share a term or a synonym, so a list
 * replaced wholesale by an unrelated list of the same length stays apart.
 */
import type { Anchor } from './gaps'
import type { ItemList } from './list-positions'
import { type FeatureSet, neverPaired } from './features'

/** Positions traced by their words, at least: this share of the items, and MIN_TRACED. */
const TRACED_SHARE = 0.5
const MIN_TRACED = 2

/**
 * Positional pairs (i of A, j of B) for lists that are all that is left over in a gap between
 * two consecutive anchors (in A's order, in order in both). touches(i, j): whether the two
 * clauses share a term or a synonym (any score, or related words at part credit).
 */
export function gapListPairs(
  anchors: readonly Anchor[],
  lists: { a: readonly ItemList[]; b: readonly ItemList[] },
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  set: FeatureSet,
  touches: (i: number, j: number) => boolean,
): [number, number][] {
  const out: [number, number][] = []
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [loA, hiA] = [Math.max(...anchors[k]!.a) + 1, Math.min(...anchors[k + 1]!.a) - 1]
    const [loB, hiB] = [Math.max(...anchors[k]!.b) + 1, Math.min(...anchors[k + 1]!.b) - 1]
    const la = onlyList(lists.a, loA, hiA, freeA)
    const lb = onlyList(lists.b, loB, hiB, freeB)
    if (!la || !lb || la.items.length !== lb.items.length) continue
    const positions = la.items.map((i, p) => [i, lb.items[p]!] as [number, number])
    if (positions.some(([i, j]) => neverPaired(set.a[i]!, set.b[j]!))) continue
    const traced = positions.filter(([i, j]) => touches(i, j)).length
    if (traced < MIN_TRACED || traced < TRACED_SHARE * positions.length) continue
    out.push(...positions)
  }
  return out
}

/** The one list whose introduction and items are exactly the free clauses of lo..hi, or undefined. */
function onlyList(lists: readonly ItemList[], lo: number, hi: number, free: (k: number) => boolean): ItemList | undefined {
  const left: number[] = []
  for (let k = lo; k <= hi; k++) if (free(k)) left.push(k)
  if (left.length === 0) return undefined
  const list = lists.find((l) => l.intro === left[0])
  if (!list || list.items.length + 1 !== left.length) return undefined
  return list.items.every((i, p) => left[p + 1] === i) ? list : undefined
}

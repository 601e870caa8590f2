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
import { type Anchor, gapParts } from './gaps'
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
  // Sizes only bound the gap after the last anchor, which is open at its end and not used here.
  const [sizeA, sizeB] = [set.a.length, set.b.length]
  for (const { part, before, after } of gapParts(anchors, sizeA, sizeB, freeA, freeB)) {
    if (before === undefined || after === undefined) continue
    const la = onlyList(lists.a, part.as)
    const lb = onlyList(lists.b, part.bs)
    if (!la || !lb || la.items.length !== lb.items.length) continue
    const positions = la.items.map((i, p) => [i, lb.items[p]!] as [number, number])
    if (positions.some(([i, j]) => neverPaired(set.a[i]!, set.b[j]!))) continue
    const traced = positions.filter(([i, j]) => touches(i, j)).length
    if (traced < MIN_TRACED || traced < TRACED_SHARE * positions.length) continue
    out.push(...positions)
  }
  return out
}

/** The one list whose introduction and items are exactly the gap's leftovers (in order), or undefined. */
function onlyList(lists: readonly ItemList[], left: readonly number[]): ItemList | undefined {
  const list = lists.find((l) => l.intro === left[0])
  if (!list || list.items.length + 1 !== left.length) return undefined
  return list.items.every((i, p) => left[p + 1] === i) ? list : undefined
}

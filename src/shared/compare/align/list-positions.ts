/**
 * List items placed by their position. A list rewritten item by item keeps its length and
 * its order, though each item may change beyond recognition ("outside employment;" / "Other
 * jobs. Any paid work you do apart from your Council job, ..."; "shareholdings in companies
 * that trade with the Council;" / "Shares. Shares you own in a business that sells to us ...":
 * no shared term once stemmed). Where two lists of one length, each right after an
 * introduction, already pair most items at the same position, the position is the evidence for
 * the rest: the k-th item pairs with the k-th, and a pair the gap rules made across positions
 * inside the two lists (the second old item with the first new one, on one shared word) gives
 * way to them. Each positional pair still needs a trace of its own (the gap threshold, or each
 * the other's nearest in meaning of all the other document's clauses), so an item replaced by
 * an unrelated one at the same place stays apart.
 */
import type { Clause } from '../../model'
import { vectorCosine } from '../semantic'
import { type FeatureSet, listIntroduction, neverPaired } from './features'
import type { AlignedGroup } from './groups'
import type { PairScores } from './scores'
import { centredVectors } from './semantic-leftovers'

/** The fewest items a list needs for its positions to say anything. */
export const MIN_ITEMS = 3

/** A list item's label: a bullet, or a letter or roman numeral ("(a)", "b)", "iv."). */
const ITEM_LABEL = /^(?:[^\p{L}\p{N}]+|\(?[a-z]\)|\(?[a-z][.)]|\(?[ivx]+[.)])$/iu

export interface ItemList {
  intro: number
  items: number[]
}

/** The lists of one side: the run of labelled items at one level right after an introduction, in its section. */
export function itemLists(clauses: readonly Clause[], identities: readonly string[]): ItemList[] {
  const section = (c: Clause | undefined): string => (Array.isArray(c?.section) ? c.section.join('\u0000') : '')
  const isItem = (c: Clause | undefined): boolean => typeof c?.label === 'string' && ITEM_LABEL.test(c.label)
  const out: ItemList[] = []
  for (let k = 0; k + 1 < clauses.length; k++) {
    if (!listIntroduction(identities[k]!) || !isItem(clauses[k + 1])) continue
    const items: number[] = []
    for (let m = k + 1; m < clauses.length && isItem(clauses[m]) && section(clauses[m]) === section(clauses[k]) && clauses[m]!.level === clauses[k + 1]!.level; m++) items.push(m)
    if (items.length >= MIN_ITEMS) out.push({ intro: k, items })
  }
  return out
}

/**
 * The pairs to give way (groups of `groups`) and the positional pairs (i of A, j of B) to take.
 * bar: the least score that traces a positional pair by its words (the gap threshold). Note: a
 * shared word alone (any score) let an item replaced in place by an unrelated one pair on the
 * generated variants ("do carry on posting everyday service information" / "Emojis and humour
 * may be used on informal accounts", 0.067).
 */
export function listPositionPairs(
  groups: readonly AlignedGroup[],
  lists: { a: readonly ItemList[]; b: readonly ItemList[] },
  set: FeatureSet,
  scores: PairScores,
  bar: number,
): { drop: AlignedGroup[]; add: [number, number][] } {
  const drop: AlignedGroup[] = []
  const add: [number, number][] = []
  if (lists.a.length === 0 || lists.b.length === 0) return { drop, add }
  const groupOfA = new Map<number, AlignedGroup>()
  const groupOfB = new Map<number, AlignedGroup>()
  for (const g of groups) {
    for (const i of g.a) groupOfA.set(i, g)
    for (const j of g.b) groupOfB.set(j, g)
  }
  let vectors: ReturnType<typeof centredVectors> | undefined
  for (const la of lists.a) {
    for (const lb of lists.b) {
      const n = la.items.length
      if (lb.items.length !== n) continue
      // The introductions are paired together, or both left over.
      const introA = groupOfA.get(la.intro)
      const introB = groupOfB.get(lb.intro)
      if (introA !== introB) continue
      const inB = new Set(lb.items)
      const inA = new Set(la.items)
      const samePlace = (k: number): boolean => {
        const g = groupOfA.get(la.items[k]!)
        return g !== undefined && g.kind === 'pair' && g.b[0] === lb.items[k]
      }
      // Every item is left over, paired at its position, or paired with an item of the other list.
      const within = (g: AlignedGroup | undefined): boolean => g === undefined || (g.kind === 'pair' && inA.has(g.a[0]!) && inB.has(g.b[0]!))
      if (!la.items.every((i) => within(groupOfA.get(i))) || !lb.items.every((j) => within(groupOfB.get(j)))) continue
      const kept = la.items.filter((_, k) => samePlace(k)).length
      if (kept * 2 < n || kept === n) continue
      vectors ??= centredVectors(set)
      const nearestIn = (mine: Float32Array | undefined, others: readonly number[], other: (k: number) => Float32Array | undefined): number => {
        let best = -1
        let bestCos = -2
        for (const k of others) {
          const v = other(k)
          const c = mine && v ? vectorCosine(mine, v) : -2
          if (c > bestCos) {
            best = k
            bestCos = c
          }
        }
        return mine ? best : -1
      }
      // Note: nearest of the whole other document, not of the other list: in a list whose other
      // items are paired, a replaced item and its unrelated successor are each other's nearest
      // left over for that alone.
      const allA = [...set.a.keys()]
      const allB = [...set.b.keys()]
      const traced = (i: number, j: number): boolean =>
        scores.get(i, j) >= bar || (nearestIn(vectors!.a(i), allB, vectors!.b) === j && nearestIn(vectors!.b(j), allA, vectors!.a) === i)
      const moves: [number, number][] = []
      for (let k = 0; k < n; k++) {
        if (samePlace(k)) continue
        const i = la.items[k]!
        const j = lb.items[k]!
        if (neverPaired(set.a[i]!, set.b[j]!) || !traced(i, j)) continue
        moves.push([i, j])
      }
      for (const [i, j] of moves) {
        for (const g of [groupOfA.get(i), groupOfB.get(j)]) {
          if (g && !drop.includes(g)) drop.push(g)
        }
      }
      add.push(...moves)
    }
  }
  // Note: a pair given way may free an item whose own position is not taken here; it is left over.
  return { drop, add }
}

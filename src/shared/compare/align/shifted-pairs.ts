/**
 * A pair one clause off its place (step 3c): the matching takes the one pair that scores best
 * and leaves its neighbours, each a little less alike, below the bar. "Never use your personal
 * email for council business." scores 0.33 with "The Council email account assigned to a User
 * shall be used for the transaction of Council business. Limited personal use is permitted ...",
 * the rewording of the clause before it (0.26), and 0.27 with its own rewording, the clause
 * after ("No User shall transact Council business by means of a private email account."):
 * alone under the bar, neither pairs, and the gap rules read the wrong anchor.
 *
 * A pair (i, j) gives way to the two pairs beside it, (i - 1, j) and (i, j + 1) or (i, j - 1)
 * and (i + 1, j), when the clauses they take in are left over, stand in the same section as the
 * pair's clause on their side, each new pair reaches SHIFT_BAR and the two together outweigh
 * the one by SHIFT_GAIN: the place is the evidence the words lack, and two neighbours in order
 * say more than one pair.
 */
import type { AlignedGroup } from './groups'
import type { PairScores } from './scores'

/** Each pair of the two must reach this (the gap bar doubled: a clause's rewording, not one word shared). */
export const SHIFT_BAR = 0.2
/** The two pairs together must score this many times the one they replace. */
export const SHIFT_GAIN = 1.4

export interface Shift {
  /** The group (its index in the list given) that gives way. */
  group: number
  pairs: [[number, number], [number, number]]
}

export function shiftedPairs(
  groups: readonly AlignedGroup[],
  scores: PairScores,
  sections: { a: readonly string[]; b: readonly string[] },
  freeA: (i: number) => boolean,
  freeB: (j: number) => boolean,
  allowed: (i: number, j: number) => boolean,
): Shift[] {
  const takenA = new Set<number>()
  const takenB = new Set<number>()
  const isFreeA = (i: number): boolean => i >= 0 && i < sections.a.length && freeA(i) && !takenA.has(i)
  const isFreeB = (j: number): boolean => j >= 0 && j < sections.b.length && freeB(j) && !takenB.has(j)
  const worth = (x: [number, number], y: [number, number], one: number): number => {
    const sx = allowed(x[0], x[1]) ? scores.get(x[0], x[1]) : 0
    const sy = allowed(y[0], y[1]) ? scores.get(y[0], y[1]) : 0
    return sx >= SHIFT_BAR && sy >= SHIFT_BAR && sx + sy >= SHIFT_GAIN * one ? sx + sy : 0
  }
  const shifts: Shift[] = []
  groups.forEach((g, k) => {
    if (g.kind !== 'pair' || g.identical) return
    const i = g.a[0]!
    const j = g.b[0]!
    const one = scores.get(i, j)
    const options: [[number, number], [number, number]][] = []
    // A's clause before takes B's clause; A's clause takes the one after it in B.
    if (isFreeA(i - 1) && isFreeB(j + 1) && sections.a[i - 1] === sections.a[i] && sections.b[j + 1] === sections.b[j]) options.push([[i - 1, j], [i, j + 1]])
    // A's clause takes the one before it in B; A's clause after takes B's clause.
    if (isFreeA(i + 1) && isFreeB(j - 1) && sections.a[i + 1] === sections.a[i] && sections.b[j - 1] === sections.b[j]) options.push([[i, j - 1], [i + 1, j]])
    let best: [[number, number], [number, number]] | undefined
    let bestWorth = 0
    for (const o of options) {
      const w = worth(o[0], o[1], one)
      if (w > bestWorth) [best, bestWorth] = [o, w]
    }
    if (!best) return
    for (const [x, y] of best) {
      takenA.add(x)
      takenB.add(y)
    }
    shifts.push({ group: k, pairs: best })
  })
  return shifts
}

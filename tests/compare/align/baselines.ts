/**
 * Two baselines the aligner must beat, kept out of src on purpose:
 *   1. a line diff: LCS over the exact normalised texts, so only clauses left identical and in
 *      place pair (what `diff` on the two documents would show);
 *   2. a greedy best-ratio matcher: repeatedly take the most similar remaining pair by the
 *      character diff ratio (2 x common characters / total characters, the ratio a jsdiff
 *      character diff gives), down to a plain cut-off.
 */
import { diffArrays } from 'diff'
import { identityText } from '../../../src/shared/compare/align'
import type { Clause, ClauseRef } from '../../../src/shared/model'
import type { PairedRows } from './evaluation'

const ref = (c: Clause): ClauseRef => ({ id: c.id, label: c.label, text: c.text, section: c.section })

export function lineDiffBaseline(a: readonly Clause[], b: readonly Clause[]): PairedRows {
  const ta = a.map((c) => identityText(c.text))
  const tb = b.map((c) => identityText(c.text))
  const rows: PairedRows = []
  let i = 0
  let j = 0
  for (const change of diffArrays(ta, tb)) {
    if (change.added) j += change.count
    else if (change.removed) i += change.count
    else for (let k = 0; k < change.count; k++) rows.push({ a: [ref(a[i++]!)], b: [ref(b[j++]!)] })
  }
  return rows
}

/**
 * Length of the longest common subsequence of two strings, bit-parallel (Hyyrö 2004), so that
 * all pairs of two policies can be compared in a test. It equals the number of characters a
 * minimal jsdiff character diff keeps equal (checked in baselines.test.ts).
 */
export function lcsLength(x: string, y: string): number {
  const a = Array.from(x)
  const b = Array.from(y)
  if (a.length === 0 || b.length === 0) return 0
  const words = Math.ceil(a.length / 32)
  const masks = new Map<string, Uint32Array>()
  a.forEach((ch, i) => {
    let m = masks.get(ch)
    if (!m) masks.set(ch, (m = new Uint32Array(words)))
    m[i >>> 5]! |= 1 << (i & 31)
  })
  const v = new Uint32Array(words).fill(0xffffffff)
  const empty = new Uint32Array(words)
  for (const ch of b) {
    const m = masks.get(ch) ?? empty
    let carry = 0
    for (let w = 0; w < words; w++) {
      const vw = v[w]!
      const u = vw & m[w]!
      const sum = vw + u + carry
      carry = sum > 0xffffffff ? 1 : 0
      v[w] = (sum >>> 0) | (vw & ~m[w]!)
    }
  }
  let zeros = 0
  for (let i = 0; i < a.length; i++) if (((v[i >>> 5]! >>> (i & 31)) & 1) === 0) zeros++
  return zeros
}

export function charRatio(x: string, y: string): number {
  const total = Array.from(x).length + Array.from(y).length
  return total === 0 ? 1 : (2 * lcsLength(x, y)) / total
}

export function greedyRatioBaseline(a: readonly Clause[], b: readonly Clause[], cutoff: number): PairedRows {
  const ta = a.map((c) => identityText(c.text).toLowerCase())
  const tb = b.map((c) => identityText(c.text).toLowerCase())
  const pairs: { i: number; j: number; r: number }[] = []
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const la = ta[i]!.length
      const lb = tb[j]!.length
      // The ratio can never beat 2 x shorter / total: skip pairs that cannot reach the cut-off.
      if (la + lb === 0 || (2 * Math.min(la, lb)) / (la + lb) < cutoff) continue
      const r = charRatio(ta[i]!, tb[j]!)
      if (r >= cutoff) pairs.push({ i, j, r })
    }
  }
  return greedyPairs(a, b, pairs)
}

/** Scored candidate pairs taken best first, each clause at most once: what every greedy baseline does. */
export function greedyPairs(a: readonly Clause[], b: readonly Clause[], pairs: { i: number; j: number; r: number }[]): PairedRows {
  pairs.sort((x, y) => y.r - x.r || x.i - y.i || x.j - y.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const rows: PairedRows = []
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue
    usedA.add(p.i)
    usedB.add(p.j)
    rows.push({ a: [ref(a[p.i]!)], b: [ref(b[p.j]!)] })
  }
  return rows
}

/**
 * Words two clauses alone share: terms that one clause of each document holds and no other
 * clause of either ("miscarriage" and "justice" in "... or which may amount to a miscarriage of
 * justice" and "A possible miscarriage of justice is something you should report as well"). A
 * split rewords the part it cuts off, and keeps the words that name its subject; two such words,
 * each found once in each document, tie the part to the whole as a figure held by one clause of
 * each side does (figures.ts). One shared word alone is chance.
 *
 * Used only as a route for split and merge parts (grow-groups.ts): beside a part of the group,
 * in its section, where a merge or split has already been found on other evidence. Note:
 * measured on the tune revisions (37 pairs), clause pairs sharing two or more such terms: 339 in
 * a gold pair and found, 3 in a gold pair and missed (all split parts), 1 in no gold pair ("screen
 * locking whenever the device is left unattended" / "keep a clear desk: ... put away"); with one
 * shared term, 70 pairs in no gold pair.
 */
import type { FeatureSet } from './features'
import type { FigureLink } from './figures'
import { termSet } from './term-set'

/** Terms a link must hold: each held by just these two clauses, one a side. */
export const RARE_SHARED = 2

/** Clause pairs (not headings) sharing at least RARE_SHARED terms that no other clause of either document holds. */
export function rareTermLinks(set: FeatureSet): FigureLink[] {
  const onlyIn = (side: FeatureSet['a']): Map<string, number> => {
    const seen = new Map<string, number>()
    side.forEach((f, k) => {
      for (const t of termSet(f.terms)) seen.set(t, seen.has(t) ? -1 : f.heading ? -1 : k)
    })
    return seen
  }
  const inA = onlyIn(set.a)
  const inB = onlyIn(set.b)
  const shared = new Map<string, string[]>()
  for (const [term, i] of inA) {
    const j = inB.get(term)
    if (i < 0 || j === undefined || j < 0) continue
    const key = `${i} ${j}`
    const terms = shared.get(key)
    if (terms) terms.push(term)
    else shared.set(key, [term])
  }
  const out: FigureLink[] = []
  for (const [key, terms] of shared) {
    if (terms.length < RARE_SHARED) continue
    const [a, b] = key.split(' ').map(Number) as [number, number]
    out.push({ figure: terms.join(' '), a, b })
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b)
}

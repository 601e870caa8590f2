/**
 * The draft against a named version of itself. Section and clause ids survive versions, so
 * pairing is by id: no alignment guesses, and a clause the author rewrote completely is still
 * the same clause, shown word by word.
 */
import type { Draft } from '../../model'
import { type ItemPair, mergeSides } from './merge'
import { draftItems } from './sides'
import type { TrackedDocument } from './types'

export function trackedAgainstVersion(draft: Draft, version: Draft): TrackedDocument {
  const base = draftItems(version)
  const current = draftItems(draft)
  const baseIndex = new Map<string, number>()
  base.forEach((item, i) => {
    if (!baseIndex.has(item.id)) baseIndex.set(item.id, i)
  })
  const pairs: ItemPair[] = []
  const used = new Set<number>()
  current.forEach((item, d) => {
    const b = baseIndex.get(item.id)
    if (b === undefined || used.has(b) || base[b]!.kind !== item.kind) return
    used.add(b)
    pairs.push({ base: b, draft: d, inPlace: true })
  })
  return mergeSides({ base, draft: current, pairs })
}

/**
 * A clause's terms as a set, made once per term list. Note: the split and merge search tries
 * each clause as the whole of many candidate groups, and built this set for every one.
 */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>()

/** The set of `terms`; the list must not change afterwards (a clause's terms never do). */
export function termSet(terms: readonly string[]): ReadonlySet<string> {
  let set = sets.get(terms)
  if (!set) sets.set(terms, (set = new Set(terms)))
  return set
}

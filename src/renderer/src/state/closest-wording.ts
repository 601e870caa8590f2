/**
 * Which of the reference's clauses a wording is measured against: the one sharing the most
 * words with it (Jaccard on lower-cased words), so each clause is diffed against the nearest
 * thing the reference says rather than against all of it at once.
 */
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [])

/** Below this share of words in common, marks would cover nearly everything and say nothing. */
export const MIN_SHARED = 0.2

export function closestWording<T extends { text: string }>(text: string, candidates: readonly T[]): T | null {
  const mine = words(text)
  let best: T | null = null
  let bestScore = -1
  for (const c of candidates) {
    const theirs = words(c.text)
    let shared = 0
    for (const w of mine) if (theirs.has(w)) shared++
    const score = shared / (mine.size + theirs.size - shared || 1)
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  }
  return bestScore >= MIN_SHARED ? best : null
}

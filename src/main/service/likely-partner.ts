/**
 * The source a person is likeliest to compare with the one they opened: the one holding most of
 * its clause texts word for word (another version of the same policy, or a council's policy
 * built from the same template), so that both sides of that comparison can be prepared before
 * it is asked for. Note: a guess about what to prepare first, never about what a comparison
 * decides; a wrong guess costs only a source prepared sooner than it would have been.
 */
import type { SourceDocument, SourceId } from '../../shared/model'
import { policyClauses } from '../../shared/model-clauses'

/**
 * Share of the larger side's clauses the two must hold word for word to count as a pair (a
 * revision keeps most of its clauses; two policies on one subject share a few stock lines).
 */
export const PARTNER_SHARE = 0.5

/** The candidate sharing the largest share of clause texts with `opened` (at least PARTNER_SHARE), or undefined. */
export function likelyPartner(opened: SourceDocument, candidates: readonly SourceDocument[]): SourceDocument | undefined {
  const own = policyClauses(opened)
  if (own.length === 0) return undefined
  const texts = new Set(own.map((c) => c.text))
  let best: SourceDocument | undefined
  let bestShare = 0
  const seen = new Set<SourceId>([opened.id])
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    const theirs = policyClauses(candidate)
    let shared = 0
    for (const c of theirs) if (texts.has(c.text)) shared++
    const share = shared / Math.max(own.length, theirs.length)
    // Ties keep the first: candidates come newest first.
    if (share >= PARTNER_SHARE && share > bestShare) {
      best = candidate
      bestShare = share
    }
  }
  return best
}

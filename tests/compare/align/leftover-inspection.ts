/**
 * One revision pair compared with the learned leftover step off, keeping what the step would
 * have weighed (its plausible candidates and their features) and both sides' clauses: the
 * common start of the scripts that study leftovers (scripts/train-leftover-model.ts,
 * bench/revision-misses.ts, bench/sentence-encoder-leftovers.ts).
 */
import { compareSources } from '../../../src/shared/compare/align'
import type { LeftoverInspection } from '../../../src/shared/compare/align/learned-leftovers'
import { policyClauses } from '../../../src/shared/model-clauses'
import type { RevisionPair } from './revisions'

// Note: the return type is inferred, since policyClauses is generic over the clause type.
export function compareInspectingLeftovers(p: RevisionPair) {
  let seen: LeftoverInspection = { candidates: [], features: [] }
  const comparison = compareSources(p.a, p.b, { leftovers: { model: false, inspect: (found) => (seen = found) } })
  return { comparison, seen, a: policyClauses(p.a), b: policyClauses(p.b) }
}

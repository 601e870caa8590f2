/**
 * Tracked changes against a base: what changed between a base (a named version of the draft,
 * or any source in the library) and the draft, in one shape for the tracked-changes writer.
 * See README.md.
 */
import type { CompareOptions } from '../../compare/align'
import type { Draft, SourceDocument } from '../../model'
import { trackedAgainstSource } from './against-source'
import { trackedAgainstVersion } from './against-version'
import type { TrackedDocument } from './types'

export { trackedAgainstSource } from './against-source'
export { trackedAgainstVersion } from './against-version'
export { acceptAll, rejectAll, type ResolvedSection } from './resolve'
export { type ChangeSummary, hasChanges, summariseChanges } from './summary'
export type { ClauseChange, SegmentOp, TrackedClause, TrackedDocument, TrackedSection, TrackedSegment } from './types'

/** A Draft (a named version's snapshot) pairs by id; a SourceDocument goes through the comparison. */
export function trackedChanges(draft: Draft, base: Draft | SourceDocument, options?: CompareOptions): TrackedDocument {
  return 'sections' in base ? trackedAgainstVersion(draft, base) : trackedAgainstSource(draft, base, options)
}

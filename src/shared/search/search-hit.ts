/** A clause found by full-text search, with enough to show it and open it where it stands. */
import type { ClauseId, SourceId } from '../model'

export interface SearchHit {
  clauseId: ClauseId
  sourceId: SourceId
  sourceTitle: string
  label: string | null
  section: string[]
  text: string
  /** Higher is better; only comparable within one search. */
  score: number
}

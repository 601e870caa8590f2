/**
 * What library-wide analysis and search hand back: clause families, a document's repeats and
 * conflicts, search hits. Plain JSON like the rest of the model; the engines (compare/library,
 * the workspace's search) produce them and the API contract (api.ts) carries them, so they live
 * here, below both, and the contract never reaches into an engine.
 */
import type { ClauseFamily, ClauseId, SourceId, TopicId } from './model'

export interface FamilyMember {
  clauseId: ClauseId
  sourceId: SourceId
  /** 0..1: similarity to the family's representative (1 for the representative itself). */
  similarity: number
  /** Set when this clause repeats or restates another member from the same source (a near-copy, or a second statement of the same duty). */
  repeatOf?: ClauseId
}

/** A clause family as the library finds it: who is in it, how many sources, how close. */
export interface LibraryFamily extends ClauseFamily {
  members: FamilyMember[]
  /** How many different sources the family spans. */
  sourceCount: number
  /** 0..1: mean similarity of the other members to the representative. */
  cohesion: number
}

export type IssueKind = 'repeat' | 'opposed'

export interface DocumentIssue {
  kind: IssueKind
  /** The two clauses, in reading order. */
  clauseIds: [ClauseId, ClauseId]
  /** 0..1: how alike the clauses are (repeat), or the propositions apart from modal words (opposed). */
  similarity: number
  /** Topics both clauses carry. */
  topics: TopicId[]
  /** In plain words, for the author. */
  reason: string
}

/** What checking one document (a source or a draft) finds for its author to resolve. */
export interface DocumentCheck {
  repeats: DocumentIssue[]
  conflicts: DocumentIssue[]
}

/** A clause found by full-text search, with enough to show it and open it where it stands. */
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

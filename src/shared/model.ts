/**
 * The domain model. Every type here is plain JSON: it crosses IPC and HTTP, and it is what
 * the workspace stores. No classes, Maps or Dates (structured clone and JSON drop them).
 */

import { policyClauses } from './model-clauses'

/** Hex SHA-256 of the original file bytes: the same bytes always give the same source. */
export type SourceId = string

/** Derived from the source id and the clause's position, so re-importing keeps it. */
export type ClauseId = string

/** Identifier of a topic in the topic taxonomy (filled in by the import issue). */
export type TopicId = string

/**
 * The kinds of source, said once: the type, the request schema, the workspace's check and the
 * renderer's select all read this list.
 */
export const sourceKinds = ['national-guidance', 'corporate-list', 'council-policy', 'other'] as const

export type SourceKind = (typeof sourceKinds)[number]

export function isSourceKind(value: unknown): value is SourceKind {
  return (sourceKinds as readonly unknown[]).includes(value)
}

/** File formats the product knows about; `importable` in formats.ts says which work today. */
export type SourceFormat = 'docx' | 'pdf' | 'html' | 'md' | 'txt' | 'odt'

/** A format as the app describes it (import/formats.ts lists them all). */
export interface FormatInfo {
  format: SourceFormat
  extensions: string[]
  /** What a person calls it: "Word document". */
  label: string
  /** False until an importer for it exists; the UI still lists it, greyed, with the reason. */
  importable: boolean
}

export interface OutlineEntry {
  level: number
  text: string
}

export interface Clause {
  id: ClauseId
  sourceId: SourceId
  /** Heading trail from the top of the document down to this clause. */
  section: string[]
  /** The label as printed ("3.2", "(b)", "•"), kept apart from the text; null when none. */
  label: string | null
  /** Nesting depth of list items; 0 for body paragraphs. */
  level: number
  /** Plain text, whitespace normalised. */
  text: string
  /** Markdown with emphasis and links kept, for the Word export and the reader; safe by construction: a link gets in only through import/kit/safe-href.ts (http, https, mailto). */
  inline: string
  topics: TopicId[]
  /**
   * What the clause is when it is not policy text (ClauseRole), kept for the reader but left
   * out of comparison, families, coverage and the draft check (model-clauses.ts
   * `policyClauses`). Absent on ordinary clauses.
   */
  role?: ClauseRole
}

/**
 * Text a document carries that is not policy: 'front-matter' (document control, version
 * history), 'table-header' (the label row of a summary table).
 */
export type ClauseRole = 'front-matter' | 'table-header'

/** What describes a source, as a whole document and in the library list alike. */
export interface SourceFields {
  id: SourceId
  title: string
  organisation: string | null
  kind: SourceKind
  /** Date of the policy as printed, written YYYY-MM-DD (calendar-date.ts), when known. */
  date: string | null
  format: SourceFormat
  /** The file name it was imported from. */
  origin: string
  /** ISO 8601 timestamp. */
  importedAt: string
}

/** What a document-control block or a Markdown front matter says about the document. */
export interface DocumentControl {
  version?: string
  /** As printed, or YYYY-MM-DD when it could be read as a date. */
  date?: string
  owner?: string
  approver?: string
  reviewDate?: string
  organisation?: string
  status?: string
}

/** One row of a version history (change log): whatever of these the row gave. */
export interface HistoryRow {
  version?: string
  date?: string
  author?: string
  change?: string
}

export interface SourceDocument extends SourceFields {
  /** The researcher's own notes about the source (kept in the workspace; none at import). */
  notes?: string
  /** Document-control details read from the file; absent when it had none (and on older sources). */
  documentControl?: DocumentControl
  /** Version history rows read from the file; absent when it had none. */
  history?: HistoryRow[]
  outline: OutlineEntry[]
  clauses: Clause[]
  /** Things the importer could not keep faithfully, in words a policy officer understands. */
  warnings: string[]
}

/** What the library list shows: a source without its clauses. */
export interface SourceSummary extends SourceFields {
  /** Policy clauses only (model-clauses.ts `policyClauses`), the number every view and count uses. */
  clauseCount: number
  warningCount: number
}

/** The clause count is of policy clauses: front matter and table header rows are shown, not counted. */
export function summarise(source: SourceDocument): SourceSummary {
  const { outline: _outline, clauses, warnings, documentControl: _control, history: _history, ...fields } = source
  return { ...fields, clauseCount: policyClauses(clauses).length, warningCount: warnings.length }
}

// ---------------------------------------------------------------------------------------
// Comparing sources (plain JSON, like everything here).

/** How a row of a two-source comparison relates A's clauses to B's. */
export type RowStatus = 'same' | 'changed' | 'moved' | 'moved-changed' | 'only-a' | 'only-b' | 'split' | 'merged'

/** A clause as a comparison shows it. */
export interface ClauseRef {
  id: ClauseId
  label: string | null
  text: string
  section: string[]
}

/** One step of a word-level difference: applying the equal and insert texts to nothing gives B. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export interface ComparisonRow {
  status: RowStatus
  /** 0..1: how alike the paired texts are (1 for the same words; 0 for one-sided rows). */
  similarity: number
  /** A's clauses in the row: none (only-b), one, or two (merged: two of A became one of B). */
  a: ClauseRef[]
  /** B's clauses in the row: none (only-a), one, or two (split: one of A became two of B). */
  b: ClauseRef[]
  /** Word-level difference for changed pairs (A's text joined, against B's text joined). */
  diff?: DiffOp[]
  /** True when the pair changed too much to diff word by word within the bound. */
  rewritten?: boolean
}

export interface ComparisonCounts {
  same: number
  changed: number
  moved: number
  movedChanged: number
  onlyA: number
  onlyB: number
  split: number
  merged: number
}

export interface Comparison {
  a: SourceSummary
  b: SourceSummary
  /** In B's reading order, with clauses only in A placed where they stood in A. */
  rows: ComparisonRow[]
  counts: ComparisonCounts
}

/** Clauses from different sources that say the same thing. */
export interface ClauseFamily {
  id: string
  /** The member whose wording is most central to the family. */
  /** With the label as printed, so the wording can be added to a draft without fetching its source. */
  representative: { clauseId: ClauseId; sourceId: SourceId; label: string | null; text: string }
  /** Every member including the representative, with its similarity to the representative. */
  members: { clauseId: ClauseId; sourceId: SourceId; similarity: number }[]
  topics: TopicId[]
}

/** Which source covers what: rows are topics or families, columns are sources. */
export interface CoverageMatrix {
  sources: SourceSummary[]
  topics: { topic: TopicId; label: string; bySource: Record<SourceId, ClauseId[]> }[]
  families: { familyId: string; text: string; bySource: Record<SourceId, ClauseId[]> }[]
  /** Per source: topics and families that most other sources have and it lacks. */
  gaps: Record<SourceId, { topics: TopicId[]; families: string[] }>
}

// ---------------------------------------------------------------------------------------
// Drafts: the author's own policy, composed from clauses of any source.

export type DraftId = string

export type DraftStatus = 'draft' | 'consultation' | 'approved' | 'superseded'

export interface DraftMetadata {
  title: string
  organisation: string
  /** As the organisation numbers it: "0.3", "1.0". */
  version: string
  status: DraftStatus
  owner: string
  approver: string
  committee: string
  /** Dates written YYYY-MM-DD (calendar-date.ts), or null while unknown. */
  approvedOn: string | null
  reviewDue: string | null
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
}

/** Where a draft clause came from: enough to show and compare it even if the source is removed. */
export interface ClauseOrigin {
  sourceId: SourceId
  clauseId: ClauseId
  sourceTitle: string
  label: string | null
  originalText: string
}

export interface DraftClause {
  id: string
  text: string
  /** The author's note to themselves or to reviewers; not part of the policy. */
  note: string
  /** Clause (1), sub-clause (2) or sub-sub-clause (3); drafts saved before levels read as 1. */
  level: 1 | 2 | 3
  origin?: ClauseOrigin
}

export interface DraftSection {
  id: string
  heading: string
  clauses: DraftClause[]
}

export interface Draft {
  id: DraftId
  metadata: DraftMetadata
  sections: DraftSection[]
}

/** Derived, never stored: verbatim (text as the source has it), adapted (changed), new (no origin). */
export type DraftClauseState = 'verbatim' | 'adapted' | 'new'

/** A named snapshot of a draft ("0.3, sent to committee on 12 March"). */
export interface DraftVersion {
  id: string
  draftId: DraftId
  name: string
  note: string
  createdAt: string
  draft: Draft
}

/** A version as lists show it: everything but the snapshot, and how many clauses it holds. */
export interface DraftVersionSummary extends Omit<DraftVersion, 'draft'> {
  clauseCount: number
}

export interface DraftSummary {
  id: DraftId
  title: string
  version: string
  status: DraftStatus
  updatedAt: string
  clauseCount: number
  versionCount: number
}

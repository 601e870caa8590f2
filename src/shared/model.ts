/**
 * The domain model. Every type here is plain JSON: it crosses IPC and HTTP, and it is what
 * the workspace stores. No classes, Maps or Dates (structured clone and JSON drop them).
 */

/** Hex SHA-256 of the original file bytes: the same bytes always give the same source. */
export type SourceId = string

/** Derived from the source id and the clause's position, so re-importing keeps it. */
export type ClauseId = string

/** Identifier of a topic in the topic taxonomy (filled in by the import issue). */
export type TopicId = string

export type SourceKind = 'national-guidance' | 'corporate-list' | 'council-policy' | 'other'

/** File formats the product knows about; `importable` in formats.ts says which work today. */
export type SourceFormat = 'docx' | 'pdf' | 'html' | 'md' | 'txt' | 'odt'

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
  /** Markdown with emphasis and links kept. */
  inline: string
  topics: TopicId[]
}

/** What describes a source, as a whole document and in the library list alike. */
export interface SourceFields {
  id: SourceId
  title: string
  organisation: string | null
  kind: SourceKind
  /** Date of the policy as printed (ISO 8601 date), when known. */
  date: string | null
  format: SourceFormat
  /** The file name it was imported from. */
  origin: string
  /** ISO 8601 timestamp. */
  importedAt: string
}

export interface SourceDocument extends SourceFields {
  outline: OutlineEntry[]
  clauses: Clause[]
  /** Things the importer could not keep faithfully, in words a policy officer understands. */
  warnings: string[]
}

/** What the library list shows: a source without its clauses. */
export interface SourceSummary extends SourceFields {
  clauseCount: number
  warningCount: number
}

export function summarise(source: SourceDocument): SourceSummary {
  const { outline: _outline, clauses, warnings, ...fields } = source
  return { ...fields, clauseCount: clauses.length, warningCount: warnings.length }
}

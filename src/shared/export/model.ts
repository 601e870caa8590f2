/**
 * The export document: a draft as a plain list of blocks, with nothing about Word in it and
 * nothing about the draft in the writer that turns it into bytes (docx/). Plain JSON, so tests
 * read it as data and other writers (Markdown, HTML) can take the same input.
 */
import type { ClauseLevel, NumberingScheme } from '../draft/numbering'

/** A stretch of text with its emphasis; `link` is an http(s) or mailto address. */
export interface InlineRun {
  text: string
  bold?: boolean
  italic?: boolean
  link?: string
  /** Struck through and underlined: formatting, not revisions (a comparison report marks differences so). */
  strike?: boolean
  underline?: boolean
}

/**
 * How a whole paragraph shows as a revision (tracked-changes export): inserted, deleted, or
 * one end of a move, the two ends paired by `moveName`.
 */
export type BlockChange = 'inserted' | 'deleted' | 'moved-from' | 'moved-to'

/** A word-level change inside a changed paragraph: applying equal + insert gives the new text. */
export interface ChangeSegment {
  text: string
  op: 'equal' | 'insert' | 'delete'
}

/** What a numbered block may carry in the tracked-changes export. */
export interface Revisable {
  change?: BlockChange
  /** Pairs a 'moved-from' block with its 'moved-to' block. */
  moveName?: string
  /** Word-level changes; when present they replace `runs`/`text` as the paragraph's content. */
  segments?: ChangeSegment[]
}

export interface TitleBlock {
  kind: 'title'
  title: string
  /** Lines under the title: organisation, "Version 0.3 · Draft · 12 March 2026". */
  subtitle: string[]
}

/** A table of front matter or appendix; the first row is the header row. */
export interface TableBlock {
  kind: 'table'
  role: 'document-control' | 'approval' | 'provenance' | 'sources' | 'counts' | 'comparison'
  /** The small heading above the table ("Document control"). */
  caption: string
  header: string[]
  rows: string[][]
  /** Columns left blank for a pen (signature cells), by index. */
  blankColumns?: number[]
  /**
   * The body cells with formatting, row by row, each cell its paragraphs of runs; the Word
   * writer prints these instead of `rows` (which keep the plain text).
   */
  cells?: InlineRun[][][][]
}

export interface ContentsBlock {
  kind: 'contents'
  title: string
}

/** A section heading: numbered at the section level of the numbering. */
export interface HeadingBlock extends Revisable {
  kind: 'heading'
  text: string
  /** As printed ("3"); Word prints it from the numbering definition, never from this text. */
  number: string
}

/** An unnumbered heading (appendix, front matter). */
export interface PlainHeadingBlock {
  kind: 'plain-heading'
  text: string
}

export interface ClauseBlock extends Revisable {
  kind: 'clause'
  /** The draft clause's id. */
  id: string
  level: ClauseLevel
  /** As printed ("3.2", "(a)"); Word prints it from the numbering definition. */
  number: string
  runs: InlineRun[]
  /** Comments anchored on this clause, by ExportComment.id. */
  comments: number[]
}

export interface PageBreakBlock {
  kind: 'page-break'
}

/** A paragraph of body text, not numbered (a committee pack's cover report). */
export interface ParagraphBlock {
  kind: 'paragraph'
  runs: InlineRun[]
}

/**
 * Section and clause numbers start again at 1 after this marker: each appendix of a committee
 * pack numbers its policy from 1, as the policy prints on its own.
 */
export interface RestartNumberingBlock {
  kind: 'restart-numbering'
}

export type ExportBlock =
  | TitleBlock
  | TableBlock
  | ContentsBlock
  | HeadingBlock
  | PlainHeadingBlock
  | ClauseBlock
  | PageBreakBlock
  | ParagraphBlock
  | RestartNumberingBlock

export interface ExportComment {
  id: number
  author: string
  /** ISO 8601 date or timestamp. */
  date: string
  paragraphs: string[]
}

export interface ExportMeta {
  title: string
  organisation: string
  version: string
  status: string
  author: string
  /** The document's date, YYYY-MM-DD: core properties, revisions and comments carry it. */
  date: string
  protectiveMarking: string
  numbering: NumberingScheme
}

export interface ExportDocument {
  meta: ExportMeta
  blocks: ExportBlock[]
  comments: ExportComment[]
  /** The styles part (styles.xml) of the organisation's template, when one was given. */
  referenceStyles?: string
  /** Landscape A4 (a wide table, such as a comparison report's); portrait when left out. */
  landscape?: boolean
}

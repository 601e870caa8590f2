/**
 * Export: a draft as a plain export document (buildExport), then as a Word file (renderDocx).
 * The model knows nothing of Word; the writer knows nothing of drafts.
 */
export { buildExport, type ExportContext } from './build'
export type { VersionEntry } from './front-matter'
export { inlineRuns, runsText } from './inline'
export type {
  BlockChange,
  ChangeSegment,
  ClauseBlock,
  ContentsBlock,
  ExportBlock,
  ExportComment,
  ExportDocument,
  ExportMeta,
  HeadingBlock,
  InlineRun,
  PageBreakBlock,
  PlainHeadingBlock,
  Revisable,
  TableBlock,
  TitleBlock,
} from './model'
export { type ExportOptions, type ExportOptionsInput, exportOptionsSchema, parseExportOptions, type ProvenanceOption } from './options'
export { renderDocx } from './docx/render'
export { AUTHOR_PLACEHOLDER, buildCommitteePack, changeParagraphs, type CommitteePackInput } from './pack'
export { buildComparisonReport, type ComparisonReportOptions } from './comparison-report'
export type { ParagraphBlock, RestartNumberingBlock } from './model'

/**
 * A draft as an export document: front matter, then each section as a numbered heading and
 * its clauses with their levels and printed numbers, then (by choice) where each clause came
 * from. Pure: the date and author come from the options or the draft, never the clock.
 *
 * The frame (options, front matter, comments, provenance appendix, meta) is shared with the
 * tracked-changes export (tracked-blocks.ts), which differs only in the body.
 */
import { effectiveLevels } from '../draft/numbering'
import { draftLabels } from '../draft/state'
import { WorkbenchError } from '../errors'
import type { Draft, DraftClause } from '../model'
import { dayOf } from './dates'
import { approvalTable, documentControl, titleBlock, type VersionEntry } from './front-matter'
import { inlineRuns } from './inline'
import type { ExportBlock, ExportComment, ExportDocument } from './model'
import type { ExportOptions, ExportOptionsInput } from './options'
import { checkExportOptions } from './options-check'
import { type NumberedClause, provenanceComment, provenanceTable } from './provenance'
import { readReferenceStyles } from './reference'

export interface ExportContext {
  /** The draft's named versions, for the document control table. */
  versions?: readonly VersionEntry[]
  /** The template's file name, for error messages. */
  referenceName?: string
}

/** What every export of a draft shares around its body: checked options, front matter, comments. */
export interface ExportFrame {
  options: ExportOptions
  date: string
  author: string
  /** Front matter so far; the body is pushed after it. */
  blocks: ExportBlock[]
  comments: ExportComment[]
}

/**
 * The options as the schema gives them back. Note: checked by hand (options-check.ts), so the
 * builders load no zod; the one entry every host calls (entry.ts) has already checked them with
 * the schema's words, so only a caller that skipped it can reach the error here.
 */
function checkedOptions(input: ExportOptionsInput): ExportOptions {
  const options = checkExportOptions(input)
  if (!options) throw new WorkbenchError('invalid-request', 'Those export options cannot be used: check them with parseOptions (export/options.ts) first.')
  return options
}

/** Options checked, then the title block, document control and approval tables, optional contents. */
export function startExport(draft: Draft, input: ExportOptionsInput, context: ExportContext): ExportFrame {
  const options = checkedOptions(input)
  const md = draft.metadata
  const date = options.date ?? dayOf(md.updatedAt)
  const author = options.author || md.owner || md.organisation || 'Policy Workbench'
  const blocks: ExportBlock[] = [titleBlock(md, date), documentControl(md, context.versions ?? [], date, author), approvalTable(md)]
  if (options.tableOfContents) blocks.push({ kind: 'contents', title: 'Contents' })
  blocks.push({ kind: 'page-break' })
  return { options, date, author, blocks, comments: [] }
}

/** The comments a clause carries (its source, its note, as chosen), added to the frame; their ids. */
export function clauseComments(frame: ExportFrame, clause: DraftClause): number[] {
  const ids: number[] = []
  const add = (paragraphs: string[]): void => {
    const id = frame.comments.length
    frame.comments.push({ id, author: frame.author, date: `${frame.date}T00:00:00Z`, paragraphs })
    ids.push(id)
  }
  const origin = frame.options.provenance === 'comments' ? provenanceComment(clause) : null
  if (origin) add(origin)
  if (frame.options.notesAsComments && clause.note.trim()) add([`Note: ${clause.note.trim()}`])
  return ids
}

/** The provenance appendix when asked for, then the document with its meta and template styles. */
export function finishExport(draft: Draft, frame: ExportFrame, context: ExportContext): ExportDocument {
  const { options } = frame
  if (options.provenance === 'appendix') {
    const labels = draftLabels(draft, options.numbering)
    const numbered: NumberedClause[] = draft.sections.flatMap((s) => s.clauses.map((clause) => ({ clause, number: labels.clauses[clause.id]! })))
    if (numbered.length > 0) frame.blocks.push({ kind: 'page-break' }, { kind: 'plain-heading', text: 'Appendix: where each clause came from' }, provenanceTable(numbered))
  }
  const md = draft.metadata
  const doc: ExportDocument = {
    meta: {
      title: md.title,
      organisation: md.organisation,
      version: md.version,
      status: md.status,
      author: frame.author,
      date: frame.date,
      protectiveMarking: options.protectiveMarking,
      numbering: options.numbering,
    },
    blocks: frame.blocks,
    comments: frame.comments,
  }
  if (options.reference) doc.referenceStyles = readReferenceStyles(options.reference, context.referenceName ?? 'The template')
  return doc
}

export function buildExport(draft: Draft, input: ExportOptionsInput = {}, context: ExportContext = {}): ExportDocument {
  const frame = startExport(draft, input, context)
  const labels = draftLabels(draft, frame.options.numbering)
  for (const section of draft.sections) {
    frame.blocks.push({ kind: 'heading', text: section.heading.trim(), number: labels.sections[section.id]! })
    const levels = effectiveLevels(section.clauses.map((c) => c.level))
    section.clauses.forEach((clause, i) => {
      const comments = clauseComments(frame, clause)
      frame.blocks.push({ kind: 'clause', id: clause.id, level: levels[i]!, number: labels.clauses[clause.id]!, runs: inlineRuns(clause.text), comments })
    })
  }
  return finishExport(draft, frame, context)
}

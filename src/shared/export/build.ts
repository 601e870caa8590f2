/**
 * A draft as an export document: front matter, then each section as a numbered heading and
 * its clauses with their levels and printed numbers, then (by choice) where each clause came
 * from. Pure: the date and author come from the options or the draft, never the clock.
 */
import { effectiveLevels } from '../draft/numbering'
import { draftLabels } from '../draft/state'
import { WorkbenchError } from '../errors'
import type { Draft } from '../model'
import { dayOf } from './dates'
import { approvalTable, documentControl, titleBlock, type VersionEntry } from './front-matter'
import { inlineRuns } from './inline'
import type { ExportBlock, ExportComment, ExportDocument } from './model'
import { exportOptionsSchema, type ExportOptionsInput } from './options'
import { type NumberedClause, provenanceComment, provenanceTable } from './provenance'
import { readReferenceStyles } from './reference'

export interface ExportContext {
  /** The draft's named versions, for the document control table. */
  versions?: readonly VersionEntry[]
  /** The template's file name, for error messages. */
  referenceName?: string
}

export function buildExport(draft: Draft, input: ExportOptionsInput = {}, context: ExportContext = {}): ExportDocument {
  const parsed = exportOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
    throw new WorkbenchError('invalid-request', `Those export options cannot be used (${detail}).`)
  }
  const options = parsed.data
  const md = draft.metadata
  const date = options.date ?? dayOf(md.updatedAt)
  const author = options.author || md.owner || md.organisation || 'Policy Workbench'
  const labels = draftLabels(draft, options.numbering)

  const blocks: ExportBlock[] = [titleBlock(md, date), documentControl(md, context.versions ?? [], date, author), approvalTable(md)]
  if (options.tableOfContents) blocks.push({ kind: 'contents', title: 'Contents' })
  blocks.push({ kind: 'page-break' })

  const comments: ExportComment[] = []
  const comment = (paragraphs: string[]): number => {
    const id = comments.length
    comments.push({ id, author, date: `${date}T00:00:00Z`, paragraphs })
    return id
  }
  const numbered: NumberedClause[] = []
  for (const section of draft.sections) {
    blocks.push({ kind: 'heading', text: section.heading.trim(), number: labels.sections[section.id]! })
    const levels = effectiveLevels(section.clauses.map((c) => c.level))
    section.clauses.forEach((clause, i) => {
      const number = labels.clauses[clause.id]!
      numbered.push({ clause, number })
      const ids: number[] = []
      const origin = options.provenance === 'comments' ? provenanceComment(clause) : null
      if (origin) ids.push(comment(origin))
      if (options.notesAsComments && clause.note.trim()) ids.push(comment([`Note: ${clause.note.trim()}`]))
      blocks.push({ kind: 'clause', id: clause.id, level: levels[i]!, number, runs: inlineRuns(clause.text), comments: ids })
    })
  }
  if (options.provenance === 'appendix' && numbered.length > 0) {
    blocks.push({ kind: 'page-break' }, { kind: 'plain-heading', text: 'Appendix: where each clause came from' }, provenanceTable(numbered))
  }

  const doc: ExportDocument = {
    meta: {
      title: md.title,
      organisation: md.organisation,
      version: md.version,
      status: md.status,
      author,
      date,
      protectiveMarking: options.protectiveMarking,
      numbering: options.numbering,
    },
    blocks,
    comments,
  }
  if (options.reference) doc.referenceStyles = readReferenceStyles(options.reference, context.referenceName ?? 'The template')
  return doc
}

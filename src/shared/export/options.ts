/**
 * The export options as a schema: checked once here, reused by the API's request check, so a
 * host and the model cannot disagree on what an option may be.
 */
import { z } from '../zod'
import { WorkbenchError } from '../errors'
import { NUMBERING_SCHEMES } from '../draft/numbering'

const date = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'should be a date written YYYY-MM-DD')

export const exportOptionsSchema = z.strictObject({
  numbering: z.enum(NUMBERING_SCHEMES as ['decimal', 'legal', 'alpha']).default('decimal'),
  /** Where each clause came from: not at all, an appendix table, or a comment on each clause. */
  provenance: z.enum(['none', 'appendix', 'comments']).default('none'),
  /** The authors' notes on clauses as Word comments. */
  notesAsComments: z.boolean().default(false),
  tableOfContents: z.boolean().default(false),
  /** A Government Security Classification marking ("OFFICIAL"), in header and footer; empty for none. */
  protectiveMarking: z.string().trim().max(100).default(''),
  /** Who the document, its comments and revisions are by; the draft's owner when left out. */
  author: z.string().trim().max(200).optional(),
  /** The document's date; the draft's last change when left out (never the clock, so output is repeatable). */
  date: date.optional(),
  /** The organisation's Word template, whose styles the export takes (pandoc's --reference-doc). */
  reference: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'should be the bytes of a Word file').optional(),
})

/** What a caller may pass (defaults filled in by the schema). */
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>
export type ExportOptions = z.output<typeof exportOptionsSchema>
export type ProvenanceOption = ExportOptions['provenance']

export function parseExportOptions(input: ExportOptionsInput = {}): ExportOptions {
  return exportOptionsSchema.parse(input)
}

/** The options checked, or a WorkbenchError naming each problem (what a host shows the author). */
export function parseOptions(input: ExportOptionsInput): ExportOptions {
  const parsed = exportOptionsSchema.safeParse(input)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
    throw new WorkbenchError('invalid-request', `Those export options cannot be used (${detail}).`)
  }
  return parsed.data
}

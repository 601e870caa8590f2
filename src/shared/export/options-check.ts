/**
 * The export options checked by hand: the same verdict and the same result as the schema
 * (options.ts) on every input, without loading zod, which cost a one-shot CLI export more than
 * writing 1,000 clauses. It says yes, with the options and their defaults, or no: the schema
 * then words the problems (entry.ts), so messages come from one place.
 * Note: tests/export/options-check.test.ts holds it to the schema on generated options; change
 * one, change both.
 */
import type { ExportOptions } from './options'

const NUMBERING: readonly unknown[] = ['decimal', 'legal', 'alpha']
const PROVENANCE: readonly unknown[] = ['none', 'appendix', 'comments']
const KEYS = ['numbering', 'provenance', 'notesAsComments', 'tableOfContents', 'protectiveMarking', 'author', 'date', 'reference']
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** The options with their defaults, as the schema gives them back, or null when it would refuse them. */
export function checkExportOptions(input: unknown): ExportOptions | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null
  const o = input as Record<string, unknown>
  if (!Object.keys(o).every((k) => KEYS.includes(k))) return null
  const { numbering = 'decimal', provenance = 'none', notesAsComments = false, tableOfContents = false, protectiveMarking = '', author, date, reference } = o
  if (!NUMBERING.includes(numbering) || !PROVENANCE.includes(provenance)) return null
  if (typeof notesAsComments !== 'boolean' || typeof tableOfContents !== 'boolean') return null
  if (typeof protectiveMarking !== 'string' || protectiveMarking.trim().length > 100) return null
  if (author !== undefined && (typeof author !== 'string' || author.trim().length > 200)) return null
  if (date !== undefined && (typeof date !== 'string' || !DATE.test(date))) return null
  if (reference !== undefined && !(reference instanceof Uint8Array)) return null
  const options = {
    numbering,
    provenance,
    notesAsComments,
    tableOfContents,
    protectiveMarking: protectiveMarking.trim(),
  } as ExportOptions
  // Note: a field named with the value undefined is kept so, as the schema keeps it.
  if ('author' in o) options.author = author === undefined ? undefined : (author as string).trim()
  if ('date' in o) options.date = date as string | undefined
  if ('reference' in o) options.reference = reference as Uint8Array | undefined
  return options
}

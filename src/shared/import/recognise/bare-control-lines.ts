/**
 * Document-control lines with no heading above them and no separator in them: a PDF's small
 * table printed as "Document Employee Code of Conduct, version 4.2 (extract)" / "Date 10
 * January 2011" / "Owner Head of Human Resources" (Kingsmere). One such line alone could be
 * a sentence ("Date of birth must not be shared"), so only a run is taken: at least two
 * neighbouring unlabelled lines, each a known label and a short value, with at least two
 * different fields read, one of them a date that reads as a calendar day or a version number.
 * Lines of the run whose label names the document itself ("Document", "Title", "Reference")
 * join it, as they head such tables; so do lines after its first with a label whose value is
 * not kept ("Replaces …") or a longer value that starts as a cell's does ("Status Guidance. …").
 */
import type { DocumentControl } from '../../model'
import type { Block } from '../blocks'
import { calendarDateOf } from './calendar-date-of'

type ControlField = keyof DocumentControl
/** A document-control line read: its field (null: a label recognised, its value not kept) and value. */
export type ControlPair = { field: ControlField | null; value: string }
type Pair = ControlPair

/** A value, not a sentence: short, and not ending as a sentence ends. */
const isValue = (value: string): boolean => value.length > 0 && value.split(' ').length <= 12 && !/[.!?;:]$/.test(value)

/**
 * A longer value, taken only on a line that continues a run already begun: "Replaces
 * Principles for participating online (August 2009) and …", "Status Guidance. Departments may
 * issue …". It starts as a cell's text does (a capital or a digit), never as a sentence whose
 * subject happens to be a label word ("Status reports must …").
 */
const isRunValue = (value: string): boolean => /^[\p{Lu}\d(]/u.test(value) && value.split(' ').length <= 24

/** A line naming the document, at the head of such a table. */
const NAMES_DOCUMENT = /^(?:document|title|policy|reference) (?!of |is |must |should |will |may |can )\S/i

/** A value that anchors the run as document control: a calendar day, or a version number. */
function anchors(pair: Pair): boolean {
  if (pair.field === 'date' || pair.field === 'reviewDate') return calendarDateOf(pair.value) !== null
  return pair.field === 'version' && /^v?\d{1,2}(?:\.\d{1,2}){0,2}$/i.test(pair.value)
}

/**
 * The indexes of blocks that are bare document-control lines, each with its pair (a null
 * field for a line naming the document). `prefixPair` reads "Label value" lines.
 */
export function bareControlLines(blocks: readonly Block[], prefixPair: (text: string) => Pair | null): Map<number, Pair> {
  const found = new Map<number, Pair>()
  let run: { index: number; pair: Pair }[] = []
  const close = (): void => {
    const fields = new Set(run.flatMap((r) => (r.pair.field ? [r.pair.field] : [])))
    if (fields.size >= 2 && run.some((r) => anchors(r.pair))) for (const r of run) found.set(r.index, r.pair)
    run = []
  }
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' || block.label !== null || block.role) return close()
    const pair = prefixPair(block.text)
    // Note: a recognised label whose value is not kept ("Replaces", "Classification") and a
    // longer value only continue a run; alone they could be a sentence.
    const continuing = run.length > 0
    if (pair && pair.field && isValue(pair.value)) run.push({ index, pair })
    else if (pair && continuing && pair.value !== '' && (isValue(pair.value) || isRunValue(pair.value))) run.push({ index, pair })
    else if (NAMES_DOCUMENT.test(block.text) && isValue(block.text)) run.push({ index, pair: { field: null, value: block.text.replace(/^\S+\s+/, '') } })
    else close()
  })
  close()
  return found
}

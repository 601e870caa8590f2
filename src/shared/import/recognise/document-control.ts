/**
 * Document-control and version-history blocks, in every format: "Version: 2.0" lines,
 * "Owner | Head of HR" table rows, a masthead line under the title (masthead-line.ts), a run of
 * bare "Date 10 January 2011" lines (bare-control-lines.ts), a change-log table, or anything under a "Document control"
 * or "Version history" heading. They describe the document, not its policy: their paragraphs
 * are marked front matter (kept for the reader, out of comparison) and what they say is read
 * into DocumentControl and HistoryRow records.
 */
import type { DocumentControl, HistoryRow } from '../../model'
import { escapeMarkdown, type Block } from '../blocks'
import { CELL_SEPARATOR } from '../kit/table-row'
import { bareControlLines, type ControlPair } from './bare-control-lines'
import { mastheadPairs } from './masthead-line'

type ControlField = keyof DocumentControl

/** Labels of document-control lines, each with the field it fills (null: recognised, not kept). */
const CONTROL_LABELS: { re: RegExp; field: ControlField | null }[] = [
  { re: /^(?:document |policy )?version(?: number| no\.?)?$/, field: 'version' },
  { re: /^(?:issue|revision) (?:number|no\.?)$/, field: 'version' },
  { re: /^(?:(?:next )?review(?: date| due)?|date of (?:next )?review|due for review|review by)$/, field: 'reviewDate' },
  { re: /^(?:(?:document |policy |information |asset )?owners?|owned by|author|responsible officer|lead officer|policy lead|prepared by)$/, field: 'owner' },
  { re: /^(?:(?:to be )?approved by|approver|approving body|approval body|authorised by|signed off by|agreed (?:by|with))$/, field: 'approver' },
  { re: /^(?:date|issue date|date of issue|effective date|date effective|effective from|publication date|date published|last updated|approval date|date approved|approved on|date of approval)$/, field: 'date' },
  { re: /^(?:organisation|organization|department|directorate|issued by|published by)$/, field: 'organisation' },
  { re: /^(?:status|document status)$/, field: 'status' },
  { re: /^(?:classification|security classification|(?:document )?reference|ref\.?|document type|(?:policy |document )?title|equality impact assessment|supersedes|replaces)$/, field: null },
]

/** A paragraph this long, or ending as a sentence ends, begins the policy's text (see recogniseDocumentControl). */
const SUBTITLE_WORDS = 16

/** Headings whose whole section is document control. */
const CONTROL_HEADING = /^(?:document\s(?:control|history|information|details|management)|version (?:control|history)|revision history|change (?:log|history|record)|amendment (?:history|record|log)|history of changes|record of changes)$/i

export const isControlHeading = (text: string): boolean => CONTROL_HEADING.test(text.trim())

/** Header cells of a version-history table, by the HistoryRow field they fill. */
const HISTORY_COLUMNS: { re: RegExp; field: keyof HistoryRow }[] = [
  { re: /^(?:version|issue|revision|v\.?|no\.?)$/, field: 'version' },
  { re: /^(?:date|issue date|date of change|approved|date approved)$/, field: 'date' },
  { re: /^(?:author|by|changed by|owner|editor|made by)$/, field: 'author' },
  { re: /^(?:changes?|description|summary|amendments?|details|comments?|reason|summary of changes|description of change|nature of change)$/, field: 'change' },
]

const normaliseLabel = (s: string): string => s.trim().toLowerCase().replace(/[:.]$/, '').replace(/\s+/g, ' ')

export function controlField(label: string): ControlField | null | undefined {
  const key = normaliseLabel(label)
  const hit = CONTROL_LABELS.find((l) => l.re.test(key))
  return hit ? hit.field : undefined
}

function cellsOf(text: string): string[] {
  return text.split(CELL_SEPARATOR).map((c) => c.trim())
}

/** "Version: 2.0", "Version | 2.0", "Owner | Head of HR | Approved by | Cabinet", "Version 1.0 | Owner: Head of HR": the pairs, or null. */
export function controlPairs(text: string): ControlPair[] | null {
  const cells = text.includes(CELL_SEPARATOR) ? cellsOf(text) : null
  if (cells) return labelCellPairs(cells) ?? fieldCellPairs(cells)
  return colonRun(text) ?? colonPair(text)
}

/** The longest known label of up to four words ending `words`, as [words it takes, field], or null. */
function labelAtEnd(words: readonly string[]): [number, ControlField | null] | null {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const field = controlField(words.slice(words.length - n).join(' '))
    if (field !== undefined) return [n, field]
  }
  return null
}

/**
 * "Version: 1.1 Date: 18 October 2010 Owner: Principal Youth Officer Review due: October 2011":
 * fields written on lines of their own inside one paragraph (a Word line break, an HTML <br>, a
 * Markdown soft break), so they arrive as one line. Every colon must close a known label, the
 * first at the start; each value runs to the next label. Two fields at least, else colonPair
 * reads it (one field may carry a colon in its value).
 */
function colonRun(text: string): ControlPair[] | null {
  const parts = text.split(/:\s+/)
  if (parts.length < 3) return null
  const labels: { field: ControlField | null; value: string }[] = []
  // parts[0] is the first label; each later part is a value, then (except the last) the next label.
  const first = labelAtEnd(parts[0]!.split(' '))
  if (!first || first[0] !== parts[0]!.split(' ').length) return null
  let field = first[1]
  for (let k = 1; k < parts.length; k++) {
    const words = parts[k]!.split(' ')
    if (k === parts.length - 1) {
      labels.push({ field, value: parts[k]!.trim() })
      break
    }
    const next = labelAtEnd(words)
    if (!next || next[0] === words.length) return null
    labels.push({ field, value: words.slice(0, words.length - next[0]).join(' ').trim() })
    field = next[1]
  }
  if (labels.some((l) => l.value === '' || l.value.length > 120 || (/[.!?]$/.test(l.value) && l.value.split(' ').length > 8))) return null
  return labels
}

/** "Owner | Head of HR | Approved by | Cabinet": labels and values in cells of their own. */
function labelCellPairs(cells: readonly string[]): ControlPair[] | null {
  if (cells.length % 2 !== 0) return null
  const pairs: ControlPair[] = []
  for (let i = 0; i < cells.length; i += 2) {
    const field = controlField(cells[i]!)
    if (field === undefined || cells[i + 1]!.length > 120) return null
    pairs.push({ field, value: cells[i + 1]! })
  }
  return pairs
}

/** "Owner: Head of HR": one field, or null. */
function colonPair(text: string): [ControlPair] | null {
  const m = /^([^:]{2,40}):\s+(.{1,120})$/.exec(text)
  if (!m) return null
  const field = controlField(m[1]!)
  // Note: a sentence after the colon ("Status: this policy applies to…") is text, not a field.
  if (field === undefined || (/[.!?]$/.test(m[2]!) && m[2]!.split(" ").length > 8)) return null
  return [{ field, value: m[2]!.trim() }]
}

/**
 * "Version 1.0 | Approved by the Staff Committee, 14 May 2012 | Owner: Communications Manager":
 * a line of fields, each cell a label and its value. Every cell must read as one, with two
 * fields or more, one of them a version number: such a line under a title is the document's
 * control line, and a table row of a policy's text does not read so.
 */
function fieldCellPairs(cells: readonly string[]): ControlPair[] | null {
  if (cells.length < 2) return null
  const pairs: ControlPair[] = []
  for (const cell of cells) {
    const pair = colonPair(cell)?.[0] ?? prefixPair(cell)
    if (!pair || pair.value === '' || pair.value.length > 120 || /[.!?;]$/.test(pair.value)) return null
    pairs.push(pair)
  }
  const versioned = pairs.some((p) => p.field === 'version' && /^v?\d{1,2}(?:\.\d{1,2}){0,2}$/i.test(p.value))
  return versioned && new Set(pairs.map((p) => p.field)).size >= 2 ? pairs : null
}

/**
 * "Version 1.0", "Next review June 2013": a line of a document-control section whose cells lost
 * their separator (a PDF's table), split after the longest known label of up to four words.
 * Only used inside a document-control section, where a line is known to be a field.
 */
export function prefixPair(text: string): ControlPair | null {
  const words = text.split(' ')
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const field = controlField(words.slice(0, n).join(' '))
    if (field !== undefined) return { field, value: words.slice(n).join(' ') }
  }
  return null
}

/** Column titles that may stand beside a control heading in a table's first row ("Document control | Details"). */
const CONTROL_TITLE_COLUMNS = /^(?:details?|values?|information|description|entry|entries)$/i

/**
 * "Document control", "Version history | Details": the title row of a document-control table
 * (its empty cells dropped, kit/table-row.ts), or the heading of such a block written as a plain
 * paragraph. Note: only the row itself is front matter; the lines after it are fields on their
 * own evidence, since a plain paragraph gives no level at which a section would end.
 */
export function isControlTitleRow(text: string): boolean {
  const [first, ...rest] = cellsOf(text)
  return isControlHeading(first!) && rest.every((c) => CONTROL_TITLE_COLUMNS.test(c))
}

/** Control headings that name a history ("Change history", "Version log"), not the block as a whole ("Document information"). */
const HISTORY_LABEL = /^(?:(?:document|version|revision|change|amendment)\s(?:history|log|record)|history of changes|record of changes)$/i

/** "2.0: rewritten in plain English", "v1.1 - links updated": a version and its change, as one history entry. */
const VERSIONED_CHANGE = /^v?(\d{1,2}(?:\.\d{1,2}){0,2})\s*[:\u2013\u2014-]\s*(.+)$/i

/**
 * "Change history | 2.0: rewritten in plain English": a row of a document-control table whose
 * label is a history heading, read as one history entry; null when the row is not one.
 */
export function historyCellRow(text: string): HistoryRow | null {
  const cells = cellsOf(text)
  if (cells.length !== 2 || !HISTORY_LABEL.test(cells[0]!.trim()) || cells[1] === '') return null
  const m = VERSIONED_CHANGE.exec(cells[1]!)
  return m ? { version: m[1]!, change: m[2]!.trim() } : { change: cells[1]! }
}

/** The columns of a version-history header row, or null when the row is not one. */
export function historyColumns(text: string): (keyof HistoryRow | null)[] | null {
  if (!text.includes(CELL_SEPARATOR)) return null
  const columns = cellsOf(text).map((c) => HISTORY_COLUMNS.find((h) => h.re.test(normaliseLabel(c)))?.field ?? null)
  const known = columns.filter((c) => c !== null)
  return columns[0] === 'version' || (known.includes('version') && known.length >= 2) ? (known.length >= 2 ? columns : null) : null
}

/** A date at the start of a history row: "2 May 2024", "9 January", "May 2024", "2024-05-02", "02/05/2024". */
const ROW_DATE = /^(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b/

/** A version history row as a PDF prints it, its cells run together: "1.0" as the label, then a date. */
export function pdfHistoryRow(label: string | null, text: string): HistoryRow | null {
  if (label === null || !/^\d{1,2}\.\d{1,2}$/.test(label)) return null
  const date = ROW_DATE.exec(text)
  if (!date) return null
  const change = text.slice(date[0].length).trim()
  return { version: label, date: date[0], ...(change ? { change } : {}) }
}

export interface RecognisedControl {
  blocks: Block[]
  documentControl: DocumentControl
  history: HistoryRow[]
}

/** Marks document-control and history paragraphs as front matter and reads what they say. */
export function recogniseDocumentControl(input: readonly Block[]): RecognisedControl {
  const control: DocumentControl = {}
  const history: HistoryRow[] = []
  let controlSectionLevel: number | null = null
  let columns: (keyof HistoryRow | null)[] | null = null
  const read = (pairs: ControlPair[]): void => {
    for (const { field, value } of pairs) if (field && control[field] === undefined) control[field] = value
  }
  const blocks: Block[] = []
  const bare = bareControlLines(input, prefixPair)
  // Whether the block just before was a PDF history row (a wrapped cell can only follow one).
  let lastRowRead = false
  // Whether the policy's text has begun: a sentence kept as text, or a heading after the first
  // (the title) other than a subtitle set directly under it (a PDF prints "Guidance for staff on
  // …" large, so it reads as a heading). Only before it may a line be the masthead (masthead-line.ts).
  let begun = false
  let headings = 0
  const recognise = (block: Block, index: number, afterRow: boolean): Block | null => {
    // Note: plain text takes a short line without a full stop for a heading; "Version: 2.0" is a field.
    const headingPairs = block.kind === 'heading' ? controlPairs(block.text) : null
    if (block.kind === 'heading' && headingPairs) {
      read(headingPairs)
      return { kind: 'paragraph', label: null, level: 0, text: block.text, inline: escapeMarkdown(block.text), role: 'front-matter' }
    }
    if (block.kind === 'heading') {
      const subtitle = headings === 1 && input[index - 1]?.kind === 'heading' && !/^\d/.test(block.text)
      if (++headings > 1 && !subtitle) begun = true
      if (controlSectionLevel !== null && block.level <= controlSectionLevel) controlSectionLevel = null
      if (isControlHeading(block.text)) controlSectionLevel = block.level
      columns = null
      return block
    }
    if (!block.text.includes(CELL_SEPARATOR)) columns = null
    if (block.label === null && isControlTitleRow(block.text)) return { ...block, role: 'front-matter' }
    const entry = block.label === null ? historyCellRow(block.text) : null
    if (entry) {
      history.push(entry)
      return { ...block, role: 'front-matter' }
    }
    const header = historyColumns(block.text)
    if (header) {
      columns = header
      return { ...block, role: 'front-matter' }
    }
    if (columns && block.text.includes(CELL_SEPARATOR)) {
      const cells = cellsOf(block.text)
      const row: HistoryRow = {}
      // Note: empty cells are left out of a row (kit/table-row.ts), so a short row fills from the left.
      cells.forEach((cell, i) => {
        const field = columns![i]
        if (field && row[field] === undefined) row[field] = cell
      })
      history.push(row)
      return { ...block, role: 'front-matter' }
    }
    const pairs = controlPairs(block.text) ?? (bare.has(index) ? [bare.get(index)!] : null) ?? (!begun && block.label === null ? mastheadPairs(block.text, controlField) : null)
    if (pairs) {
      read(pairs)
      return { ...block, role: 'front-matter' }
    }
    if (controlSectionLevel !== null) {
      // A PDF's history row: the version read as a label ("1.0"), then the date and the change.
      const row = pdfHistoryRow(block.label, block.text)
      if (row) {
        history.push(row)
        lastRowRead = true
        return { ...block, role: 'front-matter' }
      }
      // A PDF's row whose cell wrapped ("9 January" / "2025"): the fragment belongs to the row above.
      const above = blocks[blocks.length - 1]
      if (afterRow && block.label === null && above?.kind === 'paragraph' && block.text.split(' ').length <= 3 && !prefixPair(block.text)) {
        const last = history[history.length - 1]
        if (last?.date && /^\d{4}$/.test(block.text) && !/\d{4}/.test(last.date)) last.date = `${last.date} ${block.text}`
        blocks[blocks.length - 1] = { ...above, text: `${above.text} ${block.text}`, inline: `${above.inline} ${block.inline}` }
        return null
      }
    }
    // A list item ends a document-control section: the policy's numbered parts have begun.
    if (block.label !== null) controlSectionLevel = null
    if (controlSectionLevel !== null) {
      const pair = prefixPair(block.text)
      if (pair?.field && control[pair.field] === undefined) control[pair.field] = pair.value
      return { ...block, role: 'front-matter' }
    }
    // Note: a short line with no sentence's end (a subtitle under the title: "Guidance for staff on
    // using social media, for work and for yourself") does not begin the text.
    if (block.kind === 'paragraph' && !block.role && (/[.!?;:]$/.test(block.text) || block.text.split(' ').length > SUBTITLE_WORDS)) begun = true
    return block
  }
  for (const [index, block] of input.entries()) {
    const afterRow = lastRowRead
    lastRowRead = false
    const out = recognise(block, index, afterRow)
    if (out) blocks.push(out)
  }
  return { blocks, documentControl: control, history }
}

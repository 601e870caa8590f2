/**
 * Plain text (.txt) to blocks, the way a policy pasted from an email reads: paragraphs are
 * separated by blank lines; a line that starts with a printed label ("1.2", "(a)", "•")
 * starts a new clause; a short line standing alone without closing punctuation is a heading
 * (see headingLevel). Text is taken literally: nothing in it is read as markup.
 */
import { escapeMarkdown, normaliseSpace, splitLabel, typedLabelLevel, type Block } from './blocks'
import { decodeText, decodingWarnings } from './decode-text'
import type { Importer } from './importer'
import { ownBlockStrings } from './kit/own-strings'
import { controlPairs } from './recognise/document-control'

const MAX_HEADING_CHARS = 80

/**
 * A plain-text heading is one short line standing alone, without closing punctuation, with
 * more text after it. It may carry a section number ("2. Principles"). Returns the heading
 * level, or null: the document's first line is its title (1); numbered headings nest by
 * their number (2 for "2.", 3 for "2.1"); other headings sit just under the title (2).
 */
function headingLevel(paragraphLines: string[], isFirst: boolean, hasNext: boolean): number | null {
  if (paragraphLines.length !== 1 || !hasNext) return null
  const line = paragraphLines[0]!.trim()
  if (line.length === 0 || line.length > MAX_HEADING_CHARS) return null
  if (/[.;:,!?]$/.test(line)) return null
  const labelled = splitLabel(line)
  if (labelled) {
    // Only section numbers make headings; "(a) Scope" or "• Scope" is a list item.
    if (!/^\d/.test(labelled.label) || labelled.rest.length > MAX_HEADING_CHARS * 0.75) return null
    return 2 + labelled.level
  }
  return isFirst ? 1 : 2
}

/**
 * The text's lines, as split(/\r\n|\r|\n/) gives them, one at a time: a 10 MB file's
 * array of lines (a string object each, and the array) was more than the file itself (issue 12).
 */
function* lines(text: string): Generator<string> {
  const lineEnd = /\r\n|\r|\n/g
  let start = 0
  for (let m = lineEnd.exec(text); m; m = lineEnd.exec(text)) {
    yield text.slice(start, m.index)
    start = lineEnd.lastIndex
  }
  yield text.slice(start)
}

/** Group lines into paragraphs (runs of non-blank lines), one paragraph at a time. */
function* paragraphs(text: string): Generator<string[]> {
  let current: string[] = []
  for (const line of lines(text)) {
    if (line.trim() === '') {
      if (current.length) yield current
      current = []
    } else {
      current.push(line.replace(/\t/g, '    '))
    }
  }
  if (current.length) yield current
}

function indentLevel(line: string): number {
  const indent = /^ */.exec(line)?.[0].length ?? 0
  return Math.floor(indent / 2)
}

/**
 * Nesting context carried through a plain-text document: the level of the last numbered
 * clause, so that "(a)" after "2.1" nests under it.
 */
interface NestingContext {
  numberedLevel: number
}

/** Split one paragraph's lines into clauses at each labelled line. */
function labelledItems(lines: string[], context: NestingContext): Block[] {
  const blocks: Block[] = []
  let label: string | null = null
  let level = 0
  let parts: string[] = []
  const flush = (): void => {
    const raw = normaliseSpace(parts.join(' '))
    if (raw || label) blocks.push({ kind: 'paragraph', label, level, text: raw, inline: escapeMarkdown(raw) })
    parts = []
  }
  for (const raw of lines) {
    const labelled = splitLabel(raw.trim())
    if (labelled) {
      flush()
      label = labelled.label
      // Numbers nest by their depth ("2.1" under "2."); letters, numerals and bullets sit one
      // below the last number, or deeper where the line is indented.
      if (/^\d/.test(labelled.label)) level = context.numberedLevel = typedLabelLevel(labelled.label)
      else level = Math.max(context.numberedLevel + 1, indentLevel(raw))
      parts = [labelled.rest]
    } else {
      if (parts.length === 0) {
        label = null
        level = 0
      }
      parts.push(raw.trim())
    }
  }
  flush()
  return blocks
}

/**
 * A title block at the top of a document: two or three short lines without closing
 * punctuation, such as an organisation's name in capitals above the policy's title. The title
 * is the first line not in capitals (or the last line); the other lines stay as text.
 */
function titleBlock(lines: string[]): Block[] | null {
  if (lines.length < 2 || lines.length > 3) return null
  const trimmed = lines.map((l) => l.trim())
  if (trimmed.some((l) => l.length === 0 || l.length > MAX_HEADING_CHARS || /[.;,!?]$/.test(l) || splitLabel(l))) return null
  const isCaps = (l: string): boolean => l === l.toUpperCase() && /[A-Z]/.test(l)
  const titleIndex = Math.max(0, trimmed.findIndex((l) => !isCaps(l)))
  return trimmed.map((line, i): Block =>
    i === titleIndex
      ? { kind: 'heading', level: 1, text: normaliseSpace(line) }
      : { kind: 'paragraph', label: null, level: 0, text: normaliseSpace(line), inline: escapeMarkdown(normaliseSpace(line)) },
  )
}

/**
 * Memory (issue 12): paragraphs are read one at a time, with the next one looked at ahead
 * (a heading needs text after it), and each block keeps its own copies of its strings
 * (kit/own-strings.ts): cut from the file's text, they would keep all of it alive.
 */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const groups = paragraphs(text)
  const context: NestingContext = { numberedLevel: 0 }
  let next = groups.next()
  for (let i = 0; !next.done; i++) {
    const lines = next.value
    next = groups.next()
    const hasNext = !next.done
    const from = blocks.length
    const title = i === 0 && hasNext ? titleBlock(lines) : null
    if (title) {
      blocks.push(...title)
    } else if (lines.length > 1 && lines.every((line) => controlPairs(line.trim()) !== null)) {
      // Note: "Version: 1.1" on one line and "Owner: HR" on the next are fields, one a line, not one clause.
      for (const line of lines) {
        const text = normaliseSpace(line)
        blocks.push({ kind: 'paragraph', label: null, level: 0, text, inline: escapeMarkdown(text) })
      }
    } else {
      const level = headingLevel(lines, i === 0, hasNext)
      if (level !== null) blocks.push({ kind: 'heading', level, text: normaliseSpace(lines[0]!) })
      else blocks.push(...labelledItems(lines, context))
    }
    ownBlockStrings(blocks, from)
  }
  return blocks
}

/** The .txt importer: decode, then find blocks. */
export const importPlainText: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  return { blocks: plainTextBlocks(decoded.text), warnings: decodingWarnings(decoded, fileName) }
}

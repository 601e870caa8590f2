/**
 * Plain text (.txt) and Markdown (.md) to blocks.
 *
 * Plain text: paragraphs are separated by blank lines; a line that starts with a printed
 * label ("1.2", "(a)", "•") starts a new clause; a short line standing alone without closing
 * punctuation is a heading (see headingLevel). Markdown: ATX headings (#) and list items, with indentation
 * giving the nesting level.
 */
import { escapeMarkdown, inlineToPlain, normaliseSpace, splitLabel, type Block } from './blocks'
import { decodeText } from './decode-text'
import type { Importer } from './importer'

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
    if (!/^\d/.test(labelled.label) || labelled.rest.length > MAX_HEADING_CHARS / 2) return null
    return 2 + labelled.level
  }
  return isFirst ? 1 : 2
}

/** Group lines into paragraphs (runs of non-blank lines). */
function paragraphs(text: string): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if (current.length) groups.push(current)
      current = []
    } else {
      current.push(line.replace(/\t/g, '    '))
    }
  }
  if (current.length) groups.push(current)
  return groups
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
function labelledItems(lines: string[], markdown: boolean, context: NestingContext = { numberedLevel: 0 }): Block[] {
  const blocks: Block[] = []
  let label: string | null = null
  let level = 0
  let parts: string[] = []
  const flush = (): void => {
    const raw = normaliseSpace(parts.join(' '))
    // Markdown keeps its inline markup; plain text is taken literally, whatever it contains.
    const text = markdown ? inlineToPlain(raw) : raw
    const inline = markdown ? raw : escapeMarkdown(raw)
    if (text || label) blocks.push({ kind: 'paragraph', label, level, text, inline })
    parts = []
  }
  for (const raw of lines) {
    const labelled = splitLabel(raw.trim())
    if (labelled) {
      flush()
      label = labelled.label
      // Markdown nests by indentation; plain text by the shape of the label: numbers by their
      // depth ("2.1" under "2."), letters, numerals and bullets one below the last number.
      if (markdown) {
        level = indentLevel(raw) + 1
        // A Markdown bullet (-, * or +) is printed as a bullet.
        if (/^[-*+]$/.test(labelled.label)) label = '•'
      }
      else if (/^\d/.test(labelled.label)) level = context.numberedLevel = labelled.level
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

export function plainTextBlocks(text: string, markdown: boolean): Block[] {
  const blocks: Block[] = []
  const groups = paragraphs(text)
  const context: NestingContext = { numberedLevel: 0 }
  groups.forEach((lines, i) => {
    if (markdown) {
      // An ATX heading may sit directly above its text with no blank line between.
      const rest: string[] = []
      for (const line of lines) {
        const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
        if (heading) {
          blocks.push(...labelledItems(rest.splice(0), true))
          blocks.push({ kind: 'heading', level: heading[1]!.length, text: normaliseSpace(heading[2]!) })
        } else {
          rest.push(line.replace(/^(\s*)[*+](\s)/, '$1-$2'))
        }
      }
      blocks.push(...labelledItems(rest, true))
      return
    }
    const level = headingLevel(lines, i === 0, i + 1 < groups.length)
    if (level !== null) {
      blocks.push({ kind: 'heading', level, text: normaliseSpace(lines[0]!) })
      return
    }
    blocks.push(...labelledItems(lines, false, context))
  })
  return blocks
}

/** The .txt and .md importers: decode, then find blocks. */
export function importPlainText(format: 'txt' | 'md'): Importer {
  return async (bytes, fileName) => {
    const { text, encoding } = decodeText(bytes, fileName)
    const warnings =
      encoding === 'windows-1252'
        ? [`${fileName} is not saved as Unicode text; it was read as Windows-1252 (Western European). Check accented letters and symbols.`]
        : []
    return { blocks: plainTextBlocks(text, format === 'md'), warnings }
  }
}

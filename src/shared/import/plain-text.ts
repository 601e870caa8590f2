/**
 * Plain text (.txt) and Markdown (.md) to blocks.
 *
 * Plain text: paragraphs are separated by blank lines; a line that starts with a printed
 * label ("1.2", "(a)", "•") starts a new clause; a short line standing alone without closing
 * punctuation is a heading. Markdown: ATX headings (#) and list items, with indentation
 * giving the nesting level.
 */
import { normaliseSpace, splitLabel, type Block } from './blocks'

const MAX_HEADING_CHARS = 80

function looksLikeHeading(paragraphLines: string[], next: string | undefined): boolean {
  if (paragraphLines.length !== 1) return false
  const line = paragraphLines[0]!.trim()
  if (line.length === 0 || line.length > MAX_HEADING_CHARS) return false
  if (/[.;:,!?]$/.test(line)) return false
  if (splitLabel(line)) return false
  // A heading introduces something; a lone last line is more likely a sign-off.
  return next !== undefined
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

/** Split one paragraph's lines into clauses at each labelled line. */
function labelledItems(lines: string[], markdown: boolean): Block[] {
  const blocks: Block[] = []
  let label: string | null = null
  let level = 0
  let parts: string[] = []
  const flush = (): void => {
    const inline = normaliseSpace(parts.join(' '))
    if (inline || label) blocks.push({ kind: 'paragraph', label, level, inline })
    parts = []
  }
  for (const raw of lines) {
    const labelled = splitLabel(raw.trim())
    if (labelled) {
      flush()
      label = labelled.label
      // Markdown nests by indentation; plain text by the shape of the label.
      level = markdown ? indentLevel(raw) + 1 : Math.max(labelled.level, indentLevel(raw))
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
    if (looksLikeHeading(lines, groups[i + 1]?.[0])) {
      blocks.push({ kind: 'heading', level: 1, text: normaliseSpace(lines[0]!) })
      return
    }
    blocks.push(...labelledItems(lines, false))
  })
  return blocks
}

/**
 * Markdown nesting bounded before parsing. remark-parse re-checks every open list and quote on
 * every line, so a list nested 1,000 deep took 73 s and 523 MB, and one 5,000 deep ran past
 * 400 s (issue 12); past a few hundred levels the tree is also deep enough to overflow the stack
 * of anything that walks it. No policy nests a tenth as deep, so a line nested deeper than
 * MAX_NESTING list markers (or MAX_QUOTES quote markers), or indented past MAX_INDENT columns, keeps its words but
 * is brought up to that depth (a warning says so). Lines within the bounds are left untouched.
 * Note: 16, not more: remark-parse slows more than linearly with depth too (1,000 quoted
 * paragraphs took 10 s at depth 32).
 */

/** List markers ("-", "*", "+", "1." or "1)") kept at the start of one line. */
export const MAX_NESTING = 16
/**
 * Quote markers kept: a quote adds nothing to the clauses (mdast-blocks reads its children at
 * the level around it), and remark-parse's time grows with the number of quoted paragraphs
 * times their depth (5,000 paragraphs quoted 16 deep: 160 s; 4 deep: 43 s).
 */
export const MAX_QUOTES = 2
/** Leading columns of indentation kept on one line (a list three spaces a level, 16 levels). */
export const MAX_INDENT = 48

export interface BoundedText {
  text: string
  /** How many lines were brought up. */
  flattened: number
}

const TAB = 4

/** The line with its container prefix bounded, or null when it is within the bounds. */
function boundLine(line: string): string | null {
  let i = 0
  let lists = 0
  let quotes = 0
  let columns = 0
  let over = false
  let out = ''
  let afterMarker = false
  while (i < line.length) {
    const c = line[i]!
    if (c === ' ' || c === '\t') {
      let width = 0
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) width += line[i++] === '\t' ? TAB : 1
      let keep = Math.min(width, MAX_INDENT - columns)
      if (keep < width) over = true
      // A marker still needs the space after it to stay a marker.
      if (afterMarker && keep < 1) keep = 1
      columns += keep
      out += ' '.repeat(keep)
      afterMarker = false
      continue
    }
    const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(line.slice(i, i + 11))
    if (!marker) break
    i += marker[0].length
    const quote = marker[0] === '>'
    if (quote) quotes++
    else lists++
    if (quote ? quotes > MAX_QUOTES : lists > MAX_NESTING) {
      over = true
      // The marker and the space after it go; the words stay.
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
      afterMarker = false
      continue
    }
    out += marker[0]
    afterMarker = true
  }
  return over ? out + line.slice(i) : null
}

export function boundNesting(text: string): BoundedText {
  let flattened = 0
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const bounded = boundLine(lines[n]!)
    if (bounded !== null) {
      lines[n] = bounded
      flattened++
    }
  }
  return flattened === 0 ? { text, flattened } : { text: lines.join('\n'), flattened }
}

export function flattenedWarning(flattened: number): string {
  return `${flattened} line${flattened === 1 ? ' was' : 's were'} nested deeper than Policy Workbench reads (lists more than ${MAX_NESTING} levels or quotes more than ${MAX_QUOTES} inside each other); the words are kept, brought up to that depth.`
}

/**
 * Markdown cut into chunks at top-level block boundaries, so a large file is parsed a chunk at
 * a time and each chunk's syntax tree is let go before the next is built: remark's trees take
 * about 130 times the text's size, so a whole 10 MB file needed over a gigabyte (issue 12).
 *
 * A cut goes before a line that starts a new top-level block whatever came before it: the line
 * follows a blank line, starts in the first column with a character that is not a list
 * marker (a list marker there would continue the list above, and its numbering), and lies
 * outside any fenced code block and any HTML block that may hold blank lines (comments,
 * <script>, <pre>, <style>, <textarea>, processing instructions, declarations, CDATA).
 * Everything else (paragraphs, lists, quotes, tables, footnote definitions, indented code)
 * ends at such a line, so each chunk parses to the same top-level nodes the whole text would.
 *
 * Note: the fence and HTML tracking errs towards not cutting: a line it takes for an opening
 * fence or HTML block only means fewer, larger chunks until it sees the close.
 */

/** Characters per chunk before a cut is looked for: small enough that one chunk's tree is a few MB. */
export const CHUNK_CHARS = 32 * 1024
/** The smallest chunk chunkCharsFor gives: below it a cut saves little and parses add up. */
export const MIN_CHUNK_CHARS = 4 * 1024
/**
 * About how many chunks a text is cut into before chunks reach CHUNK_CHARS. A chunk's tree is
 * about 130 times its text, so a 32 KB chunk's tree (about 4 MB) was most of a 1 MB file's
 * 5x (issue 12: a 1 MB file needed its starting heap plus 8x); at 1/128 of the text the tree
 * is about the text's own size at any length.
 */
const CHUNKS_PER_TEXT = 128

/**
 * The chunk size for a text of this length: the tree held at once scales with the file, not a
 * fixed 4 MB. Note: not smaller for every file, though the parse costs the same per character
 * at 4 KB as at 32 KB: each chunk is checked against every definition cited across chunks
 * (chunk-definitions.ts), so a large file keeps fewer, larger chunks.
 */
export function chunkCharsFor(textLength: number): number {
  return Math.min(CHUNK_CHARS, Math.max(MIN_CHUNK_CHARS, Math.round(textLength / CHUNKS_PER_TEXT)))
}

export interface Chunks {
  chunks: string[]
  /** True when the text ends inside a fence or HTML block, so nothing may be appended to the last chunk. */
  openAtEnd: boolean
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HTML_OPEN: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, '</'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
]
const RAW_CLOSE = /<\/(?:script|pre|style|textarea)>/i
const BLANK = /^[ \t]*\r?$/
const STARTS_BLOCK = /^[^\s]/
const LIST_MARKER = /^(?:[-*+](?:[ \t]|\r?$)|\d{1,9}[.)](?:[ \t]|\r?$))/

function htmlClosed(line: string, close: string, from: number): boolean {
  return close === '</' ? RAW_CLOSE.test(line.slice(from)) : line.indexOf(close, from) >= 0
}

export function splitTopLevelBlocks(text: string, chunkChars = CHUNK_CHARS): Chunks {
  if (text.length <= chunkChars) return { chunks: [text], openAtEnd: false }
  const chunks: string[] = []
  let start = 0
  let fence: { char: string; length: number } | null = null
  let html: string | null = null
  let afterBlank = false
  let at = 0
  while (at < text.length) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(at, end)
    if (!fence && !html && afterBlank && at - start >= chunkChars && STARTS_BLOCK.test(line) && !LIST_MARKER.test(line)) {
      chunks.push(text.slice(start, at))
      start = at
    }
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && line.slice(close[0].length).trim() === '') fence = null
    } else if (html) {
      if (htmlClosed(line, html, 0)) html = null
    } else {
      const open = FENCE.exec(line)
      // A backtick fence's info string may not hold a backtick; such a line is not a fence.
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length }
      else {
        for (const [opener, close] of HTML_OPEN) {
          const m = opener.exec(line)
          if (m && !htmlClosed(line, close, m[0].length)) {
            html = close
            break
          }
        }
      }
    }
    afterBlank = BLANK.test(line)
    at = end + 1
  }
  chunks.push(text.slice(start))
  return { chunks, openAtEnd: fence !== null || html !== null }
}

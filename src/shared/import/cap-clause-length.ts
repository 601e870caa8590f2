/**
 * No clause longer than MAX_CLAUSE_CHARS. A 50 MB file on one line used to become one 52 MB
 * clause that took Chromium 13.5 s to draw (issue 12); no real clause is a tenth as long. A
 * longer paragraph is cut into clauses at sentence boundaries (at a space where a stretch has
 * no sentence end, and at the limit itself where it has no space), and a warning says so.
 * Every word is kept, in order; the first piece keeps the label.
 */
import { splitSentences } from '../text/sentences'
import { escapeMarkdown, type Block } from './blocks'

export const MAX_CLAUSE_CHARS = 20_000

/** Where to cut text[start…]: a sentence end in the second half of the next MAX_CLAUSE_CHARS, else their last space, else the limit. */
function cutPoint(text: string, start: number): number {
  const stretch = text.slice(start, start + MAX_CLAUSE_CHARS)
  // Note: sentences are looked for in this stretch only, so a huge text costs linear time.
  const sentences = splitSentences(stretch)
  const lastEnd = sentences.length > 1 ? sentences[sentences.length - 2]!.end : 0
  if (lastEnd > MAX_CLAUSE_CHARS / 2) return start + lastEnd
  const space = stretch.lastIndexOf(' ')
  return space > MAX_CLAUSE_CHARS / 2 ? start + space : start + MAX_CLAUSE_CHARS
}

function pieces(text: string): string[] {
  const out: string[] = []
  let start = 0
  while (text.length - start > MAX_CLAUSE_CHARS) {
    const cut = cutPoint(text, start)
    const piece = text.slice(start, cut).trim()
    if (piece) out.push(piece)
    start = cut
  }
  const rest = text.slice(start).trim()
  if (rest) out.push(rest)
  return out
}

export interface CappedBlocks {
  blocks: Block[]
  /** How many paragraphs were cut. */
  cut: number
}

export function capClauseLength(blocks: readonly Block[]): CappedBlocks {
  if (blocks.every((b) => b.text.length <= MAX_CLAUSE_CHARS)) return { blocks: [...blocks], cut: 0 }
  const out: Block[] = []
  let cut = 0
  for (const block of blocks) {
    if (block.text.length <= MAX_CLAUSE_CHARS) {
      out.push(block)
      continue
    }
    cut++
    // A heading that long is no heading: its words become paragraphs under the one before.
    const label = block.kind === 'paragraph' ? block.label : null
    const level = block.kind === 'paragraph' ? block.level : 0
    // Note: the pieces' inline text is their plain text, escaped: emphasis is lost in a clause this size.
    pieces(block.text).forEach((text, i) => out.push({ kind: 'paragraph', label: i === 0 ? label : null, level, text, inline: escapeMarkdown(text) }))
  }
  return { blocks: out, cut }
}

export function cutWarning(cut: number): string {
  return `${cut} paragraph${cut === 1 ? ' was' : 's were'} longer than ${MAX_CLAUSE_CHARS.toLocaleString('en-GB')} characters and ${cut === 1 ? 'was' : 'were'} cut into several clauses at sentence ends.`
}

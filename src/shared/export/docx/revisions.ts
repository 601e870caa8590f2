/**
 * How a changed paragraph shows in Word's tracked changes: word-level w:ins / w:del runs, a
 * whole paragraph inserted or deleted (its mark too, so it is one revision to accept or
 * reject), or moved (moves.ts). Accept All gives the new text; Reject All the old.
 */
import { DeletedTextRun, InsertedTextRun, type IRunOptions, type ParagraphChild, TextRun } from 'docx'
import type { ChangeSegment, InlineRun, Revisable } from '../model'
import { asChild, MoveRangeEnd, MoveRangeStart, type MoveSide, MovedTextRun } from './moves'
import type { Revisions } from './revision-ids'
import { textRuns } from './runs'

/** Note: a changed paragraph keeps bold and italic but writes links as plain text (a revision run holds runs, not hyperlinks). */
const runOptions = (run: InlineRun): IRunOptions => ({ text: run.text, bold: run.bold, italics: run.italic })

/** The paragraph's content runs, with their revisions. */
export function revisedContent(block: Revisable, runs: readonly InlineRun[], revisions: Revisions): ParagraphChild[] {
  const change = block.change
  if (change === 'moved-from' || change === 'moved-to') return movedContent(change === 'moved-from' ? 'moveFrom' : 'moveTo', block, runs, revisions)
  if (change === 'inserted') return runs.map((r) => new InsertedTextRun({ ...runOptions(r), ...revisions.next() }))
  if (change === 'deleted') return runs.map((r) => new DeletedTextRun({ ...runOptions(r), ...revisions.next() }))
  if (block.segments) return block.segments.filter((s) => s.text).map((s) => segmentRun(s, revisions))
  return textRuns(runs)
}

function segmentRun(segment: ChangeSegment, revisions: Revisions): ParagraphChild {
  if (segment.op === 'insert') return new InsertedTextRun({ text: segment.text, ...revisions.next() })
  if (segment.op === 'delete') return new DeletedTextRun({ text: segment.text, ...revisions.next() })
  return new TextRun(segment.text)
}

/**
 * A moved paragraph's runs inside its range markers. Moved and changed: the moved-from side
 * holds the old words (equal + delete), the moved-to side the new (equal as moved, insert as
 * inserted), so accepting or rejecting everything gives one copy of the right text.
 */
function movedContent(side: MoveSide, block: Revisable, runs: readonly InlineRun[], revisions: Revisions): ParagraphChild[] {
  const range = revisions.next()
  const name = block.moveName ?? `move${range.id}`
  const children: ParagraphChild[] = [asChild(new MoveRangeStart(side, { ...range, name }))]
  if (block.segments) {
    for (const s of block.segments) {
      if (!s.text) continue
      if (s.op === 'equal' || (s.op === 'delete' && side === 'moveFrom')) children.push(asChild(new MovedTextRun(side, revisions.next(), { text: s.text })))
      else if (s.op === 'insert' && side === 'moveTo') children.push(new InsertedTextRun({ text: s.text, ...revisions.next() }))
    }
  } else {
    for (const r of runs) children.push(asChild(new MovedTextRun(side, revisions.next(), runOptions(r))))
  }
  children.push(asChild(new MoveRangeEnd(side, range.id)))
  return children
}

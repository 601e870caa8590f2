/**
 * Tracked changes as text, as revisions.ts and moves.ts have docx write them: word-level
 * w:ins / w:del runs, whole paragraphs inserted or deleted (their runs and their paragraph
 * mark), and moves (range markers paired by name, moved runs, the mark). Ids come from one
 * counter in document order, the content's before its paragraph mark's, after the comments'.
 */
import type { ChangeSegment, ClauseBlock, HeadingBlock, InlineRun } from '../model'
import { escapeXml, type LinkTargets, type RevisedContent, runPropertiesXml, runXml, textRunXml } from './paragraph-xml'

/** Who and when, and the next id: revision-ids.ts without docx's objects. */
export class RevisionCounter {
  private last: number

  constructor(
    private readonly author: string,
    private readonly date: string,
    firstId: number,
  ) {
    this.last = firstId - 1
  }

  /** The attributes of the next revision, in docx's order: id, author, date. */
  next(): { id: number; attributes: string } {
    const id = ++this.last
    return { id, attributes: `w:id="${id}" w:author="${escapeXml(this.author)}" w:date="${escapeXml(this.date)}"` }
  }
}

/** Whether a heading or clause carries revisions (else it is written as a plain one). */
export const isRevised = (block: HeadingBlock | ClauseBlock): boolean => block.change !== undefined || block.segments !== undefined

/** Note: a revised run keeps bold and italic but not links, strike or underline (revisions.ts's runOptions). */
const revisedRun = (run: InlineRun): InlineRun => ({ text: run.text, ...(run.bold !== undefined ? { bold: run.bold } : {}), ...(run.italic !== undefined ? { italic: run.italic } : {}) })

const inserted = (run: InlineRun, counter: RevisionCounter): string => `<w:ins ${counter.next().attributes}>${runXml(revisedRun(run))}</w:ins>`

function deleted(run: InlineRun, counter: RevisionCounter): string {
  const props = runPropertiesXml(revisedRun(run))
  // Note: docx's DeletedTextRun writes no w:delText for empty text, and closes an empty run on itself.
  const inner = (props ? `<w:rPr>${props}</w:rPr>` : '') + (run.text ? `<w:delText xml:space="preserve">${escapeXml(run.text)}</w:delText>` : '')
  return `<w:del ${counter.next().attributes}>${inner ? `<w:r>${inner}</w:r>` : '<w:r/>'}</w:del>`
}

export function revisedContent(block: HeadingBlock | ClauseBlock, counter: RevisionCounter, links: LinkTargets): RevisedContent {
  const runs: InlineRun[] = block.kind === 'clause' ? block.runs : [{ text: block.text }]
  const change = block.change
  let content: string
  if (change === 'moved-from' || change === 'moved-to') content = movedContent(change === 'moved-from' ? 'moveFrom' : 'moveTo', block, runs, counter)
  else if (change === 'inserted') content = runs.map((r) => inserted(r, counter)).join('')
  else if (change === 'deleted') content = runs.map((r) => deleted(r, counter)).join('')
  else if (block.segments) content = block.segments.filter((s) => s.text).map((s) => segmentXml(s, counter)).join('')
  else content = runs.map((r) => runXml(r, links)).join('')
  // The paragraph mark's own revision, numbered after its content's.
  const side = change === 'inserted' ? 'ins' : change === 'deleted' ? 'del' : change === 'moved-from' ? 'moveFrom' : change === 'moved-to' ? 'moveTo' : null
  const mark = side ? `<w:rPr><w:${side} ${counter.next().attributes}/></w:rPr>` : ''
  return { content, mark }
}

function segmentXml(segment: ChangeSegment, counter: RevisionCounter): string {
  if (segment.op === 'insert') return inserted({ text: segment.text }, counter)
  if (segment.op === 'delete') return deleted({ text: segment.text }, counter)
  return textRunXml(segment.text)
}

/** A moved paragraph's runs inside its range markers (moves.ts; revisions.ts's movedContent). */
function movedContent(side: 'moveFrom' | 'moveTo', block: HeadingBlock | ClauseBlock, runs: readonly InlineRun[], counter: RevisionCounter): string {
  const range = counter.next()
  const name = block.moveName ?? `move${range.id}`
  const moved = (run: InlineRun): string => `<w:${side} ${counter.next().attributes}>${runXml(revisedRun(run))}</w:${side}>`
  const parts = [`<w:${side}RangeStart ${range.attributes} w:name="${escapeXml(name)}"/>`]
  if (block.segments) {
    for (const s of block.segments) {
      if (!s.text) continue
      if (s.op === 'equal' || (s.op === 'delete' && side === 'moveFrom')) parts.push(moved({ text: s.text }))
      else if (s.op === 'insert' && side === 'moveTo') parts.push(inserted({ text: s.text }, counter))
    }
  } else {
    for (const r of runs) parts.push(moved(r))
  }
  parts.push(`<w:${side}RangeEnd w:id="${range.id}"/>`)
  return parts.join('')
}

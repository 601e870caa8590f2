/**
 * Word moves, which docx has no builder for: w:moveFrom / w:moveTo runs and their range
 * markers (w:moveFromRangeStart ... w:moveFromRangeEnd), paired by w:name, and the paragraph
 * mark of a moved paragraph. Modelled on docx's InsertedTextRun (track-revision-components),
 * ECMA-376 Part 1, 17.13.5.22-17.13.5.27.
 */
import { type ParagraphChild, ParagraphRunProperties, type Paragraph, TextRun, XmlAttributeComponent, XmlComponent, type IRunOptions } from 'docx'

export type MoveSide = 'moveFrom' | 'moveTo'

interface ChangeAttrs {
  id: number
  author: string
  date: string
}

class ChangeAttributes extends XmlAttributeComponent<ChangeAttrs> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date' }
}

class RangeStartAttributes extends XmlAttributeComponent<ChangeAttrs & { name: string }> {
  protected override readonly xmlKeys = { id: 'w:id', name: 'w:name', author: 'w:author', date: 'w:date' }
}

class IdAttribute extends XmlAttributeComponent<{ id: number }> {
  protected override readonly xmlKeys = { id: 'w:id' }
}

/** Runs moved away from here (moveFrom) or to here (moveTo). */
export class MovedTextRun extends XmlComponent {
  constructor(side: MoveSide, change: ChangeAttrs, run: IRunOptions) {
    super(`w:${side}`)
    this.root.push(new ChangeAttributes(change))
    this.addChildElement(new TextRun(run))
  }
}

/** Opens the moved range; `name` pairs a moveFrom range with its moveTo range. */
export class MoveRangeStart extends XmlComponent {
  constructor(side: MoveSide, change: ChangeAttrs & { name: string }) {
    super(`w:${side}RangeStart`)
    this.root.push(new RangeStartAttributes(change))
  }
}

export class MoveRangeEnd extends XmlComponent {
  constructor(side: MoveSide, id: number) {
    super(`w:${side}RangeEnd`)
    this.root.push(new IdAttribute({ id }))
  }
}

/** The paragraph mark's own move revision (w:pPr/w:rPr/w:moveFrom), so the whole paragraph moves as one. */
class MoveMark extends XmlComponent {
  constructor(side: MoveSide, change: ChangeAttrs) {
    super(`w:${side}`)
    this.root.push(new ChangeAttributes(change))
  }
}

/**
 * Marks a paragraph's mark as moved. Note: docx writes only w:ins / w:del there; the paragraph
 * is built with an empty `run` so its properties hold a paragraph run-properties element, and
 * the move mark goes into that.
 */
export function markParagraphMoved(paragraph: Paragraph, side: MoveSide, change: ChangeAttrs): Paragraph {
  const root = (paragraph as unknown as { properties: { root: unknown[] } }).properties.root
  const rPr = root.find((c): c is ParagraphRunProperties => c instanceof ParagraphRunProperties)
  if (!rPr) throw new Error('markParagraphMoved needs a paragraph made with `run: {}`')
  ;(rPr as unknown as { root: unknown[] }).root.push(new MoveMark(side, change))
  return paragraph
}

export const asChild = (c: XmlComponent): ParagraphChild => c as unknown as ParagraphChild

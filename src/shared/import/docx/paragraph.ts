/**
 * One w:p to an item: its segments, its numbering (given in the paragraph or inherited from
 * its style, as Word resolves it) and what its style says it is. A paragraph that tracked
 * changes delete whole (its text and its mark) is not there once the changes are accepted,
 * so it neither appears nor counts in its list.
 */
import { childElements, type Element } from '../xml'
import type { PartContext } from './context'
import { plainText } from '../kit/inline-runs'
import type { ParagraphItem } from './items'
import type { ListLabel } from './numbering'
import { intValue, val, W } from './ooxml'
import { readRuns } from './runs'

export interface ParagraphResult {
  item: ParagraphItem | null
  boxes: Element[]
}

export function readParagraph(p: Element, ctx: PartContext): ParagraphResult {
  const pPr = childElements(p, W, 'pPr')[0]
  const style = ctx.styles.paragraph(val(pPr, 'pStyle'))
  const { segments, boxes } = readRuns(p, ctx)

  const mark = pPr ? childElements(pPr, W, 'rPr')[0] : undefined
  const markRemoved = mark ? childElements(mark).some((e) => e.namespaceURI === W && (e.localName === 'del' || e.localName === 'moveFrom')) : false
  if (markRemoved) {
    ctx.stats.trackedChanges = true
    if (plainText(segments) === '') return { item: null, boxes }
  }

  const numPr = pPr ? childElements(pPr, W, 'numPr')[0] : undefined
  const directNumId = val(numPr, 'numId')
  const numId = directNumId ?? style.numId
  let list: ListLabel | null = null
  if (ctx.numbering.isList(numId)) {
    const ilvl = intValue(val(numPr, 'ilvl'), 0, 8) ?? style.ilvl ?? ctx.numbering.levelOfStyle(numId, style.chain) ?? 0
    list = ctx.numbering.next(numId, ilvl) ?? null
  }

  const ownOutline = intValue(val(pPr, 'outlineLvl'), 0, 9)
  const outline = ownOutline !== undefined ? (ownOutline <= 8 ? ownOutline : undefined) : style.outline
  return { item: { kind: 'paragraph', segments, list, outline, title: style.title, subtitle: style.subtitle, toc: style.toc }, boxes }
}

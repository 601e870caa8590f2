/**
 * The structure a proper Word policy has, checked on document.xml and comments.xml: numbering
 * properties on every section heading and clause paragraph and no number typed into the text;
 * revision ids unique; every move's two ends paired by name, each range closed; comments
 * referenced both ways.
 */
import type { Element } from '@xmldom/xmldom'
import { elements, parseXml, W } from './package'

const NUMBERED_STYLES = new Set(['Heading1', 'Clause1', 'Clause2', 'Clause3'])
const REVISIONS = ['ins', 'del', 'moveFrom', 'moveTo', 'moveFromRangeStart', 'moveToRangeStart', 'pPrChange', 'rPrChange']

const attr = (el: Element, name: string): string => el.getAttributeNS(W, name) ?? ''

function paragraphStyle(p: Element): string {
  const pPr = elements(p, 'pPr')[0]
  const style = pPr && elements(pPr, 'pStyle')[0]
  return style ? attr(style, 'val') : ''
}

/** The visible text of a paragraph (w:t, not deleted text). */
export function paragraphText(p: Element): string {
  return elements(p, 't').map((t) => t.textContent ?? '').join('')
}

export function structureProblems(parts: Record<string, string>): string[] {
  const problems: string[] = []
  const doc = parseXml(parts['word/document.xml']!)
  for (const p of elements(doc, 'p')) {
    const style = paragraphStyle(p)
    if (!NUMBERED_STYLES.has(style)) continue
    const numPr = elements(p, 'numPr')[0]
    if (!numPr || !elements(numPr, 'ilvl')[0] || !elements(numPr, 'numId')[0]) problems.push(`a ${style} paragraph has no numbering properties: "${paragraphText(p).slice(0, 40)}"`)
    if (/^\s*(\d+(\.\d+)*\.?|\([a-z]+\))\s/.test(paragraphText(p))) problems.push(`a ${style} paragraph has a typed number: "${paragraphText(p).slice(0, 40)}"`)
  }

  const ids = REVISIONS.flatMap((name) => elements(doc, name).map((el) => attr(el, 'id')))
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) problems.push(`revision id ${id} is used twice`)
    seen.add(id)
  }
  for (const side of ['moveFrom', 'moveTo'] as const) {
    const starts = elements(doc, `${side}RangeStart`).map((el) => attr(el, 'id'))
    const ends = new Set(elements(doc, `${side}RangeEnd`).map((el) => attr(el, 'id')))
    for (const id of starts) if (!ends.has(id)) problems.push(`${side} range ${id} is never closed`)
  }
  const names = (side: string) => elements(doc, `${side}RangeStart`).map((el) => attr(el, 'name')).sort()
  if (JSON.stringify(names('moveFrom')) !== JSON.stringify(names('moveTo'))) problems.push(`moves are not paired: from ${names('moveFrom')} to ${names('moveTo')}`)
  for (const side of ['moveFrom', 'moveTo']) {
    if (elements(doc, side).length > 0 && elements(doc, `${side}RangeStart`).length === 0) problems.push(`${side} runs outside any move range`)
  }

  const commentIds = parts['word/comments.xml'] ? elements(parseXml(parts['word/comments.xml']), 'comment').map((c) => attr(c, 'id')).sort() : []
  const references = elements(doc, 'commentReference').map((c) => attr(c, 'id')).sort()
  const ranges = elements(doc, 'commentRangeStart').map((c) => attr(c, 'id')).sort()
  if (JSON.stringify(commentIds) !== JSON.stringify(references)) problems.push(`comments ${commentIds} but references ${references}`)
  if (JSON.stringify(ranges) !== JSON.stringify(references)) problems.push(`comment ranges ${ranges} but references ${references}`)
  return problems
}

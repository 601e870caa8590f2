/**
 * Tracked changes in a .docx applied both ways, as Word's Accept All and Reject All do, read
 * independently of our writer and of our importer: the proof that a tracked export gives the
 * draft when accepted and the base when rejected.
 *
 * Accept all keeps w:ins and w:moveTo content and drops w:del and w:moveFrom content; reject all
 * does the opposite. A paragraph whose mark is removed (w:pPr/w:rPr holding w:del or w:moveFrom
 * on accept, w:ins or w:moveTo on reject) merges into the next paragraph, as Word merges it:
 * its remaining text runs on into the next one, which keeps its own properties. So a whole
 * paragraph deleted (content and mark) disappears.
 *
 * Note: a move range is resolved as a whole. Everything between w:moveToRangeStart and its end
 * goes on reject, including words marked deleted inside it (a clause moved and reworded shows
 * its word changes where it now is; rejecting the move takes the whole new place away and the
 * moveFrom side gives the base text back). Likewise a moveFrom range on accept.
 */
import { DOMParser, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

export type Resolution = 'accept' | 'reject'

export interface ResolvedParagraph {
  text: string
  /** w:pStyle of the paragraph that survives the merge, if any. */
  style?: string
  /** w:numPr of that paragraph ("numId:ilvl"), if any. */
  numbering?: string
}

/** What each resolution removes: revision wrappers whose content goes, and paragraph marks that go. */
const REMOVED: Record<Resolution, ReadonlySet<string>> = {
  accept: new Set(['del', 'moveFrom']),
  reject: new Set(['ins', 'moveTo']),
}
const REMOVED_RANGE: Record<Resolution, string> = { accept: 'moveFrom', reject: 'moveTo' }

/** Walking state: the move ranges of the removed kind open at this point of the document. */
interface Walk {
  removed: ReadonlySet<string>
  range: string
  open: Set<string>
}

/** Word's document.xml from a .docx's bytes. */
export function documentXmlOf(docx: Uint8Array): string {
  const data = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']
  if (!data) throw new Error('no word/document.xml in the package')
  return strFromU8(data)
}

/** The body's paragraphs (tables' too, in document order) with the revisions resolved. */
export function resolveRevisions(documentXml: string, resolution: Resolution): ResolvedParagraph[] {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml')
  const body = doc.getElementsByTagNameNS(W, 'body')[0]
  if (!body) throw new Error('no w:body')
  const walk: Walk = { removed: REMOVED[resolution], range: REMOVED_RANGE[resolution], open: new Set() }
  const out: ResolvedParagraph[] = []
  let carried = ''
  for (const p of paragraphsOf(body as unknown as Element)) {
    const text = carried + textOf(p, walk)
    if (markRemoved(p, walk.removed)) {
      carried = text
      continue
    }
    carried = ''
    out.push({ text, ...propertiesOf(p) })
  }
  // Note: the body's last paragraph mark cannot be removed in Word; text left over is kept.
  if (carried) out.push({ text: carried })
  return out
}

/** Only the texts, as the clause-by-clause comparison wants them. */
export const acceptedTexts = (documentXml: string): string[] => resolveRevisions(documentXml, 'accept').map((p) => p.text)
export const rejectedTexts = (documentXml: string): string[] => resolveRevisions(documentXml, 'reject').map((p) => p.text)

function paragraphsOf(el: Element): Element[] {
  const out: Element[] = []
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue
    const c = child as Element
    if (c.namespaceURI === MC && c.localName === 'Fallback') continue
    if (c.namespaceURI === W && c.localName === 'p') out.push(c)
    else out.push(...paragraphsOf(c))
  }
  return out
}

function isW(el: Element, name: string): boolean {
  return el.namespaceURI === W && el.localName === name
}

function childrenOf(el: Element, name: string): Element[] {
  const out: Element[] = []
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 1 && isW(child as Element, name)) out.push(child as Element)
  return out
}

/** The paragraph mark's own revision: w:pPr/w:rPr/w:ins|del|moveFrom|moveTo. */
function markRemoved(p: Element, removed: ReadonlySet<string>): boolean {
  const rPr = childrenOf(p, 'pPr').flatMap((pPr) => childrenOf(pPr, 'rPr'))
  return rPr.some((r) => [...removed].some((name) => childrenOf(r, name).length > 0))
}

function textOf(el: Element, walk: Walk): string {
  let text = ''
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue
    const c = child as Element
    if (c.namespaceURI === MC && c.localName === 'Fallback') continue
    if (c.namespaceURI !== W) {
      text += textOf(c, walk)
      continue
    }
    const name = c.localName!
    if (name === `${walk.range}RangeStart`) walk.open.add(c.getAttributeNS(W, 'id') ?? '')
    if (name === `${walk.range}RangeEnd`) walk.open.delete(c.getAttributeNS(W, 'id') ?? '')
    // Properties (including the mark's own revision) and field codes are not text.
    if (name === 'pPr' || name === 'rPr' || name === 'instrText' || name === 'delInstrText') continue
    if (walk.removed.has(name)) continue
    const inRemovedRange = walk.open.size > 0
    if (name === 't' || name === 'delText') text += inRemovedRange ? '' : (c.textContent ?? '')
    else if (name === 'tab') text += inRemovedRange ? '' : '\t'
    else if (name === 'br' || name === 'cr') text += inRemovedRange ? '' : '\n'
    else if (name === 'noBreakHyphen') text += inRemovedRange ? '' : '-'
    else text += textOf(c, walk)
  }
  return text
}

function propertiesOf(p: Element): Omit<ResolvedParagraph, 'text'> {
  const pPr = childrenOf(p, 'pPr')[0]
  if (!pPr) return {}
  const out: Omit<ResolvedParagraph, 'text'> = {}
  const style = childrenOf(pPr, 'pStyle')[0]?.getAttributeNS(W, 'val')
  if (style) out.style = style
  const numPr = childrenOf(pPr, 'numPr')[0]
  if (numPr) out.numbering = `${childrenOf(numPr, 'numId')[0]?.getAttributeNS(W, 'val') ?? ''}:${childrenOf(numPr, 'ilvl')[0]?.getAttributeNS(W, 'val') ?? '0'}`
  return out
}

/**
 * What Word needs of the revisions themselves: revision ids unique (ins, del, moveFrom, moveTo
 * and the move range starts), every named move range with a moveFrom and a moveTo side, and
 * every range start with its end. Returns the problems found, in words; none is well formed.
 */
export function revisionProblems(documentXml: string): string[] {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml')
  const problems: string[] = []
  const ids = new Map<string, string>()
  const ranges = { moveFromRangeStart: new Map<string, string>(), moveToRangeStart: new Map<string, string>() }
  const ends = { moveFromRangeEnd: new Set<string>(), moveToRangeEnd: new Set<string>() }
  const all = doc.getElementsByTagNameNS(W, '*')
  for (let k = 0; k < all.length; k++) {
    const el = all[k] as unknown as Element
    const name = el.localName!
    const id = el.getAttributeNS(W, 'id') ?? ''
    const parentIsRPr = (el.parentNode as Element | null)?.localName === 'rPr'
    if (['ins', 'del', 'moveFrom', 'moveTo', 'moveFromRangeStart', 'moveToRangeStart'].includes(name)) {
      if (!id) problems.push(`w:${name} without w:id`)
      else if (ids.has(id)) problems.push(`revision id ${id} used by w:${ids.get(id)} and w:${name}${parentIsRPr ? ' (paragraph mark)' : ''}`)
      else ids.set(id, name)
    }
    if (name === 'moveFromRangeStart' || name === 'moveToRangeStart') {
      const moveName = el.getAttributeNS(W, 'name') ?? ''
      if (!moveName) problems.push(`w:${name} ${id} without w:name`)
      ranges[name].set(moveName, id)
    }
    if (name === 'moveFromRangeEnd' || name === 'moveToRangeEnd') ends[name].add(id)
  }
  for (const [moveName, id] of ranges.moveFromRangeStart) {
    if (!ranges.moveToRangeStart.has(moveName)) problems.push(`move "${moveName}" has a moveFrom and no moveTo`)
    if (!ends.moveFromRangeEnd.has(id)) problems.push(`moveFromRangeStart ${id} has no end`)
  }
  for (const [moveName, id] of ranges.moveToRangeStart) {
    if (!ranges.moveFromRangeStart.has(moveName)) problems.push(`move "${moveName}" has a moveTo and no moveFrom`)
    if (!ends.moveToRangeEnd.has(id)) problems.push(`moveToRangeStart ${id} has no end`)
  }
  return problems
}

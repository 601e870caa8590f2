/**
 * The document body in batches: the main part's XML cut between the body's own children and
 * parsed a batch at a time, each batch inside the document's real opening (XML declaration,
 * root element with its namespaces, the body's start tag) and real ending.
 * Why: a DOM of the whole part is many times its XML (xmldom keeps an object per element,
 * attribute and text run), and the walk needs one paragraph or table at a time. Batches let
 * the collector free each one once walked, so a long document's peak is its XML text, one
 * batch's DOM and the items read so far, instead of the whole part's DOM.
 * Note: cuts are made only where the body's child elements begin and end, found by a scan
 * that knows tags, quoted attribute values, comments, CDATA and processing instructions. Every
 * batch is still parsed by the XML parser, so ill-formed XML is reported as before; when the
 * scan meets anything it does not expect (a DOCTYPE, no body, unbalanced tags), the whole part
 * is parsed as one batch and the parser says what is wrong.
 */
import { childElements, parseXmlText, type Element } from '../xml'
import { W } from './ooxml'

/** About this many characters of body XML per batch (a batch holds whole children only). */
export const BATCH_CHARS = 1 << 20

interface BodyCuts {
  /** Index just after the body's start tag. */
  contentStart: number
  /** Index of the body's end tag. */
  contentEnd: number
  /** Indexes between the body's children, ascending, contentStart first and contentEnd last. */
  cuts: number[]
}

/** The end of a construct opened at `from` (exclusive), or -1 when it never closes. */
function endOf(xml: string, from: number, close: string): number {
  const at = xml.indexOf(close, from)
  return at < 0 ? -1 : at + close.length
}

/** Where the body's children begin and end, or null when the scan cannot tell safely. */
export function bodyCuts(xml: string): BodyCuts | null {
  let depth = 0
  let contentStart = -1
  const cuts: number[] = []
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i)) {
    const next = xml.charCodeAt(i + 1)
    if (next === 0x3f /* ? */) {
      i = endOf(xml, i + 2, '?>')
    } else if (xml.startsWith('<!--', i)) {
      i = endOf(xml, i + 4, '-->')
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = endOf(xml, i + 9, ']]>')
    } else if (next === 0x21 /* ! */) {
      return null // a DOCTYPE or something stranger: the parser alone decides
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', i)
      if (end < 0) return null
      if (depth === 2 && contentStart >= 0) return { contentStart, contentEnd: i, cuts: cuts[cuts.length - 1] === i ? cuts : [...cuts, i] }
      depth--
      i = end + 1
      if (depth === 2 && contentStart >= 0) cuts.push(i)
      if (depth < 0) return null
    } else {
      // A start tag: find its '>' outside quoted attribute values.
      let j = i + 1
      let quote = 0
      for (; j < xml.length; j++) {
        const c = xml.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 0x22 || c === 0x27) quote = c
        else if (c === 0x3e /* > */) break
      }
      if (j >= xml.length) return null
      const selfClosing = xml.charCodeAt(j - 1) === 0x2f
      if (depth === 1 && contentStart < 0) {
        // The root's first child element that is the body starts the content.
        const name = /^<([^\s/>]+)/.exec(xml.slice(i, Math.min(j + 1, i + 200)))?.[1] ?? ''
        if (name === 'body' || name.endsWith(':body')) {
          if (selfClosing) return null
          contentStart = j + 1
          cuts.push(contentStart)
          depth = 2
          i = j + 1
          continue
        }
      }
      if (!selfClosing) depth++
      i = j + 1
      if (selfClosing && depth === 2 && contentStart >= 0) cuts.push(i)
    }
    if (i < 0) return null
  }
  return null
}

/** The body element of one document's text, or undefined when it has none. */
function bodyOf(text: string, fileName: string, partName: string): Element | undefined {
  const doc = parseXmlText(text, fileName, partName)
  return doc.documentElement ? childElements(doc.documentElement, W, 'body')[0] : undefined
}

/**
 * The body element of each batch, parsed, in order. A part the scan cannot cut is parsed
 * whole (one batch, its body or none: the caller says a part without a body has no text);
 * an empty body is one batch, so the caller sees the body and its lack of text.
 */
export function* bodyBatches(xml: string, fileName: string, partName: string, batchChars = BATCH_CHARS): Generator<Element> {
  const found = bodyCuts(xml)
  const texts: Iterable<string> = found ? batchTexts(xml, found, batchChars) : [xml]
  for (const text of texts) {
    const body = bodyOf(text, fileName, partName)
    if (!body) return
    yield body
  }
}

/** Each batch's text: the part's opening, whole children up to about `batchChars`, its ending. */
function* batchTexts(xml: string, { contentStart, contentEnd, cuts }: BodyCuts, batchChars: number): Generator<string> {
  const opening = xml.slice(0, contentStart)
  const ending = xml.slice(contentEnd)
  if (cuts.length === 1) {
    yield opening + ending
    return
  }
  for (let from = 0; from < cuts.length - 1; ) {
    let to = from + 1
    while (to < cuts.length - 1 && cuts[to + 1]! - cuts[from]! <= batchChars) to++
    yield opening + xml.slice(cuts[from]!, cuts[to]!) + ending
    from = to
  }
}

/**
 * The organisation's template's styles, as pandoc's --reference-doc takes them: its styles part
 * (fonts, colours, heading styles, document defaults) replaces ours, and any style the export
 * needs that the template lacks (the clause styles, say) is added from ours, so every
 * paragraph still has its style.
 */
import { DOMParser, type Element, XMLSerializer } from '@xmldom/xmldom'
import { WorkbenchError } from '../../errors'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function mergeReferenceStyles(reference: string, ours: string): string {
  const parse = (text: string) => new DOMParser({ onError: (level: string, msg: string) => { if (level === 'fatalError') throw new Error(msg) } }).parseFromString(text, 'text/xml')
  let theirs
  try {
    theirs = parse(reference)
  } catch (error) {
    throw new WorkbenchError('damaged-file', `The template's styles are not valid XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`)
  }
  const root = theirs.documentElement
  if (!root || root.namespaceURI !== W || root.localName !== 'styles') throw new WorkbenchError('damaged-file', "The template's styles part is not a Word styles part.")
  const have = new Set(styles(root).map((s) => s.getAttributeNS(W, 'styleId')))
  for (const style of styles(parse(ours).documentElement!)) {
    if (!have.has(style.getAttributeNS(W, 'styleId'))) root.appendChild(theirs.importNode(style, true))
  }
  return new XMLSerializer().serializeToString(theirs)
}

function styles(root: Element): Element[] {
  return Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === 'style')
}

/**
 * XML parsing for the zip-based formats, with @xmldom/xmldom (pure JS, no DOM needed), plus
 * the few namespace-aware helpers the importers share.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom'
import { invalidXml } from './kit/errors'
import { decodeUtf8 } from './kit/text-codec'

export type { Document, Element, Node }

const ELEMENT_NODE = 1

/** UTF-8 bytes of an XML part to a document; malformed XML is a damaged file. */
export function parseXml(bytes: Uint8Array, fileName: string, partName: string): Document {
  return parseXmlText(decodeUtf8(bytes), fileName, partName)
}

/** An XML part's text to a document; malformed XML is a damaged file. */
export function parseXmlText(text: string, fileName: string, partName: string): Document {
  try {
    // Note: xmldom never fetches external entities or DTDs, so a hostile file cannot reach out.
    return new DOMParser({
      onError: (level: string, message: string) => {
        if (level === 'fatalError') throw new Error(message)
      },
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw invalidXml(fileName, partName, detail ?? '')
  }
}

/** Child elements (not text or comments), optionally only those with a given namespace and local name. */
export function childElements(node: Node, ns?: string, localName?: string): Element[] {
  const out: Element[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue
    const el = child as Element
    if (ns !== undefined && el.namespaceURI !== ns) continue
    if (localName !== undefined && el.localName !== localName) continue
    out.push(el)
  }
  return out
}

export function firstChild(node: Node, ns: string, localName: string): Element | undefined {
  return childElements(node, ns, localName)[0]
}

/** All descendant elements with a namespace and local name, in document order. */
export function descendants(node: Node, ns: string, localName: string): Element[] {
  return Array.from((node as Element).getElementsByTagNameNS(ns, localName))
}

/** A namespaced attribute's value, or undefined. */
export function attr(el: Element, ns: string, localName: string): string | undefined {
  return el.hasAttributeNS(ns, localName) ? (el.getAttributeNS(ns, localName) ?? undefined) : undefined
}

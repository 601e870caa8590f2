/**
 * Markup compatibility as Word applies it before the schema sees a part (ECMA-376 Part 3):
 * the namespaces a part lists in mc:Ignorable are dropped, elements and attributes alike, and
 * mc:AlternateContent keeps its Fallback. What remains must validate against the transitional
 * schema.
 */
import { XMLSerializer, type Element } from '@xmldom/xmldom'
import { parseXml } from './package'

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

export function stripIgnorable(xml: string): string {
  const doc = parseXml(xml)
  const root = doc.documentElement!
  const prefixes = (root.getAttributeNS(MC, 'Ignorable') ?? '').split(/\s+/).filter(Boolean)
  const ignored = new Set(prefixes.map((p) => root.lookupNamespaceURI(p)).filter((u): u is string => !!u))
  clean(root, ignored)
  return new XMLSerializer().serializeToString(doc)
}

function clean(el: Element, ignored: Set<string>): void {
  for (const attr of Array.from(el.attributes)) {
    if (attr.namespaceURI === MC || (attr.namespaceURI && ignored.has(attr.namespaceURI))) el.removeAttributeNode(attr)
  }
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1) continue
    const c = child as Element
    if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
      const fallback = Array.from(c.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'Fallback')
      if (fallback) clean(fallback, ignored)
      for (const n of Array.from(fallback?.childNodes ?? [])) el.insertBefore(n, c)
      el.removeChild(c)
    } else if (c.namespaceURI && ignored.has(c.namespaceURI)) {
      el.removeChild(c)
    } else {
      clean(c, ignored)
    }
  }
}

/** A .docx opened for the proofs: its parts as text, and its document parsed. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes)
  return Object.fromEntries(Object.entries(entries).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, b]) => [n, strFromU8(b)]))
}

export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'text/xml')
}

export function elements(node: Document | Element, localName: string, ns = W): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, localName))
}

/** The WordprocessingML parts wml.xsd describes: document, styles, numbering, settings, comments, headers, footers, notes, fonts. */
export function wordParts(parts: Record<string, string>): string[] {
  return Object.keys(parts)
    .filter((n) => /^word\/(document|styles|numbering|settings|comments|footnotes|endnotes|fontTable|webSettings|header\d*|footer\d*)\.xml$/.test(n))
    .sort()
}

/**
 * The namespaces and the small attribute readers every part of the Word importer shares, so
 * that "w:val", on/off switches and numbers are read one way everywhere.
 */
import { attr, childElements, type Element, type Node } from '../xml'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
export const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math'
export const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'
export const DC = 'http://purl.org/dc/elements/1.1/'
export const EXTENDED = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'

/** A child's w:val, e.g. val(pPr, 'pStyle') for <w:pStyle w:val="Heading1"/>. */
export function val(parent: Element | undefined, localName: string): string | undefined {
  if (!parent) return undefined
  const child = childElements(parent, W, localName)[0]
  return child ? attr(child, W, 'val') : undefined
}

/** An on/off property (<w:b/>, <w:b w:val="0"/>): undefined when absent. */
export function onOff(parent: Element | undefined, localName: string): boolean | undefined {
  if (!parent) return undefined
  const child = childElements(parent, W, localName)[0]
  if (!child) return undefined
  const v = attr(child, W, 'val')
  return v === undefined || !/^(0|false|off)$/i.test(v.trim())
}

/** A whole number from an attribute, clamped to [min, max]; undefined when absent or not a number. */
export function intValue(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text)) return undefined
  const n = Number.parseInt(text, 10)
  return Math.min(max, Math.max(min, n))
}

/**
 * Markup-compatibility blocks offer the same content twice (a modern "Choice" and an old
 * "Fallback"). Note: reading both would duplicate every text box, so only the first Choice is
 * read, or the Fallback when there is no Choice.
 */
export function chosenBranch(alternateContent: Element): Element | undefined {
  return childElements(alternateContent, MC, 'Choice')[0] ?? childElements(alternateContent, MC, 'Fallback')[0]
}

/** Depth-first search below `node` (not into unchosen markup-compatibility branches). */
export function findBelow(node: Node, match: (el: Element) => 'take' | 'descend' | 'skip'): Element[] {
  const found: Element[] = []
  const stack: Element[] = childElements(node).reverse()
  while (stack.length > 0) {
    const el = stack.pop()!
    if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
      const branch = chosenBranch(el)
      if (branch) stack.push(...childElements(branch).reverse())
      continue
    }
    const decision = match(el)
    if (decision === 'take') found.push(el)
    else if (decision === 'descend') stack.push(...childElements(el).reverse())
  }
  return found
}

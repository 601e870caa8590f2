/**
 * parse5's tree to hast, letting go of each parse5 node once it is converted, so the two whole
 * trees are never held together: hast-util-from-parse5 builds all of hast while all of parse5
 * is still referenced, and on a 5 MB page that was 41 + 35 MB at once (issue 12).
 *
 * Each HTML element is converted by fromParse5 itself with its children held back, and its
 * children are then converted one by one (and dropped from the parse5 tree) into it. That gives
 * the same hast, since fromParse5 converts an element from its own tag, namespace and
 * attributes only (tests/import/html-parse-page.test.ts). Templates and foreign (SVG, MathML)
 * elements are handed to fromParse5 whole: their conversion depends on what is inside them.
 */
import type { Element, Root, RootContent } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import type { DefaultTreeAdapterMap } from 'parse5'

type Parse5Node = DefaultTreeAdapterMap['node']
type Parse5Parent = DefaultTreeAdapterMap['parentNode']

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

function convertsPiecewise(node: Parse5Node): node is Parse5Parent {
  if (node.nodeName === '#document' || node.nodeName === '#document-fragment') return true
  return 'tagName' in node && node.namespaceURI === HTML_NAMESPACE && node.tagName !== 'template'
}

export function releaseToHast(node: Parse5Node): Root | RootContent {
  if (!convertsPiecewise(node)) return fromParse5(node) as Root | RootContent
  const children = node.childNodes
  node.childNodes = []
  const shell = fromParse5(node) as Root | Element
  for (let i = 0; i < children.length; i++) {
    shell.children.push(releaseToHast(children[i]!) as Element)
    // Released: nothing else holds the parse5 node.
    children[i] = undefined as never
  }
  return shell
}

/**
 * One parse5 element as a hast element without its children (its tag, namespace and
 * attributes as hast properties), for judging it before its content is read; the element's
 * children are left where they are.
 */
export function hastElementAlone(node: DefaultTreeAdapterMap['element']): Element {
  const children = node.childNodes
  node.childNodes = []
  try {
    return fromParse5(node) as Element
  } finally {
    node.childNodes = children
  }
}

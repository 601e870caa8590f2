/**
 * The page's main content handed on a top-level node at a time while parse5 is still reading,
 * each node let go of by the parse5 tree once it is finished, so the whole page's tree (about
 * 8x the HTML) is never held (issue 12). The pre-scan (page-plan.ts) says which element holds
 * the content and which wrappers in it are plain flow.
 *
 * The content element and the plain-flow wrappers in it (content-groups.ts's flattenable
 * wrappers, less any furniture) form a chain of open elements; every other child of a chain
 * element is a unit, handed on as hast with its furniture pruned and its list labels marked,
 * exactly as mainContent and markListLabels would have left it in the whole page's tree.
 * A chain element's children are finished when the parser appends the next child to it, or
 * when it is closed; then they are taken out of the parse5 tree, so a child the parser may
 * still change (the last one, still open, or a table that stray text is put before) stays.
 *
 * Note: the parser never goes back into a finished child of a plain-flow wrapper: misnested
 * formatting moves nodes only below the element that holds the formatting element, which
 * makes that element's parent hold phrasing (so it is not plain flow and not in the chain).
 * tests/import/html-chunks.test.ts holds every corpus page and fixture to the whole-tree read.
 */
import type { Element, Root } from 'hast'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { FLOW_WRAPPERS, type Node } from './content-groups'
import { flatTextAdapter } from './flat-text-adapter'
import { isFurniture, markListLabels, prune } from './main-content'
import type { PagePlan } from './page-plan'
import { hastElementAlone, releaseToHast } from './release-to-hast'

type Nodes = DefaultTreeAdapterMap
type Parse5Element = Nodes['element']

/** A chain element: its children's furniture is judged with `insideMain`. */
interface Link {
  element: Parse5Element
  insideMain: boolean
}

/**
 * Read a page whose plan has a plain-flow content element (plan.content not null and not in
 * plan.mixed), calling `unit` with each top-level node of the content in document order.
 */
export function streamContent(html: string, plan: PagePlan & { content: NonNullable<PagePlan['content']> }, unit: (node: Node) => void): void {
  const base = flatTextAdapter()
  let created = 0
  const links = new Map<Parse5Element, Link>()
  /** The chain's open elements, content element first. */
  const open: Link[] = []

  const handOn = (link: Link): void => {
    base.flushText()
    const children = link.element.childNodes
    link.element.childNodes = []
    for (const child of children) {
      child.parentNode = null
      const holder: Root = { type: 'root', children: [releaseToHast(child) as Element] }
      prune(holder, link.insideMain)
      markListLabels(holder)
      for (const node of holder.children) unit(node)
    }
  }
  /** Whether an element joins the chain below `parent`: a plain-flow wrapper that is not furniture. */
  const joins = (parent: Link, element: Parse5Element, ordinal: number): Link | null => {
    if (!FLOW_WRAPPERS.has(element.tagName) || plan.mixed.has(ordinal)) return null
    if (isFurniture(hastElementAlone(element), parent.insideMain)) return null
    return { element, insideMain: parent.insideMain || element.tagName === 'main' || element.tagName === 'article' }
  }
  /** Plain-flow wrappers' creation order, for the plan's list of mixed ones. */
  const ordinals = new WeakMap<Parse5Element, number>()
  let content: Parse5Element | null = null

  const treeAdapter: typeof base = {
    ...base,
    createElement(tagName, namespaceURI, attrs) {
      const element = base.createElement(tagName, namespaceURI, attrs)
      const ordinal = ++created
      if (ordinal === plan.content.ordinal) {
        // Note: both parses create the same elements in the same order; a different tag here is a bug.
        if (tagName !== plan.content.tagName) throw new Error(`The page's two reads differ: element ${ordinal} is <${tagName}>, not <${plan.content.tagName}>.`)
        content = element
        links.set(element, { element, insideMain: plan.insideMain })
      } else if (FLOW_WRAPPERS.has(tagName)) ordinals.set(element, ordinal)
      return element
    },
    appendChild(parent, node) {
      const link = links.get(parent as Parse5Element)
      if (link) {
        handOn(link)
        const ordinal = ordinals.get(node as Parse5Element)
        const joined = ordinal === undefined ? null : joins(link, node as Parse5Element, ordinal)
        if (joined) links.set(joined.element, joined)
      }
      base.appendChild(parent, node)
    },
    onItemPush(element) {
      const link = links.get(element)
      if (link) open.push(link)
    },
    onItemPop(element) {
      const link = links.get(element)
      if (link) close(open.indexOf(link))
    },
  }
  /** Close the chain from open[from] down: the deepest first, each handing on what it still holds. */
  const close = (from: number): void => {
    if (from < 0) return
    for (const link of open.splice(from).reverse()) {
      handOn(link)
      links.delete(link.element)
      // The content element stays where it is; a wrapper in it is done with, empty.
      if (link.element !== content) base.detachNode(link.element)
    }
  }
  parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false, treeAdapter })
  // Note: the parser leaves <html>, <body> and what is still open at the end on its stack.
  close(0)
}

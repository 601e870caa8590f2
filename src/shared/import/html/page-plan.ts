/**
 * A first pass over a page that keeps nothing of it: parse5 runs its whole tree construction
 * (so implied end tags, tables and misnested markup are decided exactly as in the real read),
 * but the tree adapter keeps no text and no child lists, so each element is garbage once the
 * parser lets go of it. It records what the streamed read (stream-content.ts) must know before
 * it sees the content: which element holds the main content (main-content.ts's pickContent:
 * a <main> may come after a long navigation, and two articles mean the body), which wrappers
 * are not plain flow (content-groups.ts's flattenable), the page's title and site name.
 * Elements are named by the order the parser creates them, which the second parse repeats.
 *
 * Note: a wrapper is judged by every child it was ever given, not only those it ends with, so
 * a child the parser moves away later (misnested formatting) can only make it less streamable,
 * never wrongly streamed: a wrapper not streamed is converted whole, as before.
 */
import type { Element as HastElement } from 'hast'
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parse, type TreeAdapter } from 'parse5'
import { BLOCKS, FLOW_WRAPPERS } from './content-groups'
import { isFurniture, isMain, isSiteName, pickContent, siteNameOf, titleText } from './main-content'
import { hastElementAlone } from './release-to-hast'

type Nodes = DefaultTreeAdapterMap
type Parse5Element = Nodes['element']

export interface PagePlan {
  /** The element holding the main content, by creation order (the first element is 1), and its tag; null for the whole page (a frameset). */
  content: { ordinal: number; tagName: string } | null
  /** Whether furniture in the content is judged as inside the main content (pickContent). */
  insideMain: boolean
  /** Wrappers (FLOW_WRAPPERS) that hold loose text or phrasing, by creation order: converted whole, never streamed. */
  mixed: ReadonlySet<number>
  title: string | null
  siteName: string | null
}

/** Whether a child keeps its wrapper from being plain flow: loose words, or an element that is neither a block nor furniture. */
function isPhrasing(child: Parse5Element): boolean {
  if (BLOCKS.has(child.tagName)) return false
  // Note: insideMain only decides for <header>, which is a block, so false is exact here.
  return !isFurniture(hastElementAlone(child), false)
}

export function planPage(html: string): PagePlan {
  let created = 0
  const ordinals = new WeakMap<object, number>()
  /** Elements and fragments inside a <template>: not part of the page's tree as hast sees it. */
  const inert = new WeakSet<object>()
  const placed = new WeakSet<object>()
  const mixed = new Set<number>()
  let main: number | undefined
  const articles: number[] = []
  let body: number | undefined
  const tags = new Map<number, string>()
  let title: Parse5Element | null = null
  const titleTexts: string[] = []
  let siteName: string | null | undefined

  /** Only wrappers are noted: the set stays as small as the page's count of divs and sections. */
  const markMixed = (parent: Nodes['parentNode']): void => {
    if (!FLOW_WRAPPERS.has((parent as Parse5Element).tagName)) return
    const ordinal = ordinals.get(parent)
    if (ordinal !== undefined) mixed.add(ordinal)
  }
  /** Where an element is first put is where it is in document order: note what the plan needs of it. */
  const place = (parent: Nodes['parentNode'], node: Nodes['childNode']): void => {
    if (!('tagName' in node)) return
    if (FLOW_WRAPPERS.has((parent as Parse5Element).tagName) && isPhrasing(node)) markMixed(parent)
    if (placed.has(node)) return
    placed.add(node)
    if (inert.has(parent) || parent.nodeName === '#document-fragment') {
      inert.add(node)
      return
    }
    const ordinal = ordinals.get(node)!
    tags.set(ordinal, node.tagName)
    if (main === undefined && (node.tagName === 'main' || node.attrs.some((a) => a.name === 'role')) && isMain(hastElementAlone(node))) main = ordinal
    if (node.tagName === 'article') articles.push(ordinal)
    if (node.tagName === 'body' && body === undefined) body = ordinal
    if (node.tagName === 'title' && title === null) title = node
    if (siteName === undefined && node.tagName === 'meta') {
      const meta: HastElement = hastElementAlone(node)
      if (isSiteName(meta)) siteName = siteNameOf(meta)
    }
  }
  const text = (parent: Nodes['parentNode'], value: string): void => {
    if (parent === title) titleTexts.push(value)
    else if (/\S/.test(value)) markMixed(parent)
  }

  const treeAdapter: TreeAdapter<Nodes> = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      const element = defaultTreeAdapter.createElement(tagName, namespaceURI, attrs)
      ordinals.set(element, ++created)
      return element
    },
    // Children are not kept: nothing reads them but the adoption agency, which moves them.
    appendChild(parent, node) {
      node.parentNode = parent
      place(parent, node)
    },
    insertBefore(parent, node) {
      node.parentNode = parent
      place(parent, node)
    },
    detachNode(node) {
      node.parentNode = null
    },
    insertText: text,
    insertTextBefore: (parent, value) => text(parent, value),
  }
  parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false, treeAdapter })

  const picked = pickContent<number | null>(main, articles, body, null)
  return {
    content: picked.content === null ? null : { ordinal: picked.content, tagName: tags.get(picked.content)! },
    insideMain: picked.insideMain,
    mixed,
    title: title ? titleText(titleTexts) : null,
    siteName: siteName ?? null,
  }
}

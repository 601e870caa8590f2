/**
 * A page's main content in groups of top-level blocks, each turned into Markdown's tree on its
 * own (html/index.ts), so the whole page's mdast is never held at once and the hast of a group
 * is let go once it is read: a 10 MB page needed its hast and its whole mdast together (issue 12).
 *
 * The content is flattened through the elements hast-util-to-mdast reads as plain flow (div,
 * section, article, main…: their children, wrapped, and nothing of their own), and a group
 * ends only between two block elements (white space between them aside), where the converter's
 * wrap() would split anyway, so every group converts to the nodes the whole content would
 * (tests/import/html-chunks.test.ts). The streamed read (stream-content.ts) cuts its groups by
 * the same rule (endsGroup); this file's contentGroups serves pages read whole (html/index.ts).
 *
 * Note: until white space was let through, a pretty-printed page (white space between every
 * two blocks) was one group whatever its size.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'

/** Top-level blocks per group: a few hundred paragraphs, a few MB of trees at most. */
export const GROUP_BLOCKS = 200

/** Elements whose conversion is only their children as flow (hast-util-to-mdast's `flow` handler). */
export const FLOW_WRAPPERS = new Set(['address', 'article', 'aside', 'body', 'center', 'div', 'fieldset', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'main', 'multicol', 'section'])

/** Elements that always convert to block content, so a cut beside them splits no paragraph. */
export const BLOCKS = new Set(['blockquote', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ol', 'ul', 'dir', 'p', 'pre', 'table', 'listing', 'plaintext', 'xmp', ...FLOW_WRAPPERS])

export type Node = RootContent | ElementContent

function isBlock(node: Node | undefined): boolean {
  return node?.type === 'element' && BLOCKS.has(node.tagName)
}

function isSpace(node: Node | undefined): boolean {
  return node?.type === 'text' && !/\S/.test(node.value)
}

/**
 * Whether the group units[from..to) may end before `next`: big enough, and between two
 * blocks, white space between them aside (the converter drops white space beside a block,
 * so it goes the same way at a group's end as between two blocks).
 */
export function endsGroup(units: readonly Node[], from: number, to: number, next: Node, groupBlocks: number): boolean {
  if (to - from < groupBlocks || !isBlock(next)) return false
  let last = to - 1
  while (last > from && isSpace(units[last])) last--
  return isBlock(units[last])
}

/**
 * A wrapper is flattened only when all its children are blocks or whitespace: mixed with
 * phrasing, its wrap() makes paragraphs that must stay whole.
 */
function flattenable(el: Element): boolean {
  return FLOW_WRAPPERS.has(el.tagName) && el.children.every((c) => isBlock(c) || isSpace(c) || c.type === 'comment')
}

/** The content's top-level nodes, through flattenable wrappers; the wrappers are emptied so they hold nothing. */
function units(parent: Element | Root, out: Node[]): Node[] {
  const children = parent.children as Node[]
  parent.children = []
  for (const child of children) {
    if (child.type === 'element' && flattenable(child)) units(child, out)
    else out.push(child)
  }
  return out
}

/** The content's nodes in groups, each handed out once and then forgotten. */
export function* contentGroups(content: Element | Root, groupBlocks = GROUP_BLOCKS): Generator<Root> {
  const all = content.type === 'element' && !flattenable(content) ? [content as Node] : units(content, [])
  let start = 0
  for (let i = 1; i <= all.length; i++) {
    const atEnd = i === all.length
    if (!atEnd && !endsGroup(all, start, i, all[i]!, groupBlocks)) continue
    const group = all.slice(start, i) as RootContent[]
    all.fill(undefined as never, start, i)
    start = i
    yield { type: 'root', children: group }
  }
}

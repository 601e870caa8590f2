/**
 * Links in a Markdown tree (from a .md file, or an HTML page through rehype-remark) before
 * the tree is written back out as Clause.inline: every link target passes kit/safe-href.ts.
 *
 * - A link to http:, https: or mailto: stays a link; any other target (javascript:, data:,
 *   file:, a relative path, a page anchor) leaves only its text.
 * - A reference link ("[text][ref]") becomes a link to its definition's target on the same
 *   terms, since its definition is not part of the clause.
 * - An image is never imported: it leaves its alt text, as plain text (the plain text has
 *   always included it), so no image source ever reaches the inline either.
 */
import type { Definition, Nodes, PhrasingContent, Root } from 'mdast'
import { safeHref } from '../kit/safe-href'

function definitionsOf(node: Nodes, out = new Map<string, Definition>()): Map<string, Definition> {
  if (node.type === 'definition') out.set(node.identifier.toLowerCase(), node)
  if ('children' in node) for (const child of node.children) definitionsOf(child, out)
  return out
}

function safeChildren(children: PhrasingContent[], definitions: Map<string, Definition>): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    switch (child.type) {
      case 'link': {
        const href = safeHref(child.url)
        const inner = safeChildren(child.children, definitions)
        return href ? [{ type: 'link', url: href, children: inner }] : inner
      }
      case 'linkReference': {
        const href = safeHref(definitions.get(child.identifier.toLowerCase())?.url)
        const inner = safeChildren(child.children, definitions)
        return href ? [{ type: 'link', url: href, children: inner }] : inner
      }
      case 'image':
      case 'imageReference':
        return child.alt ? [{ type: 'text', value: child.alt }] : []
      default:
        if ('children' in child) (child as { children: PhrasingContent[] }).children = safeChildren(child.children as PhrasingContent[], definitions)
        return [child]
    }
  })
}

function rewrite(node: Nodes, definitions: Map<string, Definition>): void {
  if (!('children' in node)) return
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    node.children = safeChildren(node.children, definitions)
    return
  }
  for (const child of node.children) rewrite(child as Nodes, definitions)
}

/** Rewrite the tree in place so that every link it keeps has a safe target. */
export function keepOnlySafeLinks(tree: Root): void {
  rewrite(tree, definitionsOf(tree))
}

/**
 * The whole page's syntax tree (hast), without source positions: for the pages html/index.ts
 * reads whole (content that mixes loose words with blocks, no body); others are streamed.
 * rehype-parse asks parse5 for every node's source location and keeps it on each hast node as
 * a position (three objects a node);
 * nothing here reads positions, and on a large page they were a large part of the memory
 * needed to hold the tree (issue 12). Same parse5 settings as rehype-parse otherwise: a
 * document, scripting off (so <noscript> content is parsed as markup, as before). parse5 keeps
 * flat strings (flat-text-adapter.ts) and its tree is let go as hast is built (release-to-hast.ts).
 *
 * Note: parse5 and hast-util-from-parse5 are what rehype-parse itself runs on (through
 * hast-util-from-html), so they are in node_modules with it.
 */
import type { Root } from 'hast'
import { parse } from 'parse5'
import { flatTextAdapter } from './flat-text-adapter'
import { releaseToHast } from './release-to-hast'

export function parsePage(html: string): Root {
  const treeAdapter = flatTextAdapter()
  const document = parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false, treeAdapter })
  treeAdapter.flushText()
  return releaseToHast(document) as Root
}

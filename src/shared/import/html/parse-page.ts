/**
 * The page's syntax tree (hast), without source positions. rehype-parse asks parse5 for every
 * node's source location and keeps it on each hast node as a position (three objects a node);
 * nothing here reads positions, and on a large page they were a large part of the memory
 * needed to hold the tree (issue 12). Same parse5 settings as rehype-parse otherwise: a
 * document, scripting off (so <noscript> content is parsed as markup, as before).
 *
 * Note: parse5 and hast-util-from-parse5 are what rehype-parse itself runs on (through
 * hast-util-from-html), so they are in node_modules with it.
 */
import type { Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'

export function parsePage(html: string): Root {
  return fromParse5(parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false })) as Root
}

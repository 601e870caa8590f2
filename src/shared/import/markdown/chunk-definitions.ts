/**
 * Link reference and footnote definitions when Markdown is parsed a chunk at a time
 * (split-blocks.ts). A reference ("[text][ref]", "[^1]") only becomes a link or a note mark
 * when its definition is in the same parse, and a definition may be anywhere in the file. So:
 * the chunks that may hold a definition are parsed once to collect them (only those chunks:
 * a definition starts a line with "[…]:"), and each chunk is then parsed with the definitions
 * it cites from other chunks appended after a blank line. An appended link definition is the
 * definition's own source text (so the link resolves to the same target); an appended
 * footnote definition is a stub that makes the mark resolve, and is dropped from the tree
 * before its blocks are read (its note is read once, where it was written).
 *
 * Note: where the same label is defined in two chunks, the first in the file wins in a whole
 * parse but the chunk's own would win here; such a file is parsed whole (definitionsAcross
 * returns null). So is one whose last chunk is left open (an unclosed fence), since text
 * appended to it would land inside the fence.
 */
import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast'
import { ownString } from '../kit/own-strings'

/**
 * A line that may open a definition (a superset: it may be in code or a paragraph), also
 * inside a quote or list item ("> [a]: /url"), where a definition counts for the whole file.
 */
export const DEFINITION_LINE = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m

export interface ChunkDefinition {
  /** Which chunk defines it. */
  chunk: number
  /** Text that, appended to another chunk, defines it there. */
  source: string
}

/** Identifiers as micromark compares them: whitespace collapsed, case folded. */
export function normaliseLabel(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase()
}

function definitionNodes(node: Nodes, out: (Definition | FootnoteDefinition)[] = []): (Definition | FootnoteDefinition)[] {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') out.push(node)
  if ('children' in node) for (const child of node.children) definitionNodes(child, out)
  return out
}

/**
 * Definitions of every chunk, by kind and identifier; null when one label is defined in two
 * chunks. `chunkAt` gives chunk i's text (held-chunks.ts keeps them as bytes until read).
 */
export function definitionsAcross(count: number, chunkAt: (index: number) => string, parse: (text: string) => Root): Map<string, ChunkDefinition> | null {
  const found = new Map<string, ChunkDefinition>()
  for (let i = 0; i < count; i++) {
    const chunk = chunkAt(i)
    if (!DEFINITION_LINE.test(chunk)) continue
    for (const node of definitionNodes(parse(chunk))) {
      const key = `${node.type === 'definition' ? '' : '^'}${normaliseLabel(node.identifier)}`
      const seen = found.get(key)
      if (seen && seen.chunk !== i) return null
      if (seen) continue
      // Note: its own copy, not a cut that would keep the chunk alive after the chunk is read.
      const source = node.type === 'definition' ? ownString(chunk.slice(node.position!.start.offset!, node.position!.end.offset!)) : `[^${node.label ?? node.identifier}]: .`
      found.set(key, { chunk: i, source })
    }
  }
  return found
}

/** The text to append to chunk `index`: the definitions it may cite that live in other chunks. */
export function borrowedDefinitions(chunk: string, index: number, definitions: ReadonlyMap<string, ChunkDefinition>): string {
  if (definitions.size === 0 || !chunk.includes(']')) return ''
  const words = normaliseLabel(chunk)
  const borrowed: string[] = []
  for (const [key, def] of definitions) {
    if (def.chunk === index) continue
    const label = key.startsWith('^') ? `[${key}]` : key
    if (words.includes(label)) borrowed.push(def.source)
  }
  return borrowed.length > 0 ? `\n\n${borrowed.join('\n\n')}\n` : ''
}

/** The tree of a chunk parsed with borrowed definitions, without the borrowed footnotes. */
export function withoutBorrowed(tree: Root, chunkLength: number): Root {
  tree.children = tree.children.filter((node) => !(node.type === 'footnoteDefinition' && node.position!.start.offset! >= chunkLength))
  return tree
}

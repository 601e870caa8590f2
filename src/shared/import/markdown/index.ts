/** The .md importer: remark-parse with GitHub Flavoured Markdown (tables, footnotes). */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Block } from '../blocks'
import type { Importer } from '../importer'
import { boundNesting, flattenedWarning } from './bound-nesting'
import { dropTemplateTags, readFrontMatter } from './front-matter'
import { blockWalk } from './mdast-blocks'
import { borrowedDefinitions, definitionsAcross, withoutBorrowed } from './chunk-definitions'
import { chunkCharsFor, splitTopLevelBlocks } from './split-blocks'
import { chunkText, holdChunk, type HeldChunk } from './held-chunks'

const parser = unified().use(remarkParse).use(remarkGfm)

function parse(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root
}

/**
 * The blocks of chunks parsed one at a time (split-blocks.ts), so that only one chunk's tree is
 * held at once; the blocks are the same as from one parse of the whole text
 * (tests/import/markdown-chunks.test.ts). Definitions cited across chunks: chunk-definitions.ts.
 * Each chunk is let go once read (the array is emptied as it goes): with chunks held apart from
 * the whole text (held-chunks.ts), the text shrinks as the blocks grow, not under them (issue 12).
 */
function chunkBlocks(chunks: HeldChunk[], openAtEnd: boolean): Block[] {
  const walk = blockWalk()
  const definitions = chunks.length > 1 ? definitionsAcross(chunks.length, (i) => chunkText(chunks[i]!), parse) : new Map()
  if (!definitions || (openAtEnd && definitions.size > 0)) {
    // Note: the chunks are the whole text cut where it may be, in order, so joined they are it again.
    walk.add(parse(chunks.map(chunkText).join('')))
    return walk.finish()
  }
  chunks.forEach((held, i) => {
    const chunk = chunkText(held)
    const borrowed = borrowedDefinitions(chunk, i, definitions)
    chunks[i] = ''
    walk.add(borrowed ? withoutBorrowed(parse(chunk + borrowed), chunk.length) : parse(chunk))
  })
  return walk.finish()
}

/** The blocks of the whole text, parsed a chunk at a time. */
export function markdownBlocks(text: string, chunkChars = chunkCharsFor(text.length)): Block[] {
  const { chunks, openAtEnd } = splitTopLevelBlocks(text, chunkChars)
  return chunkBlocks(chunks.length > 1 ? chunks.map(holdChunk) : chunks, openAtEnd)
}

/**
 * The file read as far as chunks of Markdown: decoded, front matter and template tags taken
 * out, nesting bounded, cut. Note: a function of its own so that the whole text (two bytes a
 * character when one character is past Latin-1) is unreachable once it returns: each chunk is
 * held as its own UTF-8 bytes (held-chunks.ts), not a cut that keeps the whole text alive, and
 * the importer then holds only the chunks it has not read yet.
 */
function readChunks(bytes: Uint8Array, fileName: string) {
  const decoded = decodeText(bytes, fileName)
  const front = readFrontMatter(decoded.text)
  const template = dropTemplateTags(front.body)
  const bounded = boundNesting(template.text)
  const warnings = decodingWarnings(decoded, fileName)
  if (bounded.flattened > 0) warnings.push(flattenedWarning(bounded.flattened))
  if (template.dropped > 0) {
    warnings.push(`${template.dropped} template tag${template.dropped === 1 ? '' : 's'} ("{% … %}" or "{{ … }}") left out: they are instructions to a website builder, not policy text.`)
  }
  const { chunks, openAtEnd } = splitTopLevelBlocks(bounded.text, chunkCharsFor(bounded.text.length))
  return { chunks: chunks.length > 1 ? chunks.map(holdChunk) : chunks, openAtEnd, title: front.title, documentControl: front.documentControl, warnings }
}

export const importMarkdown: Importer = async (bytes, fileName) => {
  const { chunks, openAtEnd, title, documentControl, warnings } = readChunks(bytes, fileName)
  return { blocks: chunkBlocks(chunks, openAtEnd), title, documentControl, warnings }
}

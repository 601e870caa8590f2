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
import { CHUNK_CHARS, splitTopLevelBlocks } from './split-blocks'

const parser = unified().use(remarkParse).use(remarkGfm)

function parse(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root
}

/**
 * The blocks of the whole text, parsed a chunk at a time (split-blocks.ts) so that only one
 * chunk's tree is held at once; the blocks are the same as from one parse of the whole text
 * (tests/import/markdown-chunks.test.ts). Definitions cited across chunks: chunk-definitions.ts.
 */
export function markdownBlocks(text: string, chunkChars = CHUNK_CHARS): Block[] {
  const { chunks, openAtEnd } = splitTopLevelBlocks(text, chunkChars)
  const walk = blockWalk()
  const definitions = chunks.length > 1 ? definitionsAcross(chunks, parse) : new Map()
  if (!definitions || (openAtEnd && definitions.size > 0)) {
    walk.add(parse(text))
    return walk.finish()
  }
  chunks.forEach((chunk, i) => {
    const borrowed = borrowedDefinitions(chunk, i, definitions)
    walk.add(borrowed ? withoutBorrowed(parse(chunk + borrowed), chunk.length) : parse(chunk))
  })
  return walk.finish()
}

export const importMarkdown: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  const front = readFrontMatter(decoded.text)
  const template = dropTemplateTags(front.body)
  const bounded = boundNesting(template.text)
  const warnings = decodingWarnings(decoded, fileName)
  if (bounded.flattened > 0) warnings.push(flattenedWarning(bounded.flattened))
  if (template.dropped > 0) {
    warnings.push(`${template.dropped} template tag${template.dropped === 1 ? '' : 's'} ("{% … %}" or "{{ … }}") left out: they are instructions to a website builder, not policy text.`)
  }
  return { blocks: markdownBlocks(bounded.text), title: front.title, documentControl: front.documentControl, warnings }
}

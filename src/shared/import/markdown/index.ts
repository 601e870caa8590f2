/** The .md importer: remark-parse with GitHub Flavoured Markdown (tables, footnotes). */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Importer } from '../importer'
import { mdastToBlocks } from './mdast-blocks'

const parser = unified().use(remarkParse).use(remarkGfm)

export const importMarkdown: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  const tree = parser.runSync(parser.parse(decoded.text)) as Root
  return { blocks: mdastToBlocks(tree), warnings: decodingWarnings(decoded, fileName) }
}

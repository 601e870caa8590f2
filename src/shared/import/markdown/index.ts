/** The .md importer: remark-parse with GitHub Flavoured Markdown (tables, footnotes). */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Root } from 'mdast'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Importer } from '../importer'
import { boundNesting, flattenedWarning } from './bound-nesting'
import { dropTemplateTags, readFrontMatter } from './front-matter'
import { mdastToBlocks } from './mdast-blocks'

const parser = unified().use(remarkParse).use(remarkGfm)

export const importMarkdown: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  const front = readFrontMatter(decoded.text)
  const template = dropTemplateTags(front.body)
  const bounded = boundNesting(template.text)
  const tree = parser.runSync(parser.parse(bounded.text)) as Root
  const warnings = decodingWarnings(decoded, fileName)
  if (bounded.flattened > 0) warnings.push(flattenedWarning(bounded.flattened))
  if (template.dropped > 0) {
    warnings.push(`${template.dropped} template tag${template.dropped === 1 ? '' : 's'} ("{% … %}" or "{{ … }}") left out: they are instructions to a website builder, not policy text.`)
  }
  return { blocks: mdastToBlocks(tree), title: front.title, documentControl: front.documentControl, warnings }
}

/**
 * The .html importer: rehype-parse builds a syntax tree (nothing is rendered or run), the
 * page's main content is kept, rehype-remark turns it into Markdown's tree, and the shared
 * mdast walk makes blocks, so a policy reads the same whether it came as .md or .html.
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Importer } from '../importer'
import { mdastToBlocks } from '../markdown/mdast-blocks'
import { boundHtmlNesting, droppedWarning } from './bound-nesting'
import { mainContent, markListLabels, pageMetadata } from './main-content'

const parser = unified().use(rehypeParse)
const toMdast = unified().use(rehypeRemark).use(remarkGfm)

/** "Social media policy | Riverside Borough Council" → the policy's own title. */
function titleFromPage(pageTitle: string | null, siteName: string | null): string | null {
  if (!pageTitle) return null
  const parts = pageTitle.split(/\s+[|–—-]\s+/)
  if (parts.length > 1 && siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ')
  return pageTitle
}

export const importHtml: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  const bounded = boundHtmlNesting(decoded.text)
  const tree = parser.parse(bounded.html) as HastRoot
  const { title, siteName } = pageMetadata(tree)
  const content = mainContent(tree)
  markListLabels(content)
  const root: HastRoot = content.type === 'root' ? content : { type: 'root', children: [content] }
  const mdast = (await toMdast.run(root)) as MdastRoot
  const blocks = mdastToBlocks(mdast)
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1)
  return {
    blocks,
    title: h1?.kind === 'heading' ? h1.text : titleFromPage(title, siteName),
    organisation: siteName,
    warnings: bounded.dropped > 0 ? [...decodingWarnings(decoded, fileName), droppedWarning(bounded.dropped)] : decodingWarnings(decoded, fileName),
  }
}

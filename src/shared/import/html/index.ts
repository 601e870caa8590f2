/**
 * The .html importer: rehype-parse builds a syntax tree (nothing is rendered or run), the
 * page's main content is kept, rehype-remark turns it into Markdown's tree, and the shared
 * mdast walk makes blocks, so a policy reads the same whether it came as .md or .html.
 */
import type { Root as MdastRoot } from 'mdast'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Importer } from '../importer'
import { blockWalk } from '../markdown/mdast-blocks'
import { contentGroups, GROUP_BLOCKS } from './content-groups'
import { boundHtmlNesting, droppedWarning } from './bound-nesting'
import { parsePage } from './parse-page'
import { mainContent, markListLabels, pageMetadata } from './main-content'

const toMdast = unified().use(rehypeRemark).use(remarkGfm)

/** "Social media policy | Riverside Borough Council" → the policy's own title. */
function titleFromPage(pageTitle: string | null, siteName: string | null): string | null {
  if (!pageTitle) return null
  const parts = pageTitle.split(/\s+[|–—-]\s+/)
  if (parts.length > 1 && siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ')
  return pageTitle
}

/** A page's blocks and metadata, its content converted GROUP_BLOCKS top-level blocks at a time (content-groups.ts). */
export async function readHtml(html: string, groupBlocks = GROUP_BLOCKS) {
  const bounded = boundHtmlNesting(html)
  const tree = parsePage(bounded.html)
  const { title, siteName } = pageMetadata(tree)
  const content = mainContent(tree)
  markListLabels(content)
  const walk = blockWalk()
  for (const group of contentGroups(content, groupBlocks)) walk.add((await toMdast.run(group)) as MdastRoot)
  return { blocks: walk.finish(), title, siteName, dropped: bounded.dropped }
}

export const importHtml: Importer = async (bytes, fileName) => {
  const decoded = decodeText(bytes, fileName)
  const { blocks, title, siteName, dropped } = await readHtml(decoded.text)
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1)
  return {
    blocks,
    title: h1?.kind === 'heading' ? h1.text : titleFromPage(title, siteName),
    organisation: siteName,
    warnings: dropped > 0 ? [...decodingWarnings(decoded, fileName), droppedWarning(dropped)] : decodingWarnings(decoded, fileName),
  }
}

/**
 * The .html importer: parse5 reads the page (nothing is rendered or run), the page's main
 * content is kept, rehype-remark turns it into Markdown's tree, and the shared mdast walk
 * makes blocks, so a policy reads the same whether it came as .md or .html.
 *
 * A first pass (page-plan.ts) finds the main content without keeping the page; the second
 * (stream-content.ts) hands the content on a top-level node at a time as parse5 reads it, and
 * each group of nodes becomes blocks and is let go, so no whole tree of the page is held
 * (issue 12). Where the content element itself mixes blocks with loose words, or the page
 * has no body, the page is read whole as before (parse-page.ts, content-groups.ts).
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { decodeText, decodingWarnings } from '../decode-text'
import type { Importer } from '../importer'
import { blockWalk } from '../markdown/mdast-blocks'
import { contentGroups, endsGroup, GROUP_BLOCKS, type Node } from './content-groups'
import { boundHtmlNesting, droppedWarning } from './bound-nesting'
import { parsePage } from './parse-page'
import { mainContent, markListLabels } from './main-content'
import { planPage } from './page-plan'
import { streamContent } from './stream-content'

const toMdast = unified().use(rehypeRemark).use(remarkGfm)

/** "Social media policy | Riverside Borough Council" → the policy's own title. */
function titleFromPage(pageTitle: string | null, siteName: string | null): string | null {
  if (!pageTitle) return null
  const parts = pageTitle.split(/\s+[|–—-]\s+/)
  if (parts.length > 1 && siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ')
  return pageTitle
}

/** The main content's blocks, its groups of GROUP_BLOCKS top-level nodes each converted and let go. */
function contentBlocks(html: string, groupBlocks: number) {
  const plan = planPage(html)
  const walk = blockWalk()
  const { content } = plan
  if (content && !plan.mixed.has(content.ordinal)) {
    let group: Node[] = []
    const convert = (): void => {
      walk.add(toMdast.runSync({ type: 'root', children: group } as HastRoot) as MdastRoot)
      group = []
    }
    streamContent(html, { ...plan, content }, (node) => {
      if (group.length > 0 && endsGroup(group, 0, group.length, node, groupBlocks)) convert()
      group.push(node)
    })
    if (group.length > 0) convert()
  } else {
    const whole = mainContent(parsePage(html))
    markListLabels(whole)
    for (const group of contentGroups(whole, groupBlocks)) walk.add(toMdast.runSync(group) as MdastRoot)
  }
  return { blocks: walk.finish(), title: plan.title, siteName: plan.siteName }
}

/** A page's blocks and metadata, its content converted GROUP_BLOCKS top-level blocks at a time. */
export async function readHtml(html: string, groupBlocks = GROUP_BLOCKS) {
  const bounded = boundHtmlNesting(html)
  return { ...contentBlocks(bounded.html, groupBlocks), dropped: bounded.dropped }
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

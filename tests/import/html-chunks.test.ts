/**
 * A page's content converted a group of top-level blocks at a time (html/content-groups.ts)
 * gives exactly the blocks of converting the whole content at once (the importer before
 * issue 12's memory bound, written out here as the reference): for every page in the corpus
 * and the fixtures, at group sizes down to one block, and for pages whose wrappers mix blocks
 * with loose text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { boundHtmlNesting } from '../../src/shared/import/html/bound-nesting'
import { readHtml } from '../../src/shared/import/html'
import { mainContent, markListLabels } from '../../src/shared/import/html/main-content'
import { mdastToBlocks } from '../../src/shared/import/markdown/mdast-blocks'
import { repoRoot } from '../support/paths'

async function wholeContentBlocks(html: string) {
  const tree = unified().use(rehypeParse).parse(boundHtmlNesting(html).html) as HastRoot
  const content = mainContent(tree)
  markListLabels(content)
  const root: HastRoot = content.type === 'root' ? content : { type: 'root', children: [content] }
  return mdastToBlocks((await unified().use(rehypeRemark).run(root)) as MdastRoot)
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) htmlFiles(file, out)
    else if (name.endsWith('.html')) out.push(file)
  }
  return out
}

describe('HTML content converted in groups of blocks', () => {
  const files = [...htmlFiles(path.join(repoRoot, 'corpus')), ...htmlFiles(path.join(repoRoot, 'tests', 'fixtures'))]

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('reads %s exactly as one conversion does', async (_name, file) => {
    const html = readFileSync(file, 'utf8')
    const whole = await wholeContentBlocks(html)
    for (const size of [1, 3, 20]) expect((await readHtml(html, size)).blocks).toEqual(whole)
  })

  it('keeps loose text beside blocks in its paragraph, and list numbering across groups', async () => {
    const html = `<html><head><title>T</title></head><body><main><div>Loose words <em>here</em><p>A block</p> more loose</div>
      <section>${Array.from({ length: 6 }, (_, i) => `<h2>Part ${i}</h2><p>Text ${i}</p><ol type="a" start="${i + 1}"><li>one</li><li>two</li></ol>`).join('\n')}</section>
      <div><div><p>deep</p>tail text</div></div></main></body></html>`
    const whole = await wholeContentBlocks(html)
    const grouped = (await readHtml(html, 1)).blocks
    expect(grouped).toEqual(whole)
    expect(grouped.some((b) => b.kind === 'paragraph' && b.text === 'tail text')).toBe(true)
    expect(grouped.filter((b) => b.kind === 'paragraph' && b.label === 'b.')).toHaveLength(6)
  })
})

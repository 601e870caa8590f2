/**
 * The streamed HTML read (html/page-plan.ts, html/stream-content.ts) against the whole-page
 * read it replaced, for markup a streaming converter can get wrong: the parser moves or adds
 * nodes after it built them (tables with stray text, misnested formatting), content after a
 * long navigation or in one of several articles, templates, comments, SVG with CDATA,
 * wrappers that mix loose words with blocks at any depth. Every corpus page and fixture is
 * held to the same in html-chunks.test.ts; here each case is also read with groups of one.
 */
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { readHtml } from '../../src/shared/import/html'
import { mainContent, markListLabels, pageMetadata } from '../../src/shared/import/html/main-content'
import { planPage } from '../../src/shared/import/html/page-plan'
import { mdastToBlocks } from '../../src/shared/import/markdown/mdast-blocks'

/** The importer before issue 12's memory work: the whole page's tree, its content converted at once. */
async function wholePage(html: string) {
  const tree = unified().use(rehypeParse).parse(html) as HastRoot
  const metadata = pageMetadata(tree)
  const content = mainContent(tree)
  markListLabels(content)
  const root: HastRoot = content.type === 'root' ? content : { type: 'root', children: [content] }
  return { blocks: mdastToBlocks((await unified().use(rehypeRemark).run(root)) as MdastRoot), ...metadata }
}

const paragraphs = (n: number, word: string) => Array.from({ length: n }, (_, i) => `<p>${word} ${i + 1}.</p>`).join('\n')

const cases: Record<string, string> = {
  'stray text in a table (foster parenting) inside a wrapper': `<main><div>${paragraphs(3, 'a')}<table><tr><td>a</td></tr>loose <b>words</b> here<tr><td>b</td></tr></table>${paragraphs(2, 'b')}</div>${paragraphs(2, 'c')}</main>`,
  'stray text in a table straight in the content': `<main>${paragraphs(2, 'a')}<table><tr><td>a</td></tr>loose words<tr><td>b</td></tr></table>${paragraphs(2, 'b')}</main>`,
  'misnested formatting (adoption agency)': `<article>${paragraphs(2, 'a')}<p><b>one <i>two</b> three</i> four</p><div><b><p>x</p><p>y</p></b>z</div><p><a href="/x">link <p>para</a> end</article>`,
  'formatting around the content element': '<b><main><p>first</p><p>second</p></main></b><p>after</p>',
  'a furniture link misnested across a paragraph': `<main><div><a class="share"><p>Shared words</a> kept?</p>${paragraphs(3, 'z')}</div></main>`,
  'main after a long navigation, in divs': `<nav>${'<ul><li><a href="#">x</a></li></ul>'.repeat(50)}</nav><div class="wrap"><div><main><h1>T</h1>${paragraphs(5, 'p')}</main></div></div><footer><p>foot</p></footer>`,
  'several articles: the body is the content': `<header><p>site</p></header><article><h2>A</h2>${paragraphs(2, 'a')}</article><div>loose<p>para</p></div><article><h2>B</h2>${paragraphs(2, 'b')}</article>`,
  'a second main and role=main': `<div role="main"><p>first main</p></div><main><p>second</p></main>`,
  'main only inside a template': `<template><main><p>hidden</p></main></template><article><p>the one article</p></article>`,
  'unclosed p and li, lists in tables in lists': `<main><p>one<p>two<ul><li>a<li>b<table><tr><td><ol type="i" start="4"><li>x<li>y</ol></td></tr></table><li>c</ul><p>three</main>`,
  'comments, CDATA in svg, template in the content': `<main><!-- c1 --><p>x</p><!-- c2 --><svg><title>svg title</title><text><![CDATA[a < b]]></text></svg><template><p>t</p></template><p>y</p></main>`,
  'an svg title before the page title': '<html><body><svg><title>Drawn</title></svg><p>words</p></body></html>',
  'wrappers mixing loose words at several depths': `<main><section>${paragraphs(2, 'a')}<div>${paragraphs(2, 'b')}loose<div>${paragraphs(2, 'c')}</div></div>tail</section><div><div>${paragraphs(3, 'd')}</div></div></main>`,
  // Note: streamed through, the div's last words and the section's would run into one paragraph.
  'loose words closing a wrapper, then more in its parent': `<main><section><div><p>a</p>loose end</div>tail words</section>${paragraphs(2, 'b')}</main>`,
  'furniture wrappers and hidden blocks in the chain': `<main><div class="sidebar">${paragraphs(2, 'gone')}</div><section hidden>${paragraphs(2, 'hidden')}</section><header><h1>Title in main</h1></header><div>${paragraphs(3, 'kept')}</div></main>`,
  'the page still open at its end': `<main><section><div>${paragraphs(3, 'open')}<p>last`,
  'frameset': '<html><head><title>T &lt;1&gt;</title><meta property="og:site_name" content="Site"></head><frameset><frame src="a"></frameset></html>',
  'content element that mixes words with blocks': `<main>loose words ${paragraphs(3, 'm')} more loose</main>`,
}

describe('the streamed HTML read', () => {
  it.each(Object.entries(cases))('reads %s as the whole page does', async (_name, html) => {
    const whole = await wholePage(html)
    for (const size of [1, 2, 200]) {
      const streamed = await readHtml(html, size)
      expect(streamed.blocks).toEqual(whole.blocks)
      expect({ title: streamed.title, siteName: streamed.siteName }).toEqual({ title: whole.title, siteName: whole.siteName })
    }
  })

  it('finds the content and the wrappers that mix in loose words before reading it', () => {
    const plan = planPage(cases['main after a long navigation, in divs']!)
    expect(plan.content?.tagName).toBe('main')
    expect(plan.insideMain).toBe(true)
    const articles = planPage(cases['several articles: the body is the content']!)
    expect(articles.content?.tagName).toBe('body')
    expect(articles.insideMain).toBe(false)
    // The div with loose words, and <html> (its <head> is not a block).
    expect(articles.mixed.size).toBe(2)
    expect(planPage(cases['frameset']!).content).toBeNull()
  })
})

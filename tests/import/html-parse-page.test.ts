/**
 * The page's tree as html/parse-page.ts builds it (parse5 with flat strings, its tree let go
 * as hast is built) is exactly hast-util-from-parse5's tree of parse5's own parse, the
 * importer's reader before issue 12's memory work: for every page in the corpus and the
 * fixtures, and for markup that makes the parser move nodes after it built them (tables with
 * stray text, misnested formatting, templates, SVG and MathML, unclosed elements).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fromParse5 } from 'hast-util-from-parse5'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../src/shared/import/html/parse-page'
import { repoRoot } from '../support/paths'
import { treeDifference } from '../support/same-tree'

function reference(html: string) {
  return fromParse5(parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false }))
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) htmlFiles(file, out)
    else if (name.endsWith('.html')) out.push(file)
  }
  return out
}

const awkward = {
  'stray text in a table (foster parenting)': '<table><tr><td>a</td></tr>loose <b>words</b> here<tr><td>b</td></tr></table><p>after</p>',
  'misnested formatting (adoption agency)': '<p><b>one <i>two</b> three</i> four</p><p><a href="/x">link <p>para</a> end',
  'formatting reopened across paragraphs': '<b><p>first</p><p>second</p></b>text',
  'template content': '<template><p>inside <em>template</em></p></template><p>out</p>',
  'svg and mathml': '<p>x<svg viewBox="0 0 1 1"><foreignObject><p>in svg</p></foreignObject><path d="M0 0"/><clipPath id="c"></clipPath></svg><math><mi>x</mi></math></p>',
  'unclosed elements, comments and entities': '<div class=a><ul><li>one<li>two &amp; more<!-- note --><li>three</ul><p>p1<p>p2&#x1b;<dl><dt>t<dd>d</div>tail',
  'long text pieces': `<p>${'word '.repeat(5000)}<br>${'x'.repeat(20_000)}</p>text between<p title="${'t'.repeat(300)}">y</p>`,
  'frameset and head content': '<html><head><title>T &lt;1&gt;</title><meta property="og:site_name" content="Site"></head><frameset><frame src="a"></frameset></html>',
}

describe('the page tree built piecewise', () => {
  const files = [...htmlFiles(path.join(repoRoot, 'corpus')), ...htmlFiles(path.join(repoRoot, 'tests', 'fixtures'))]

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('is the whole-tree conversion for %s', (_name, file) => {
    const html = readFileSync(file, 'utf8')
    // Compared by an explicit-stack walk: the deep-sections fixture nests 2,000 levels.
    expect(treeDifference(parsePage(html), reference(html))).toBeNull()
  })

  it.each(Object.entries(awkward))('is the whole-tree conversion for %s', (_name, html) => {
    const tree = parsePage(html)
    expect(treeDifference(tree, reference(html))).toBeNull()
    expect(JSON.stringify(tree)).toContain('"type":"element"')
  })
})

describe('the tree comparison these tests rely on', () => {
  it('finds a difference at any depth and ignores properties set to undefined', () => {
    const deep = (leaf: string) => {
      let node: Record<string, unknown> = { type: 'text', value: leaf }
      for (let i = 0; i < 5000; i++) node = { type: 'element', tagName: 'section', children: [node] }
      return node
    }
    expect(treeDifference(deep('a'), deep('a'))).toBeNull()
    expect(treeDifference(deep('a'), deep('b'))).toMatch(/children\[0\].*\.value: "a" against "b"$/)
    expect(treeDifference({ x: 1, y: undefined }, { x: 1 })).toBeNull()
    expect(treeDifference({ x: [1, 2] }, { x: [1] })).toBe('$.x: length 2 against 1')
    expect(treeDifference({ x: 1 }, { x: 1, z: 0 })).toBe('$.z: undefined against 0')
  })
})

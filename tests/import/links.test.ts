/**
 * Link safety in Clause.inline, for every importer: only http:, https: and mailto: targets
 * survive as links; any other target (javascript:, data:, vbscript:, file:, relative) keeps
 * only its text. Checked by example for each format, then as a property: whatever targets a
 * document links to, no inline any importer makes contains a link (or image) whose target
 * is not http/https/mailto. Links are found by parsing the inline as Markdown, as a reader would.
 */
import { strToU8, zipSync } from 'fflate'
import fc from 'fast-check'
import type { Nodes } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/shared/import/blocks'
import type { Importer } from '../../src/shared/import/importer'
import { importDocx } from '../../src/shared/import/docx/index'
import { importHtml } from '../../src/shared/import/html'
import { importMarkdown } from '../../src/shared/import/markdown'
import { importOdt } from '../../src/shared/import/odt'
import { importPlainText } from '../../src/shared/import/plain-text'
import { buildDocx, para, run } from './docx/build-docx'

const markdownParser = unified().use(remarkParse).use(remarkGfm)

/** Every target a Markdown reader would follow in this inline: links, images, definitions. */
function targetsIn(inline: string): string[] {
  const out: string[] = []
  const visit = (node: Nodes): void => {
    if ('url' in node && typeof node.url === 'string') out.push(node.url)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(markdownParser.runSync(markdownParser.parse(inline)) as Nodes)
  return out
}

const safe = (target: string): boolean => /^(https?|mailto):/i.test(target)

function inlineTargets(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? targetsIn(b.inline) : []))
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

const ODT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"'

/** One document per format that links the words "link n" to each target, in a sentence. */
const documents: Record<string, { importer: Importer; name: string; make: (targets: string[]) => Uint8Array }> = {
  md: { importer: importMarkdown, name: 'p.md', make: (t) => bytes(`# Policy\n\n${t.map((u, i) => `See [link ${i}](<${u.replace(/[<>\n]/g, '')}>) now.`).join('\n\n')}\n`) },
  'md (reference links and images)': {
    importer: importMarkdown,
    name: 'p.md',
    make: (t) => bytes(`# Policy\n\n${t.map((_, i) => `See [link ${i}][r${i}] and ![image ${i}](<${t[i]!.replace(/[<>\n]/g, '')}>).`).join('\n\n')}\n\n${t.map((u, i) => `[r${i}]: <${u.replace(/[<>\n]/g, '')}>`).join('\n')}\n`),
  },
  html: { importer: importHtml, name: 'p.html', make: (t) => bytes(`<html><body><h1>Policy</h1>${t.map((u, i) => `<p>See <a href="${xml(u)}">link ${i}</a> and <img src="${xml(u)}" alt="image ${i}"> now.</p>`).join('')}</body></html>`) },
  odt: {
    importer: importOdt,
    name: 'p.odt',
    make: (t) =>
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.text'),
        'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODT_NS}><office:body><office:text>${t.map((u, i) => `<text:p>See <text:a xlink:href="${xml(u)}">link ${i}</text:a> now.</text:p>`).join('')}</office:text></office:body></office:document-content>`),
      }),
  },
  docx: {
    importer: importDocx,
    name: 'p.docx',
    make: (t) =>
      buildDocx({
        body: t.map((_, i) => para(run('See ') + `<w:hyperlink r:id="rId${100 + i}">${run(`link ${i}`)}</w:hyperlink>` + run(' now.'))).join(''),
        links: Object.fromEntries(t.map((u, i) => [`rId${100 + i}`, xml(u)])),
      }),
  },
  txt: { importer: importPlainText, name: 'p.txt', make: (t) => bytes(`Policy\n\n${t.map((u, i) => `See [link ${i}](${u}) now.`).join('\n\n')}\n`) },
}

const UNSAFE = ['javascript:alert(1)', 'JAVASCRIPT:alert(document.cookie)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'file:///C:/secret.docx', 'tel:+441234567890', '/relative/page', '#top']

describe.each(Object.entries(documents))('%s', (_, { importer, name, make }) => {
  it('keeps http, https and mailto links, and only the text of any other', async () => {
    const kept = ['https://example.org/code', 'mailto:comms@example.gov.uk']
    const { blocks } = await importer(make([...kept, ...UNSAFE]), name)
    expect(inlineTargets(blocks).every(safe)).toBe(true)
    const text = blocks.map((b) => b.text).join(' ')
    for (let i = 0; i < kept.length + UNSAFE.length; i++) expect(text).toContain(`link ${i}`)
    if (name !== 'p.txt') expect(inlineTargets(blocks)).toEqual(expect.arrayContaining(kept))
  })
})

describe('property: no inline of any importer links to anything but http, https or mailto', () => {
  const scheme = fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'tel', 'ftp', 'http', 'https', 'mailto', 'jav\tascript', ' javascript', 'blob', 'about')
  const target = fc.oneof(
    fc.tuple(scheme, fc.constantFrom(':', '://', ':%0a', '&#58;'), fc.string({ maxLength: 20 })).map(([s, sep, rest]) => `${s}${sep}${rest}`),
    fc.webUrl(),
    fc.string({ maxLength: 30 }),
  )
  it.each(Object.keys(documents))('%s', async (format) => {
    const { importer, name, make } = documents[format]!
    await fc.assert(
      fc.asyncProperty(fc.array(target, { minLength: 1, maxLength: 4 }), async (targets) => {
        const { blocks } = await importer(make(targets.map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''))), name)
        for (const t of inlineTargets(blocks)) expect(safe(t), t).toBe(true)
      }),
      { numRuns: 40 },
    )
  })
})

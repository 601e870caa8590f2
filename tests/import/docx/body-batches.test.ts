/**
 * The body read in batches (body-batches.ts) gives exactly what one parse of the whole part
 * gave: every Word file of the corpus and fixtures imported with one body child a batch equals
 * its import in the usual batches, the cuts fall only between the body's children whatever the
 * XML holds (quoted '>', comments, CDATA, processing instructions), and XML the scan cannot
 * cut safely is left to the parser whole, with its errors as before.
 */
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyBatches, bodyCuts } from '../../../src/shared/import/docx/body-batches'
import { readDocx } from '../../../src/shared/import/docx/read-docx'
import type { Element as XmlElement } from '../../../src/shared/import/xml'
import { repoRoot } from '../../support/paths'
import { buildDocx, NAMESPACES, para, run } from './build-docx'

function wordFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(folder, entry.name)
    return entry.isDirectory() ? wordFiles(at) : entry.name.endsWith('.docx') ? [at] : []
  })
}

const documentOf = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`

describe('the body of a Word file read in batches', () => {
  const files = [...wordFiles(path.join(repoRoot, 'corpus')), ...wordFiles(path.join(repoRoot, 'tests', 'fixtures'))]

  it('finds Word files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
  })

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s reads the same one child a batch as in whole batches', (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file))
    let whole: unknown
    try {
      whole = readDocx(bytes, path.basename(file))
    } catch (error) {
      // A fixture that is meant to fail must fail the same way in small batches.
      expect(() => readDocx(bytes, path.basename(file), 1)).toThrow((error as Error).message)
      return
    }
    expect(readDocx(bytes, path.basename(file), 1)).toEqual(whole)
  })

  it('carries list numbering, fields and notes across batches', () => {
    const numbered = (text: string) => para(run(text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    const body = Array.from({ length: 12 }, (_, i) => numbered(`Staff must keep rule ${i + 1} of the policy in mind.`)).join('')
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
    const bytes = buildDocx({ body, numbering })
    const inOne = readDocx(bytes, 'numbered.docx')
    const oneEach = readDocx(bytes, 'numbered.docx', 1)
    expect(oneEach).toEqual(inOne)
    expect(oneEach.blocks.map((b) => (b.kind === 'paragraph' ? b.label : null))).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`))
  })

  it('cuts only between the body’s children, whatever their attributes, comments and CDATA hold', () => {
    const child = fc.oneof(
      fc.constant('<w:p><w:r><w:t>plain</w:t></w:r></w:p>'),
      fc.constant('<w:p w:rsidR="a>b"><w:r><w:t xml:space="preserve"> x > y </w:t></w:r></w:p>'),
      fc.constant(`<w:p w:rsidR='say "hi" /> there'><w:r><w:t>quoted</w:t></w:r></w:p>`),
      fc.constant('<!-- </w:body> <w:p> -->'),
      fc.constant('<w:p><w:r><w:t><![CDATA[</w:p></w:body>]]></w:t></w:r></w:p>'),
      fc.constant('<?pi </w:body>?>'),
      fc.constant('<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'),
      fc.constant('<w:bookmarkStart w:id="1" w:name="x"/>'),
      fc.constant('\n  '),
    )
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), (children) => {
        const xml = documentOf(children.join(''))
        const found = bodyCuts(xml)
        expect(found).not.toBeNull()
        const { contentStart, contentEnd, cuts } = found!
        expect(xml.slice(contentStart, contentEnd)).toBe(children.join(''))
        expect(cuts[0]).toBe(contentStart)
        expect(cuts[cuts.length - 1]).toBe(contentEnd)
        // Each cut is at a boundary between children as they were written.
        const boundaries = new Set<number>([contentStart])
        let at = contentStart
        for (const c of children) boundaries.add((at += c.length))
        for (const cut of cuts) expect(boundaries.has(cut) || /^\s*$/.test(xml.slice(cut, [...boundaries].find((b) => b >= cut)))).toBe(true)
        // Batches of any size hold every element child once, in order.
        const elements = (batchChars: number) =>
          [...bodyBatches(xml, 'f.docx', 'word/document.xml', batchChars)].flatMap((body) => {
            const out: string[] = []
            for (let n = body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(`${(n as XmlElement).localName}:${n.textContent}`)
            return out
          })
        expect(elements(1)).toEqual(elements(1 << 20))
      }),
      { numRuns: 300 },
    )
  })

  it('leaves what it cannot cut safely to the parser, with the parser’s errors', () => {
    expect(bodyCuts(`<!DOCTYPE x>${documentOf('<w:p/>')}`)).toBeNull()
    expect(bodyCuts(documentOf('<w:p>').replace('</w:body></w:document>', ''))).toBeNull()
    expect(bodyCuts(`<w:document ${NAMESPACES}><w:body/></w:document>`)).toBeNull()
    expect(() => [...bodyBatches(documentOf('<w:p><w:r></w:p>'), 'broken.docx', 'word/document.xml', 1)]).toThrow(/broken\.docx/)
    expect([...bodyBatches(`<w:document ${NAMESPACES}><w:body/></w:document>`, 'empty.docx', 'word/document.xml')]).toHaveLength(1)
    expect([...bodyBatches(`<w:document ${NAMESPACES}></w:document>`, 'nobody.docx', 'word/document.xml')]).toHaveLength(0)
  })
})

/**
 * Bad input: every way a .docx can be unreadable gives a WorkbenchError with its code and a
 * message that starts with the file name; nothing else is ever thrown, and nothing hangs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../../src/shared/errors'
import { importDocx } from '../../../src/shared/import/docx/index'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { fixturePath } from '../../support/paths'
import { buildDocx, NAMESPACES, para, run, styled } from './build-docx'

async function errorOf(bytes: Uint8Array, name = 'policy.docx'): Promise<WorkbenchError> {
  try {
    await importDocx(bytes, name)
  } catch (error) {
    if (error instanceof WorkbenchError) return error
    throw error
  }
  throw new Error(`${name} imported without error`)
}

/** Imports, and fails the test on anything thrown that is not a WorkbenchError. */
async function onlyTypedErrors(bytes: Uint8Array): Promise<void> {
  try {
    await importDocx(bytes, 'fuzz.docx')
  } catch (error) {
    if (!(error instanceof WorkbenchError)) throw error
    expect(error.message.startsWith('fuzz.docx ')).toBe(true)
    expect(error.file).toBe('fuzz.docx')
  }
}

const documentXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`
const zip = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])))

const fixtures = readdirSync(fixturePath('import'))
  .map((name) => path.join(fixturePath('import'), name, 'input.docx'))
  .filter((file) => existsSync(file))
  .map((file) => new Uint8Array(readFileSync(file)))

describe('bad input', () => {
  const valid = buildDocx({ body: para(run('Staff must be polite.')) })

  it.each([
    ['text renamed to .docx', strToU8('This is a plain text policy, renamed.'), 'damaged-file', /^policy\.docx is not a Word document: it is not the zip package/],
    ['a zip cut short', valid.slice(0, Math.floor(valid.length * 0.6)), 'damaged-file', /^policy\.docx could not be opened as a Word document: the file is damaged or incomplete/],
    ['a zip of something else', zip({ 'notes.txt': 'hello' }), 'damaged-file', /^policy\.docx is not a Word document: it is a zip package without the part that holds the text/],
    ['an Excel workbook', zip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' }), 'damaged-file', /^policy\.docx is not a Word document: it is an Excel workbook\. Open the policy in Word, save it as \.docx/],
    ['an OpenDocument file', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), 'damaged-file', /it is an OpenDocument file/],
    ['an RTF file', strToU8('{\\rtf1\\ansi Staff policy}'), 'unsupported-format', /^policy\.docx is a Rich Text \(RTF\) file, not a Word document.*save it as \.docx, and import it again\.$/],
    ['malformed document XML', zip({ 'word/document.xml': '<w:document><w:body><w:p></w:body>' }), 'damaged-file', /^policy\.docx is damaged: its part word\/document\.xml is not valid XML/],
    ['malformed styles XML', zip({ 'word/document.xml': documentXml(para(run('Text.'))), 'word/styles.xml': '<w:styles' }), 'damaged-file', /its part word\/styles\.xml is not valid XML/],
    ['a document part without a body', zip({ 'word/document.xml': `<w:document ${NAMESPACES}/>` }), 'damaged-file', /^policy\.docx is damaged: its document part has no body/],
    ['an empty document', buildDocx({ body: para('') + styled('Heading1', ' ') }), 'no-content', /^policy\.docx has no text to import: the document is empty\.$/],
  ])('%s', async (_, bytes, code, message) => {
    const error = await errorOf(bytes)
    expect(error.code).toBe(code)
    expect(error.file).toBe('policy.docx')
    expect(error.message).toMatch(message)
  })

  it('says an OLE file is password-protected or Word 97-2003, and what to do', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const error = await errorOf(ole, 'Confidential policy.docx')
    expect(error.code).toBe('password-protected')
    expect(error.file).toBe('Confidential policy.docx')
    expect(error.message).toMatch(/^Confidential policy\.docx could not be opened: it is either a Word document protected with a password, or an old Word 97-2003 file \(\.doc\)/)
    expect(error.message).toMatch(/Open it in Word, remove the password or save it as \.docx, and import it again\.$/)
  })

  it('refuses a zip bomb without unpacking it', async () => {
    const huge = strToU8(documentXml(para(run(' '.repeat(3 * 1024 * 1024)))))
    const bomb = zipSync({ 'word/document.xml': [huge, { level: 9 }] })
    const error = await errorOf(bomb)
    expect(error.code).toBe('unpacks-too-large')
    expect(error.message).toMatch(/^policy\.docx would unpack to more than/)
  })

  it('says a document of pictures only has no text, and why', async () => {
    const picture = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    const error = await errorOf(buildDocx({ body: para(picture) + para(picture) }), 'scan.docx')
    expect(error.code).toBe('no-content')
    expect(error.message).toBe('scan.docx has no text to import: it holds only pictures (2 images), and pictures are not imported. If it is a scanned policy, ask for the original document.')
  })

  it('gives a typed error, not a crash, for contents nested deeper than the call stack', async () => {
    const depth = 12_000
    const nested = '<w:sdt><w:sdtContent>'.repeat(depth) + para(run('Deep.')) + '</w:sdtContent></w:sdt>'.repeat(depth)
    // Stored without compression: the zip-bomb guard would refuse text this repetitive otherwise.
    const stored = zipSync({ 'word/document.xml': [strToU8(documentXml(nested)), { level: 0 }] })
    const result: unknown = await importDocx(stored, 'deep.docx').catch((e: unknown) => e)
    if (result instanceof Error) {
      expect(result).toBeInstanceOf(WorkbenchError)
      expect((result as WorkbenchError).code).toBe('damaged-file')
    } else {
      expect((result as ImportedContent).blocks.map((b) => b.text)).toEqual(['Deep.'])
    }
  })
})

describe('no hangs', () => {
  it('reads thousands of unclosed fields and nested runs in linear time', async () => {
    const n = 20_000
    const body = para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'.repeat(n) + run('Shown.').repeat(n))
    const content = await importDocx(buildDocx({ body, store: true }), 'fields.docx')
    expect(content.blocks).toHaveLength(1)
    expect(content.warnings).toContain('Some text may be missing: a field (such as a cross-reference) is not closed properly in the file.')
    // Note: a quadratic walk takes minutes here, the linear one well under a second: the test's
    // time limit catches it coming back, without a clock assertion that load could trip.
  }, 30_000)

  it('does not expand entities a file declares for itself ("billion laughs")', async () => {
    let entities = '<!ENTITY a0 "lol">'
    for (let i = 1; i < 12; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${entities}]>` + documentXml(para(run('Laugh: &a11;'))).replace(/^<\?xml[^>]*>/, '')
    const result: unknown = await importDocx(zip({ 'word/document.xml': xml }), 'laughs.docx').catch((e: unknown) => e)
    if (result instanceof Error) expect(result).toBeInstanceOf(WorkbenchError)
    else expect((result as ImportedContent).blocks[0]!.text.length).toBeLessThan(100)
  })
})

describe('packages that are unusual but valid', () => {
  it('finds the main part through the package relationships, under any name', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>'
    const content = await importDocx(zip({ '_rels/.rels': rels, 'word/main.xml': documentXml(para(run('Renamed main part.'))) }), 'odd.docx')
    expect(content.blocks.map((b) => b.text)).toEqual(['Renamed main part.'])
  })

  it('reads Strict Open XML and UTF-16 parts', async () => {
    const strict = `<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>${para(run('Strict text.'))}</w:body></w:document>`
    expect((await importDocx(zip({ 'word/document.xml': strict }), 'strict.docx')).blocks.map((b) => b.text)).toEqual(['Strict text.'])
    const utf16 = documentXml(para(run('Wide text – with a dash.'))).replace('UTF-8', 'UTF-16')
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(utf16).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
    expect((await importDocx(zip({ 'word/document.xml': bytes }), 'wide.docx')).blocks.map((b) => b.text)).toEqual(['Wide text – with a dash.'])
  })
})

describe('never anything but a WorkbenchError (property tests)', () => {
  it('for arbitrary bytes, and arbitrary bytes after a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, asZip) => {
        await onlyTypedErrors(asZip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes)
      }),
      { numRuns: 150 },
    )
  })

  it('for real Word files cut short at any point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (which, at) => {
        const bytes = fixtures[which]!
        await onlyTypedErrors(bytes.slice(0, Math.floor(bytes.length * at)))
      }),
      { numRuns: 60 },
    )
  })

  it('for real Word files with random bytes changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: fixtures.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
        async (which, flips) => {
          const bytes = fixtures[which]!.slice()
          for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value
          await onlyTypedErrors(bytes)
        },
      ),
      { numRuns: 120 },
    )
  })

  it('for well-formed but arbitrary arrangements of WordprocessingML', async () => {
    const leaf = fc.constantFrom(
      run('words'),
      '<w:r><w:t>x</w:t><w:tab/><w:br/><w:noBreakHyphen/><w:sym w:char="F0B7"/><w:sym w:char="zz"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:instrText>HYPERLINK "https://example.org"</w:instrText></w:r>',
      '<w:r><w:footnoteReference w:id="1"/></w:r>',
      '<w:r><w:footnoteReference/></w:r>',
      '<w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="-4"/><w:pStyle w:val="Heading1"/></w:pPr>',
      '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:rPr><w:del/></w:rPr></w:pPr>',
      '<w:trPr><w:del/></w:trPr>',
      '<w:commentRangeStart w:id="0"/>',
      '<mc:AlternateContent/>',
      '<w:hyperlink r:id="nope"/>',
      '<w:t>loose</w:t>',
      '',
    )
    const tree = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(
          fc.constantFrom('w:p', 'w:r', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:hyperlink', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:txbxContent', 'w:drawing', 'w:fldSimple', 'mc:Choice', 'm:oMath', 'w:customXml'),
          fc.array(tie('node'), { maxLength: 4 }),
        ).map(([tag, children]) => `<${tag}${tag === 'w:fldSimple' ? ' w:instr="HYPERLINK &quot;x&quot;"' : ''}>${children.join('')}</${tag}>`),
      ),
    }))
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="99999999"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2.%9"/><w:lvlRestart w:val="x"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-5"/></w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>`
    await fc.assert(
      fc.asyncProperty(fc.array(tree.node, { maxLength: 6 }), async (nodes) => {
        await onlyTypedErrors(buildDocx({ body: nodes.join(''), numbering, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:footnote>' }))
      }),
      { numRuns: 200 },
    )
  })
})

/**
 * Bad input to the PDF importer: each case gives its WorkbenchError code and a message that
 * starts with the file's name and says what to do, in plain words.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../../src/shared/errors'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importPdf } from '../../../src/shared/import/pdf'
import { fixturePath } from '../../support/paths'
import { makePdf } from './support/make-pdf'

const read = (...parts: string[]): Uint8Array => new Uint8Array(readFileSync(fixturePath('import', ...parts)))
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0))

async function errorOf(bytes: Uint8Array, name: string): Promise<WorkbenchError> {
  try {
    await importPdf(bytes, name)
  } catch (e) {
    if (e instanceof WorkbenchError) return e
    throw e
  }
  throw new Error(`${name} imported without error`)
}

describe('files that are not PDFs', () => {
  it.each([
    ['notes.pdf', latin1('Staff may use social media in their own time.'), /^notes\.pdf is not a PDF, although its name ends in \.pdf\. Check that it is the right file/],
    ['policy.pdf', latin1('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml'), /^policy\.pdf is not a PDF.*Word or other Office document/],
    ['page.pdf', latin1('<!DOCTYPE html><html><body>Policy</body></html>'), /^page\.pdf is not a PDF.*web page/],
    ['late.pdf', latin1(' '.repeat(1100) + '%PDF-1.4\n'), /^late\.pdf is not a PDF/],
  ])('%s is a damaged-file error', async (name, bytes, message) => {
    const error = await errorOf(bytes, name)
    expect(error.code).toBe('damaged-file')
    expect(error.file).toBe(name)
    expect(error.message).toMatch(message)
  })
})

describe('damaged PDFs', () => {
  it.each([
    ['a PDF header and nothing else', latin1('%PDF-1.7\n')],
    ['a header followed by junk', latin1('%PDF-1.4\n' + 'not really a pdf at all '.repeat(20))],
    ['the first 2 KB of a real policy', read('council-policy', 'input.pdf').subarray(0, 2048)],
  ])('%s is a damaged-file error naming the file', async (_, bytes) => {
    const error = await errorOf(bytes, 'broken.pdf')
    expect(error.code).toBe('damaged-file')
    expect(error.message).toBe(
      'broken.pdf is damaged or incomplete, so it cannot be read as a PDF. Download or export it again and import the new copy.',
    )
  })

  it('leaves out a page that cannot be read, imports the rest and says so', async () => {
    const pages = ['first', 'second'].map((w) => ({ texts: [{ text: `This is the ${w} page of the policy.`, x: 60, y: 200 }] }))
    // Page 2's entry in the page tree points at an object that does not exist.
    const pdf = new TextDecoder('latin1').decode(makePdf({ pages })).replace('/Kids [6 0 R 8 0 R]', '/Kids [6 0 R 9 0 R]')
    const content = await importPdf(latin1(pdf), 'torn.pdf')
    expect(content.blocks.map((b) => b.text)).toEqual(['This is the first page of the policy.'])
    expect(content.warnings).toEqual(['Page 2 could not be read (the file is damaged there) and was left out.'])
  })

  it('leaves the caller’s bytes intact (pdfjs is given a copy)', async () => {
    const bytes = read('council-policy', 'input.pdf')
    const before = bytes.slice()
    await importPdf(bytes, 'policy.pdf')
    expect(bytes.byteLength).toBe(before.byteLength)
    expect(bytes).toEqual(before)
  })
})

describe('encrypted PDFs', () => {
  it('refuses one that needs a password to open, saying what to do', async () => {
    const error = await errorOf(read('pdf-variants', 'user-password.pdf'), 'locked.pdf')
    expect(error.code).toBe('password-protected')
    expect(error.message).toBe('locked.pdf is protected with a password. Open it, save a copy without the password, and import that.')
  })

  it('imports one with only an owner password (permissions) exactly as the unencrypted policy', async () => {
    const plain = await importPdf(read('council-policy', 'input.pdf'), 'policy.pdf')
    const owner: ImportedContent = await importPdf(read('pdf-variants', 'owner-password-only.pdf'), 'policy.pdf')
    expect(owner).toEqual(plain)
  })
})

describe('PDFs without text', () => {
  it('calls a scanned policy (pages of images) a scan and says how to fix it', async () => {
    const error = await errorOf(read('pdf-variants', 'scanned.pdf'), 'scan.pdf')
    expect(error.code).toBe('scanned-pdf')
    expect(error.message).toBe(
      'scan.pdf looks like a scan: its 2 pages are images with no text. Run it through OCR (text recognition) first, or import the Word version if you have it.',
    )
  })

  it('says "its only page" for a one-page PDF that only draws a rectangle', async () => {
    const error = await errorOf(makePdf({ pages: [{ rects: [[50, 50, 200, 100]] }] }), 'box.pdf')
    expect(error.code).toBe('scanned-pdf')
    expect(error.message).toMatch(/^box\.pdf looks like a scan: its only page is an image with no text\./)
  })

  it('treats a PDF whose only text is page numbers as a scan too', async () => {
    const pages = [1, 2, 3].map((n) => ({ rects: [[40, 40, 300, 400]] as [number, number, number, number][], texts: [{ text: `Page ${n} of 3`, x: 180, y: 570, size: 8 }] }))
    expect((await errorOf(makePdf({ pages }), 'stamped.pdf')).code).toBe('scanned-pdf')
  })

  it('imports a PDF with some image-only pages, with a warning naming them', async () => {
    const text = { texts: [{ text: 'Staff must not share passwords on social media.', x: 60, y: 100 }] }
    const image = { rects: [[40, 40, 300, 400]] as [number, number, number, number][] }
    const content = await importPdf(makePdf({ pages: [text, image, text, image] }), 'mixed.pdf')
    expect(content.blocks.map((b) => b.text)).toEqual(['Staff must not share passwords on social media.', 'Staff must not share passwords on social media.'])
    expect(content.warnings).toEqual(['Pages 2, 4 have no text, only images (perhaps scanned pages), so nothing on them was imported.'])
  })
})

describe('bounds', () => {
  it('refuses more than 2,000 pages without reading them', async () => {
    const page = { texts: [{ text: 'Clause', x: 60, y: 100 }] }
    const bytes = makePdf({ pages: Array.from({ length: 2001 }, () => page), shareContent: true })
    const error = await errorOf(bytes, 'everything.pdf')
    expect(error.code).toBe('file-too-large')
    expect(error.message).toBe(
      'everything.pdf has 2,001 pages, more than the 2,000 a policy could have; it was not imported. Split it into the documents it contains and import those.',
    )
  }, 30_000)

  it('reads a PDF with no pages as having nothing to import', async () => {
    const error = await errorOf(makePdf({ pages: [] }), 'empty.pdf')
    expect(error.code).toBe('no-content')
    expect(error.message).toBe('empty.pdf is a PDF with no pages, so there is nothing in it to import.')
  })
})

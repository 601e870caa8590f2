/**
 * The same policy as a Word (or OpenDocument) file and as the PDF LibreOffice prints from it
 * (tests/fixtures/word-and-pdf/make.sh) must give the same clauses and the same source details:
 * an officer may be sent either, and comparing the PDF must not differ from comparing the file
 * (issue 11). Layout differs (a subtitle printed large, a table's cells split by gaps, a
 * field table with no separators), so each difference found here was a reading fault.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import { policyClauses } from '../../src/shared/model-clauses'

const corpus = path.join(__dirname, '../../corpus')
const pdfs = path.join(__dirname, '../fixtures/word-and-pdf')

async function load(file: string) {
  return importFile({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)), importedAt: 'x' })
}

/** Clause text as both formats can show it: quotes, cell separators and spacing aside. */
const plain = (text: string): string =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim()

describe('a Word file and its PDF', () => {
  it.each([
    'ashbury-youth-service-social-media.docx',
    'eastbrook-social-media-policy.docx',
    'riverside-social-media-policy-v0.3.docx',
    'national-social-media-guidance-civil-servants.odt',
    'wealdham-social-media-guidance.odt',
  ])('%s gives the same clauses and details as its PDF', async (name) => {
    const word = await load(path.join(corpus, name))
    const pdf = await load(path.join(pdfs, name.replace(/\.\w+$/, '.pdf')))
    expect(pdf.title).toBe(word.title)
    expect(policyClauses(pdf).map((c) => plain(c.text))).toEqual(policyClauses(word).map((c) => plain(c.text)))
    expect(pdf.documentControl ?? {}).toEqual(word.documentControl ?? {})
  })
})

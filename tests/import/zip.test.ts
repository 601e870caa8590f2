/** The zip reader every package format uses: limits on size and ratio, damage reported. */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readZipEntries } from '../../src/shared/import/zip'

const wantAll = (): boolean => true

describe('readZipEntries', () => {
  it('returns only the entries asked for', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>'), 'media/img.png': new Uint8Array(10) })
    const entries = readZipEntries(zip, 'x.docx', 'Word document', (n) => n.endsWith('.xml'))
    expect([...entries.keys()].sort()).toEqual(['a.xml', 'b.xml'])
  })

  it('refuses more than the size limit in total', () => {
    const random = new Uint8Array(600 * 1024).map((_, i) => (i * 2654435761) >>> 24)
    const zip = zipSync({ 'a.xml': random, 'b.xml': random })
    expect(() => readZipEntries(zip, 'big.docx', 'Word document', wantAll, { maxUnpackedBytes: 1024 * 1024 })).toThrow(/big\.docx would unpack to more than 1 MB/)
  })

  it('refuses a truncated file, naming it', () => {
    const zip = zipSync({ 'content.xml': strToU8('<office:text>' + 'policy text '.repeat(500) + '</office:text>') })
    expect(() => readZipEntries(zip.subarray(0, zip.length - 30), 'cut.odt', 'OpenDocument text file', wantAll)).toThrow(
      /^cut\.odt could not be opened as an OpenDocument text file: the file is damaged or incomplete/,
    )
  })

  it('refuses bytes that are not a zip', () => {
    expect(() => readZipEntries(strToU8('%PDF-1.7 not a zip at all, honestly'), 'x.docx', 'Word document', wantAll)).toThrow(/^x\.docx is not a Word document/)
  })
})

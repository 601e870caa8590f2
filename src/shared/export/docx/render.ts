/**
 * The export document as a .docx: A4 with sensible margins, real styles and one multilevel
 * list, header and footer, comments, revisions; packed repeatably (packing.ts).
 *
 * Two writers give the same bytes: the text writer (text-package.ts), which loads nothing,
 * and docx (docx-document.ts), loaded only for what the text writer cannot yet write
 * (text-scope.ts: comments, contents, revisions, links). Why two: loading and running docx was
 * most of a plain `policy-workbench compose --out` (issue 9);
 * tests/export/text-writer.test.ts holds them to the same bytes.
 */
import type { ExportDocument } from '../model'
import { pageSize } from './page'
import { repack } from './packing'
import { textPackage } from './text-package'
import { canWriteAsText } from './text-scope'
import type { ZipCodec } from './zip-write'

export interface RenderChoice {
  /** false: every paragraph through docx's object tree (the tests compare the paths). */
  fastParagraphs?: boolean
  /** 'docx' forces the docx writer even where the text writer could write the document. */
  writer?: 'text' | 'docx'
  /** The host's deflate and CRC-32 for the zip (zip-write.ts); fflate's (pure-zip-codec.ts) when absent. */
  zip?: ZipCodec
}

/** Which writer renders `doc` given the caller's choice. */
export function chooseWriter(doc: ExportDocument, how: RenderChoice = {}): 'text' | 'docx' {
  if (how.writer === 'docx' || how.fastParagraphs === false) return 'docx'
  return canWriteAsText(doc) ? 'text' : 'docx'
}

export async function renderDocx(doc: ExportDocument, how: RenderChoice = {}): Promise<Uint8Array> {
  const parts =
    chooseWriter(doc, how) === 'text'
      ? textPackage(doc, pageSize(doc.landscape === true))
      : // Note: docx (350 KB of code) loads only here.
        await (await import('./docx-document')).docxParts(doc, how)
  if (doc.referenceStyles !== undefined) {
    // Note: loaded only for a template: its XML parser is a fifth of what the writer loads.
    const { mergeReferenceStyles } = await import('./reference-styles')
    const ours = parts['word/styles.xml']!
    parts['word/styles.xml'] = mergeReferenceStyles(doc.referenceStyles, typeof ours === 'string' ? ours : new TextDecoder().decode(ours))
  }
  // Note: fflate loads only for a host without a codec of its own (zip-write.ts).
  const codec = how.zip ?? (await import('./pure-zip-codec')).pureZipCodec
  return repack(parts, { date: `${doc.meta.date}T00:00:00Z` }, codec)
}

/**
 * The export document's parts written by docx: every kind of block, comments, revisions and
 * moves, the contents field, links. Plain numbered paragraphs, the bulk of a policy, are
 * written as text even here (fast-paragraphs.ts). render.ts sends a document here only when
 * the text writer cannot take it (text-scope.ts), so docx loads only then.
 */
import { Document, type ISectionOptions, Packer, PageOrientation, Paragraph } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import type { ExportDocument } from '../model'
import { blockContent } from './blocks'
import { type FastStretch, fillStretches, isPlainNumbered, placeholderParagraph, placeholderStyle } from './fast-paragraphs'
import { pageFooter, pageHeader } from './header-footer'
import { policyNumbering } from './numbering'
import type { PackageParts } from './packing'
import { Revisions } from './revision-ids'
import { documentStyles } from './styles'

/** A4 in twips; 2.54 cm margins, the header and footer 1.25 cm from the edge. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 709, footer: 709 } }

/** Landscape: docx swaps width and height itself when told the orientation. */
const LANDSCAPE = { ...PAGE, size: { ...PAGE.size, orientation: PageOrientation.LANDSCAPE } }

/** `fastParagraphs: false` writes every paragraph through docx: the tests compare the two paths. */
export async function docxParts(doc: ExportDocument, how: { fastParagraphs?: boolean } = {}): Promise<PackageParts> {
  const timestamp = `${doc.meta.date}T00:00:00Z`
  const revisions = new Revisions(doc.meta.author, timestamp, doc.comments.length + 1)
  // Each restart marker moves the numbered paragraphs after it to a new instance of the list.
  let listInstance = 0
  const stretches: FastStretch[] = []
  let open: FastStretch | null = null
  const withContents = doc.blocks.some((b) => b.kind === 'contents')
  const children = doc.blocks.flatMap((b) => {
    if (how.fastParagraphs !== false && isPlainNumbered(b, withContents)) {
      if (open) {
        open.blocks.push(b)
        return []
      }
      open = { style: placeholderStyle(stretches.length + 1), blocks: [b] }
      stretches.push(open)
      return [placeholderParagraph(open, listInstance)]
    }
    open = null
    if (b.kind === 'restart-numbering') listInstance++
    return blockContent(b, revisions, listInstance)
  })
  const section: ISectionOptions = {
    properties: { page: doc.landscape ? LANDSCAPE : PAGE },
    headers: { default: pageHeader(doc.meta) },
    footers: { default: pageFooter(doc.meta) },
    children,
  }
  const file = new Document({
    title: doc.meta.title,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    revision: 1,
    styles: documentStyles(),
    numbering: policyNumbering(doc.meta.numbering),
    features: { updateFields: withContents },
    comments: {
      children: doc.comments.map((c) => ({
        id: c.id,
        author: c.author,
        date: new Date(c.date),
        children: c.paragraphs.map((text) => new Paragraph({ text })),
      })),
    },
    sections: [section],
  })
  const parts = await compile(file)
  const body = parts['word/document.xml']!
  parts['word/document.xml'] = fillStretches(typeof body === 'string' ? body : strFromU8(body), stretches)
  return parts
}

type Compiler = { compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array> }

/**
 * The package's parts. Note: docx's Packer zips them, and packing.ts must open the zip again
 * to make it repeatable; where docx's compiler is reachable (docx 9: Packer.compiler) its
 * parts are taken unzipped, which saves a deflate and an inflate of every part.
 */
async function compile(file: Document): Promise<PackageParts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler
  if (compiler && typeof compiler.compile === 'function') return Object.fromEntries(compiler.compile(file, undefined, []))
  return unzipSync(await Packer.pack(file, 'uint8array'))
}

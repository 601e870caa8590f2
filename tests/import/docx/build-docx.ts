/**
 * Builds small .docx packages from XML strings, so each test says exactly which WordprocessingML
 * it feeds the importer. Only the parts a test gives are written (plus the package plumbing).
 */
import { strToU8, zipSync, type Zippable } from 'fflate'
import type { Block } from '../../../src/shared/import/blocks'
import type { ImportedContent } from '../../../src/shared/import/importer'
import { importDocx } from '../../../src/shared/import/docx/index'

export const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
].join(' ')

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A Word-like style sheet: Normal (default), Title, Heading 1-3, List Paragraph. */
export const DEFAULT_STYLES = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>`

export interface DocxSpec {
  /** Inner XML of w:body. */
  body: string
  /** Extra w:style elements, added to DEFAULT_STYLES. */
  styles?: string
  /** Replace the whole style sheet's inner XML; null leaves word/styles.xml out. */
  styleSheet?: string | null
  /** Inner XML of w:numbering. */
  numbering?: string
  /** Inner XML of w:footnotes / w:endnotes (separators are added). */
  footnotes?: string
  endnotes?: string
  /** External hyperlink targets of the document (and of the footnotes), by relationship id. */
  links?: Record<string, string>
  footnoteLinks?: Record<string, string>
  coreTitle?: string
  company?: string
  /** Any other part, by name. */
  extraParts?: Record<string, string | Uint8Array>
  /** Store without compression (for repetitive test text the zip-bomb guard would refuse). */
  store?: boolean
}

const wrap = (root: string, inner: string): string => `${XML_DECL}<w:${root} ${NAMESPACES}>${inner}</w:${root}>`

function rels(entries: { id: string; type: string; target: string; external?: boolean }[]): string {
  const items = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${e.target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${e.external ? ' TargetMode="External"' : ''}/>`)
  return `${XML_DECL}<Relationships xmlns="${REL_NS}">${items.join('')}</Relationships>`
}

const SEPARATORS = (kind: string): string =>
  `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`

export function buildDocx(spec: DocxSpec): Uint8Array {
  const files: Zippable = {}
  const put = (name: string, text: string | Uint8Array): void => {
    files[name] = typeof text === 'string' ? strToU8(text) : text
  }
  const docRels: { id: string; type: string; target: string; external?: boolean }[] = []
  const packageRels = [{ id: 'rId1', type: `${REL_TYPE}/officeDocument`, target: 'word/document.xml' }]

  put('word/document.xml', wrap('document', `<w:body>${spec.body}<w:sectPr/></w:body>`))
  if (spec.styleSheet !== null) {
    put('word/styles.xml', wrap('styles', spec.styleSheet ?? DEFAULT_STYLES + (spec.styles ?? '')))
    docRels.push({ id: 'rIdStyles', type: `${REL_TYPE}/styles`, target: 'styles.xml' })
  }
  if (spec.numbering !== undefined) {
    put('word/numbering.xml', wrap('numbering', spec.numbering))
    docRels.push({ id: 'rIdNumbering', type: `${REL_TYPE}/numbering`, target: 'numbering.xml' })
  }
  for (const kind of ['footnote', 'endnote'] as const) {
    const inner = kind === 'footnote' ? spec.footnotes : spec.endnotes
    if (inner === undefined) continue
    put(`word/${kind}s.xml`, wrap(`${kind}s`, SEPARATORS(kind) + inner))
    docRels.push({ id: `rId${kind}s`, type: `${REL_TYPE}/${kind}s`, target: `${kind}s.xml` })
  }
  if (spec.footnoteLinks) {
    put('word/_rels/footnotes.xml.rels', rels(Object.entries(spec.footnoteLinks).map(([id, target]) => ({ id, type: `${REL_TYPE}/hyperlink`, target, external: true }))))
  }
  for (const [id, target] of Object.entries(spec.links ?? {})) docRels.push({ id, type: `${REL_TYPE}/hyperlink`, target, external: true })
  if (spec.coreTitle !== undefined) {
    put('docProps/core.xml', `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>${spec.coreTitle}</dc:title><dcterms:created>2024-05-01T10:00:00Z</dcterms:created></cp:coreProperties>`)
    packageRels.push({ id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' })
  }
  if (spec.company !== undefined) {
    put('docProps/app.xml', `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${spec.company}</Company></Properties>`)
    packageRels.push({ id: 'rId3', type: `${REL_TYPE}/extended-properties`, target: 'docProps/app.xml' })
  }
  put('word/_rels/document.xml.rels', rels(docRels))
  put('_rels/.rels', rels(packageRels))
  put('[Content_Types].xml', `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`)
  for (const [name, content] of Object.entries(spec.extraParts ?? {})) put(name, content)
  return zipSync(files, { level: spec.store ? 0 : 6 })
}

/** A run of text, optionally with run properties ("<w:b/>"). */
export const run = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`

/** A paragraph from inner content, optionally with paragraph properties. */
export const para = (content: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`

/** A paragraph of one plain run in a style. */
export const styled = (style: string, text: string): string => para(run(text), `<w:pStyle w:val="${style}"/>`)

/** A list paragraph: numbering given directly. */
export const item = (numId: number | string, ilvl: number, text: string): string =>
  para(run(text), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`)

/** One w:lvl. */
export const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = '', start: number | null = 1): string =>
  `<w:lvl w:ilvl="${ilvl}">${start === null ? '' : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`

export const abstractNum = (id: number, levels: string, extra = ''): string => `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`
export const num = (numId: number, abstractId: number, overrides = ''): string => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`

export async function importSpec(spec: DocxSpec, fileName = 'policy.docx'): Promise<ImportedContent> {
  return importDocx(buildDocx(spec), fileName)
}

/** Blocks in a compact form that reads well in an assertion. */
export function brief(blocks: readonly Block[]): string[] {
  return blocks.map((b) => (b.kind === 'heading' ? `H${b.level} ${b.text}` : `${'  '.repeat(b.level)}${b.label ? `${b.label} ` : ''}${b.text}`))
}

export async function briefOf(spec: DocxSpec): Promise<string[]> {
  return brief((await importSpec(spec)).blocks)
}

/**
 * The whole package as text, without docx: what render.ts gets from docx for a document the
 * text writer takes (text-scope.ts), part for part and byte for byte, for packing.ts to zip.
 * Why: loading and running docx was most of a `policy-workbench compose --out` run (issue 9);
 * its fixed parts are text-constants.ts, the rest is written here and in text-body.ts.
 */
import type { ExportDocument, ExportMeta } from '../model'
import { escapeXml } from './paragraph-xml'
import type { PackageParts } from './packing'
import { type PageSize, textWidth } from './page'
import { bodyXml } from './text-body'
import { commentsXml, contentTypesXml } from './text-comments'
import {
  APP_XML,
  CUSTOM_XML,
  DOCUMENT_OPEN,
  EMPTY_RELS_XML,
  ENDNOTES_XML,
  FONT_TABLE_XML,
  FOOTNOTES_XML,
  PACKAGE_RELS_XML,
  SETTINGS_OPEN,
  STYLES_XML,
  THEME_XML,
} from './text-constants'
import { footerXml, headerXml } from './text-header-footer'
import { numberingXml } from './text-numbering'
import { RevisionCounter } from './text-revisions'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/**
 * The document's relationships, numbered as docx numbers them: its parts (with comments, the
 * comments part before the header), then one per hyperlink in order (rIdLink1, ...:
 * packing.ts's names for docx's random ids, which still take a number each), then the font
 * table.
 */
function documentRelsXml(links: readonly string[], withComments: boolean): string {
  const parts = [
    'styles" Target="styles.xml',
    'numbering" Target="numbering.xml',
    'footnotes" Target="footnotes.xml',
    'endnotes" Target="endnotes.xml',
    'settings" Target="settings.xml',
    ...(withComments ? ['comments" Target="comments.xml'] : []),
    'header" Target="header1.xml',
    'footer" Target="footer1.xml',
    'theme" Target="theme/theme1.xml',
  ]
  const rels = [
    ...parts.map((rel, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${rel}"/>`),
    ...links.map((target, i) => `<Relationship Id="rIdLink${i + 1}" Type="${REL}/hyperlink" Target="${escapeXml(target)}" TargetMode="External"/>`),
    `<Relationship Id="rId${parts.length + links.length + 1}" Type="${REL}/fontTable" Target="fontTable.xml"/>`,
  ]
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`
}

/** Settings: Word updates fields on opening only when there is a table of contents to fill in. */
const settingsXml = (updateFields: boolean): string =>
  `${SETTINGS_OPEN}<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/>${updateFields ? '<w:updateFields/>' : '<w:updateFields w:val="false"/>'}<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>`

export function textPackage(doc: ExportDocument, page: PageSize): PackageParts {
  const body = bodyXml(doc.blocks, textWidth(page), new RevisionCounter(doc.meta.author, `${doc.meta.date}T00:00:00Z`, doc.comments.length + 1))
  const withComments = doc.comments.length > 0
  // Note: the comments part takes rId6, moving the header, footer and theme one on.
  const headerId = withComments ? 7 : 6
  return {
    '[Content_Types].xml': contentTypesXml(withComments),
    '_rels/.rels': PACKAGE_RELS_XML,
    'docProps/app.xml': APP_XML,
    'docProps/core.xml': coreXml(doc.meta),
    'docProps/custom.xml': CUSTOM_XML,
    'word/_rels/document.xml.rels': documentRelsXml(body.links, withComments),
    'word/_rels/endnotes.xml.rels': EMPTY_RELS_XML,
    'word/_rels/fontTable.xml.rels': EMPTY_RELS_XML,
    'word/_rels/footer1.xml.rels': EMPTY_RELS_XML,
    'word/_rels/footnotes.xml.rels': EMPTY_RELS_XML,
    'word/_rels/header1.xml.rels': EMPTY_RELS_XML,
    ...(withComments ? { 'word/_rels/comments.xml.rels': EMPTY_RELS_XML, 'word/comments.xml': commentsXml(doc.comments) } : {}),
    'word/document.xml': `${DOCUMENT_OPEN}<w:body>${body.xml}${sectionXml(page, headerId)}</w:body></w:document>`,
    'word/endnotes.xml': ENDNOTES_XML,
    'word/fontTable.xml': FONT_TABLE_XML,
    'word/footer1.xml': footerXml(doc.meta),
    'word/footnotes.xml': FOOTNOTES_XML,
    'word/header1.xml': headerXml(doc.meta),
    'word/numbering.xml': numberingXml(doc.meta.numbering, body.listInstances),
    'word/settings.xml': settingsXml(body.withContents),
    'word/styles.xml': STYLES_XML,
    'word/theme/theme1.xml': THEME_XML,
  }
}

/** The section's page, header and footer (relationships `headerId` and the next). */
function sectionXml(page: PageSize, headerId: number): string {
  const m = page.margin
  return `<w:sectPr><w:headerReference w:type="default" r:id="rId${headerId}"/><w:footerReference w:type="default" r:id="rId${headerId + 1}"/><w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="${page.landscape ? 'landscape' : 'portrait'}"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>`
}

/** Core properties as docx writes them: empty values left out; packing.ts sets the dates. */
function coreXml(meta: ExportMeta): string {
  const element = (name: string, value: string): string => (value ? `<${name}>${escapeXml(value)}</${name}>` : '')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${element('dc:title', meta.title)}${element('dc:creator', meta.author)}${element('cp:lastModifiedBy', meta.author)}<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF"></dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF"></dcterms:modified></cp:coreProperties>`
}

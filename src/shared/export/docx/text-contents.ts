/**
 * The table of contents as docx writes it (blocks.ts: TableOfContents with hyperlinks, section
 * headings only): a content control holding a TOC field whose cached entries link to bookmarks
 * _Toc1, _Toc2, ... on the section headings, in order, each with a dotted tab to the right
 * margin and a PAGEREF field Word fills in (settings ask Word to update fields on opening).
 */
import type { HeadingBlock } from '../model'
import { escapeXml, textRunXml } from './paragraph-xml'

/** The bookmark of the `n`th section heading (from 1), as packing.ts numbers docx's. */
export const tocBookmark = (n: number): { start: string; end: string } => ({ start: `<w:bookmarkStart w:name="_Toc${n}" w:id="${n}"/>`, end: `<w:bookmarkEnd w:id="${n}"/>` })

/**
 * A heading's text as docx reads it for the contents (its textOf): the text of its runs as
 * written, inserted and moved-here text included, deleted and moved-away text left out.
 */
export function writtenHeadingText(heading: HeadingBlock): string {
  const { change, segments } = heading
  if (change === 'deleted' || change === 'moved-from') return ''
  if (change === 'inserted' || !segments) return heading.text
  return segments.filter((s) => s.text && s.op !== 'delete').map((s) => s.text).join('')
}

const FIELD_BEGIN = '<w:fldChar w:fldCharType="begin" w:dirty="true"/>'

/** `headings`: the text of every section heading in the document, in order; `textWidth`: where the page numbers stand. */
export function contentsXml(title: string, headings: readonly string[], textWidth: number): string {
  const paragraph = `<w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/></w:tabs></w:pPr>`
  const field = `<w:r>${FIELD_BEGIN}<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`
  const entries = headings.map((text, i) => {
    const n = i + 1
    const pageRef = `<w:r>${FIELD_BEGIN}<w:instrText xml:space="preserve">PAGEREF _Toc${n} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r>`
    // Note: an entry keeps no tab or line break of its heading: each becomes a space (docx's titleRunsOf).
    return `<w:p>${paragraph}${i === 0 ? field : ''}<w:hyperlink w:history="1" w:anchor="_Toc${n}">${textRunXml(text.replace(/[\t\n]/g, ' '))}<w:r><w:tab/></w:r>${pageRef}</w:hyperlink></w:p>`
  })
  // With no heading to list, the field's start stands in a paragraph of its own; an empty title names no alias.
  if (entries.length === 0) entries.push(`<w:p>${field}</w:p>`)
  const alias = title ? `<w:alias w:val="${escapeXml(title)}"/>` : ''
  const sdt = `<w:sdt><w:sdtPr>${alias}<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${entries.join('')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`
  return `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${title ? textRunXml(title) : ''}</w:p>${sdt}`
}

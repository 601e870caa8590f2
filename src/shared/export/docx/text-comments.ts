/**
 * Comments as text, as docx writes them: the comments part, and its content type (the
 * relationship and the anchors are text-package.ts's and paragraph-xml.ts's).
 */
import type { ExportComment } from '../model'
import { escapeXml, textRunXml } from './paragraph-xml'
import { COMMENTS_CONTENT_TYPE, COMMENTS_OPEN, CONTENT_TYPES_XML } from './text-constants'

/**
 * The comments part: each comment's paragraphs as plain text, dated as docx dates them
 * (Date.toISOString, so an unreadable date fails here as it does there).
 */
export function commentsXml(comments: readonly ExportComment[]): string {
  const comment = (c: ExportComment): string => {
    const open = `<w:comment w:id="${c.id}" w:author="${escapeXml(c.author)}" w:date="${new Date(c.date).toISOString()}"`
    // Note: docx closes an element with no children on itself.
    return c.paragraphs.length === 0 ? `${open}/>` : `${open}>${c.paragraphs.map((text) => (text ? `<w:p>${textRunXml(text)}</w:p>` : '<w:p/>')).join('')}</w:comment>`
  }
  return `${COMMENTS_OPEN}${comments.map(comment).join('')}</w:comments>`
}

/** The content types: comments' just before the header's, as docx lists them. */
export function contentTypesXml(withComments: boolean): string {
  if (!withComments) return CONTENT_TYPES_XML
  const at = CONTENT_TYPES_XML.indexOf('<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"')
  return CONTENT_TYPES_XML.slice(0, at) + COMMENTS_CONTENT_TYPE + CONTENT_TYPES_XML.slice(at)
}

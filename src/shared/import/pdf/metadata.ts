/**
 * Title and organisation. The PDF's declared title (Info dictionary, else XMP dc:title) is used
 * only when it is meaningful: word processors fill it with file names ("Microsoft Word -
 * policy v3.docx"), template leftovers ("Title", "Document1") or nothing. Otherwise the title
 * is the first paragraph in the largest type on the first page with text, when that is larger
 * than the body text. The organisation comes only from a custom "Company" entry; the Author
 * is a person (often whoever last saved the file), so it is never used. No date is taken:
 * the PDF's creation date is when the file was made, not when the policy was approved.
 */
import { normaliseSpace } from '../blocks'
import { stem } from '../kit/file-name'
import type { StyledParagraph } from './headings'
import type { PdfMetadata } from './load'

const MAX_TITLE_CHARS = 200

const PLACEHOLDER = /^(?:untitled(?: document)?|document\s*\d*|title|no title|new document|slide\s*\d*|presentation\s*\d*|draft|template|word document|pdf)$/i
const FILE_NAME = /\.(?:docx?|dotx?|pdf|odt|ott|rtf|txt|html?|pages|indd|pub|xlsx?|pptx?|ai|eps|qxp)$/i
const PRODUCER_PREFIX = /^(?:microsoft\s+(?:word|powerpoint|excel|publisher)|word|powerpoint)\s+-\s+/i

/** The declared title if it names the document, else null. */
export function meaningfulTitle(raw: string | null | undefined, fileName: string): string | null {
  if (!raw) return null
  const title = normaliseSpace(raw.replace(/\u0000/g, ''))
  if (!title || title.length > MAX_TITLE_CHARS) return null
  if (PRODUCER_PREFIX.test(title) || FILE_NAME.test(title) || /[\\/]/.test(title)) return null
  if (PLACEHOLDER.test(title) || !/\p{L}{2}/u.test(title)) return null
  if (title.toLowerCase() === stem(fileName).toLowerCase()) return null
  return title
}

/** The first paragraph in the largest type on the first page that has text, if larger than body text. */
export function titleFromText(paragraphs: readonly StyledParagraph[], bodySize: number): string | null {
  const firstPage = paragraphs[0]?.page
  const onFirst = paragraphs.filter((p) => p.page === firstPage)
  const largest = onFirst.reduce((max, p) => Math.max(max, p.size), 0)
  if (!(largest > bodySize + 0.6)) return null
  const found = onFirst.find((p) => p.size === largest && /\p{L}/u.test(p.text))
  return found && found.text.length <= MAX_TITLE_CHARS ? found.text : null
}

export function organisationOf(metadata: PdfMetadata): string | null {
  const company = normaliseSpace(metadata.company ?? '')
  return company && /\p{L}{2}/u.test(company) && company.length <= MAX_TITLE_CHARS ? company : null
}

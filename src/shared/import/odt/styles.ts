/** Which automatic text styles are bold or italic, so emphasis survives as Markdown. */
import { attr, childElements, descendants, type Document } from '../xml'
import { NS } from './namespaces'

export function readEmphasis(...docs: Document[]): Map<string, { bold: boolean; italic: boolean }> {
  const out = new Map<string, { bold: boolean; italic: boolean }>()
  for (const doc of docs) {
    for (const style of descendants(doc, NS.style, 'style')) {
      const name = attr(style, NS.style, 'name')
      const props = childElements(style, NS.style, 'text-properties')[0]
      if (!name || !props) continue
      const bold = /^(bold|[6-9]00)$/.test(attr(props, NS.fo, 'font-weight') ?? '')
      const italic = (attr(props, NS.fo, 'font-style') ?? '') === 'italic'
      if (bold || italic) out.set(name, { bold, italic })
    }
  }
  return out
}

/**
 * Paragraph styles that make a plain text:p a heading: "Heading N" (by name or by
 * style:default-outline-level, through the parent chain), "Title" (level 1) and "Subtitle"
 * (level 2, under the title: a PDF of the same file prints it large, as a heading, and it is
 * no clause). Word processors often leave headings as styled paragraphs rather than text:h.
 */
export function readHeadingStyles(...docs: Document[]): Map<string, number> {
  const parents = new Map<string, string | undefined>()
  const own = new Map<string, number>()
  for (const doc of docs) {
    for (const style of descendants(doc, NS.style, 'style')) {
      if (attr(style, NS.style, 'family') !== 'paragraph') continue
      const name = attr(style, NS.style, 'name')
      if (!name) continue
      parents.set(name, attr(style, NS.style, 'parent-style-name'))
      const display = attr(style, NS.style, 'display-name') ?? name.replace(/_20_/g, ' ')
      const outline = Number(attr(style, NS.style, 'default-outline-level') ?? '')
      const named = /^heading\s*(\d)$/i.exec(display)
      if (outline > 0) own.set(name, outline)
      else if (named) own.set(name, Number(named[1]))
      else if (/^title$/i.test(display)) own.set(name, 1)
      else if (/^subtitle$/i.test(display)) own.set(name, 2)
    }
  }
  const resolved = new Map<string, number>()
  for (const name of parents.keys()) {
    let current: string | undefined = name
    for (let depth = 0; current && depth < 20; depth++) {
      const level = own.get(current)
      if (level !== undefined) {
        resolved.set(name, level)
        break
      }
      current = parents.get(current)
    }
  }
  return resolved
}

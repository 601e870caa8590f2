/**
 * Markdown front matter: a YAML block between "---" lines or a TOML block between "+++" lines
 * at the very start of the file. It is metadata (title, version, date, owner…), never
 * clauses. Only flat "key: value" / "key = value" lines are read (no YAML library: a policy's
 * front matter is a handful of fields, and nested values are not details a reader needs).
 */
import type { DocumentControl } from '../../model'
import { controlField } from '../recognise/document-control'

export interface FrontMatter {
  /** The Markdown after the front matter (the front matter's lines blanked, so line numbers stay). */
  body: string
  title: string | null
  documentControl: DocumentControl
}

const FENCES = [
  { open: /^---[ \t]*\r?\n/, close: /\r?\n---[ \t]*(?:\r?\n|$)/, pair: /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/ },
  { open: /^\+\+\+[ \t]*\r?\n/, close: /\r?\n\+\+\+[ \t]*(?:\r?\n|$)/, pair: /^([A-Za-z][\w -]*?)\s*=\s*(.*)$/ },
]

function unquote(value: string): string {
  const v = value.trim()
  const m = /^(["'])(.*)\1$/.exec(v)
  return (m ? m[2]! : v).trim()
}

export function readFrontMatter(markdown: string): FrontMatter {
  const text = markdown.replace(/^\uFEFF/, '')
  for (const fence of FENCES) {
    const open = fence.open.exec(text)
    if (!open) continue
    const rest = text.slice(open[0].length)
    const close = fence.close.exec(rest)
    if (!close) continue
    const inner = rest.slice(0, close.index)
    let title: string | null = null
    const documentControl: DocumentControl = {}
    for (const line of inner.split(/\r?\n/)) {
      const m = fence.pair.exec(line)
      if (!m) continue
      const key = m[1]!.replace(/[_-]+/g, ' ')
      const value = unquote(m[2]!)
      if (!value || /^[[{|>]/.test(value)) continue
      if (/^title$/i.test(key)) title = value
      const field = controlField(key)
      if (field && documentControl[field] === undefined) documentControl[field] = value
    }
    const consumed = open[0] + inner + close[0]
    const body = consumed.replace(/[^\n]/g, '') + rest.slice(close.index + close[0].length)
    return { body, title, documentControl }
  }
  return { body: text, title: null, documentControl: {} }
}

/**
 * Template tags (Liquid, Jinja, Hugo: "{% include … %}", "{{ page.title }}") are not policy text.
 * Note: a tag never runs past a blank line, so a stray "{{" in one paragraph cannot take every
 * paragraph up to the next "}}" with it; and a brace escaped with a backslash ("\{", as the page
 * export writes every brace) is text, not the start of a tag.
 */
const TEMPLATE_TAG = /(?<!\\)\{%(?:(?!\n[ \t\r]*\n)[\s\S])*?%\}|(?<!\\)\{\{(?:(?!\n[ \t\r]*\n)[\s\S])*?\}\}/g

export function dropTemplateTags(markdown: string): { text: string; dropped: number } {
  let dropped = 0
  const text = markdown.replace(TEMPLATE_TAG, () => {
    dropped++
    return ''
  })
  return { text, dropped }
}

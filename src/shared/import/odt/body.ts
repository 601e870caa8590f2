/**
 * The text of an ODF document (office:text) to blocks: headings with their outline level,
 * paragraphs, lists with the numbers they print, tables row by row, and notes at the end.
 * Tracked deletions, comments, tables of contents and indexes are left out: they are not
 * the policy's own words, or repeat them. What is left out is counted (Skipped) so the
 * importer can warn as the Word importer does; comments are left out without a warning.
 */
import { escapeMarkdown, normaliseSpace, splitLabel, typedLabelLevel, type Block } from '../blocks'
import { markdownLink } from '../kit/inline-runs'
import { labelNote, noteMark } from '../kit/notes-section'
import { safeHref } from '../kit/safe-href'
import { joinRow } from '../kit/table-row'
import { attr, childElements, type Element, type Node } from '../xml'
import { labelFor, type ListStyle } from './list-styles'
import { NS } from './namespaces'

const TEXT_NODE = 3

/** Generated or hidden content: never the policy's own words. */
const SKIP = new Set(['tracked-changes', 'table-of-content', 'alphabetical-index', 'illustration-index', 'table-index', 'object-index', 'user-index', 'bibliography', 'sequence-decls', 'variable-decls', 'user-field-decls', 'forms', 'annotation', 'annotation-end', 'note-citation'])

/** Generated indexes other than the table of contents: they repeat words of the document. */
const INDEXES = new Set(['alphabetical-index', 'illustration-index', 'table-index', 'object-index', 'user-index', 'bibliography'])

/** What was left out that a reader should be told about (see kit/warnings.ts). */
export interface Skipped {
  /** Tracked deletions (text:tracked-changes holds the deleted text). */
  trackedChanges: boolean
  contents: number
  indexes: number
  images: number
  /** Text boxes inside a paragraph's lines (draw:frame in a text:p). */
  textBoxes: number
  /** Charts, spreadsheets and other objects (draw:object, draw:object-ole). */
  objects: number
}

export function nothingSkipped(): Skipped {
  return { trackedChanges: false, contents: 0, indexes: 0, images: 0, textBoxes: 0, objects: 0 }
}

/** Count what a skipped element held back. */
function countSkipped(el: Element, skipped: Skipped): void {
  const name = el.localName ?? ''
  if (name === 'tracked-changes') skipped.trackedChanges = skipped.trackedChanges || childElements(el).length > 0
  else if (name === 'table-of-content') skipped.contents++
  else if (INDEXES.has(name)) skipped.indexes++
}

/** An inline draw:frame holds an image, a text box or an object; none is read. */
function countFrame(frame: Element, skipped: Skipped): void {
  for (const child of childElements(frame, NS.draw)) {
    if (child.localName === 'image') skipped.images++
    else if (child.localName === 'text-box') skipped.textBoxes++
    else if (child.localName === 'object' || child.localName === 'object-ole') skipped.objects++
  }
}

export interface BodyContext {
  listStyles: Map<string, ListStyle>
  outline: ListStyle | null
  /** Paragraph styles that make a text:p a heading, with its level. */
  headingStyles: Map<string, number>
  /** Text styles that make their span bold or italic. */
  emphasis: Map<string, { bold: boolean; italic: boolean }>
  blocks: Block[]
  notes: Block[]
  /** Counters by list style name, so text:continue-numbering can carry on. */
  counters: Map<string, number[]>
  outlineCounters: number[]
  noteCount: number
  skipped: Skipped
}

interface Inline {
  text: string
  inline: string
}

function join(parts: Inline[]): Inline {
  return { text: parts.map((p) => p.text).join(''), inline: parts.map((p) => p.inline).join('') }
}

function wrap(part: Inline, marker: string): Inline {
  const trimmed = part.inline.trim()
  if (!trimmed) return part
  const lead = part.inline.slice(0, part.inline.indexOf(trimmed))
  const tail = part.inline.slice(lead.length + trimmed.length)
  return { text: part.text, inline: `${lead}${marker}${trimmed}${marker}${tail}` }
}

/** The text of a paragraph's content, plain and as Markdown inline. */
function inlineOf(node: Node, ctx: BodyContext): Inline {
  const parts: Inline[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const value = child.nodeValue ?? ''
      parts.push({ text: value, inline: escapeMarkdown(value) })
      continue
    }
    if (child.nodeType !== 1) continue
    const el = child as Element
    if (SKIP.has(el.localName ?? '')) {
      countSkipped(el, ctx.skipped)
      continue
    }
    if (el.namespaceURI === NS.text) {
      switch (el.localName) {
        case 's': {
          const n = Number(attr(el, NS.text, 'c') ?? '1') || 1
          parts.push({ text: ' '.repeat(Math.min(n, 8)), inline: ' ' })
          continue
        }
        case 'tab':
        case 'line-break':
          parts.push({ text: ' ', inline: ' ' })
          continue
        case 'a': {
          const href = safeHref(attr(el, NS.xlink, 'href'))
          const inner = inlineOf(el, ctx)
          parts.push(href && inner.text.trim() ? { text: inner.text, inline: markdownLink(inner.inline.trim(), href) } : inner)
          continue
        }
        case 'span': {
          let inner = inlineOf(el, ctx)
          const style = ctx.emphasis.get(attr(el, NS.text, 'style-name') ?? '')
          if (style?.bold) inner = wrap(inner, '**')
          if (style?.italic) inner = wrap(inner, '*')
          parts.push(inner)
          continue
        }
        case 'note': {
          ctx.noteCount++
          const citation = childElements(el, NS.text, 'note-citation')[0]
          const mark = normaliseSpace(citation?.textContent ?? '') || String(ctx.noteCount)
          parts.push({ text: noteMark(mark), inline: `\\${noteMark(mark)}` })
          const body = childElements(el, NS.text, 'note-body')[0]
          if (body) {
            const before = ctx.blocks.length
            walkContainer(body, 0, ctx)
            ctx.notes.push(...labelNote(ctx.blocks.splice(before), mark))
          }
          continue
        }
        default:
          parts.push(inlineOf(el, ctx))
          continue
      }
    }
    // draw:frame and other objects: images carry no policy text; text boxes are rare.
    if (el.localName === 'frame') {
      countFrame(el, ctx.skipped)
      continue
    }
    parts.push(inlineOf(el, ctx))
  }
  return join(parts)
}

/** Take a printed label off the front of a paragraph's text and its inline Markdown. */
function stripLabel(part: { text: string; inline: string }, label: string): { text: string; inline: string } {
  const escaped = escapeMarkdown(label)
  const text = part.text.startsWith(label) ? part.text.slice(label.length) : part.text
  const inline = part.inline.startsWith(escaped) ? part.inline.slice(escaped.length) : part.inline
  return { text: normaliseSpace(text), inline: normaliseSpace(inline) }
}

function paragraph(el: Element, level: number, label: string | null, ctx: BodyContext): void {
  const raw = inlineOf(el, ctx)
  let part = { text: normaliseSpace(raw.text), inline: normaliseSpace(raw.inline) }
  let printed = label
  // text:number holds the number the paragraph prints, inside its text.
  const numbered = normaliseSpace(childElements(el, NS.text, 'number')[0]?.textContent ?? '')
  if (numbered) {
    printed ??= numbered
    part = stripLabel(part, numbered)
  } else if (printed === null) {
    // A number typed by hand ("3.2 Staff must…") is a label as printed too.
    const typed = splitLabel(part.text)
    if (typed) {
      printed = typed.label
      part = stripLabel(part, typed.label)
      level = Math.max(level, typedLabelLevel(typed.label))
    }
  }
  if (!part.text && !printed) return
  ctx.blocks.push({ kind: 'paragraph', label: printed, level, text: part.text, inline: part.inline })
}

function heading(el: Element, ctx: BodyContext, styleLevel?: number): void {
  const level = styleLevel ?? Math.max(1, Number(attr(el, NS.text, 'outline-level') ?? '1') || 1)
  let printed = normaliseSpace(childElements(el, NS.text, 'number')[0]?.textContent ?? '')
  const body = stripLabel({ text: normaliseSpace(inlineOf(el, ctx).text), inline: '' }, printed).text
  if (!printed && ctx.outline && attr(el, NS.text, 'is-list-header') !== 'true') {
    ctx.outlineCounters.length = level
    ctx.outlineCounters[level - 1] = (ctx.outlineCounters[level - 1] ?? (ctx.outline.get(level)?.start ?? 1) - 1) + 1
    for (let i = 0; i < level - 1; i++) ctx.outlineCounters[i] ??= 1
    printed = labelFor(ctx.outline, level, ctx.outlineCounters) ?? ''
  }
  const full = normaliseSpace(`${printed} ${body}`)
  if (full) ctx.blocks.push({ kind: 'heading', level, text: full })
}

function list(el: Element, level: number, inheritedStyle: string | undefined, ctx: BodyContext): void {
  const styleName = attr(el, NS.text, 'style-name') ?? inheritedStyle ?? ''
  const style = ctx.listStyles.get(styleName)
  const continues = attr(el, NS.text, 'continue-numbering') === 'true' || attr(el, NS.text, 'continue-list') !== undefined
  // Counters are kept per list style; a new top-level list restarts them unless it continues.
  let counters = ctx.counters.get(styleName)
  if (!counters || (level === 1 && !continues)) {
    counters = []
    ctx.counters.set(styleName, counters)
  }
  for (const item of childElements(el, NS.text)) {
    if (item.localName !== 'list-item' && item.localName !== 'list-header') continue
    let label: string | null = null
    if (item.localName === 'list-item') {
      const start = attr(item, NS.text, 'start-value')
      counters.length = level
      counters[level - 1] = start !== undefined ? Number(start) : (counters[level - 1] ?? (style?.get(level)?.start ?? 1) - 1) + 1
      for (let i = 0; i < level - 1; i++) counters[i] ??= style?.get(i + 1)?.start ?? 1
      label = labelFor(style, level, counters)
    }
    let first = true
    for (const child of childElements(item)) {
      if (child.namespaceURI === NS.text && child.localName === 'list') {
        list(child, level + 1, styleName, ctx)
      } else if (child.namespaceURI === NS.text && (child.localName === 'p' || child.localName === 'h')) {
        // The item's first paragraph prints the number; later ones continue the item.
        paragraph(child, level, first ? label : null, ctx)
        first = false
      } else {
        walkNode(child, level, ctx)
      }
    }
  }
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of childElements(table, NS.table)) {
    if (child.localName === 'table-row') rows.push(child)
    else if (['table-header-rows', 'table-rows', 'table-row-group'].includes(child.localName ?? '')) rows.push(...tableRows(child))
  }
  return rows
}

function table(el: Element, level: number, ctx: BodyContext): void {
  for (const row of tableRows(el)) {
    const cells = childElements(row, NS.table, 'table-cell').map((cell) => {
      const parts = childElements(cell).map((p) => inlineOf(p, ctx))
      return { text: normaliseSpace(parts.map((p) => p.text).join(' ')), inline: normaliseSpace(parts.map((p) => p.inline).join(' ')) }
    })
    const joined = joinRow(cells)
    if (joined) ctx.blocks.push({ kind: 'paragraph', label: null, level, ...joined })
  }
}

function walkNode(el: Element, level: number, ctx: BodyContext): void {
  if (SKIP.has(el.localName ?? '')) return countSkipped(el, ctx.skipped)
  if (el.namespaceURI === NS.text) {
    if (el.localName === 'h') return heading(el, ctx)
    if (el.localName === 'p') {
      const styleName = attr(el, NS.text, 'style-name') ?? ''
      // A style used but never defined (pandoc leaves "Title" to the application) goes by its name.
      const styleLevel = ctx.headingStyles.get(styleName) ?? (styleName === 'Title' ? 1 : styleName === 'Subtitle' ? 2 : undefined)
      return styleLevel === undefined ? paragraph(el, level, null, ctx) : heading(el, ctx, styleLevel)
    }
    if (el.localName === 'list') return list(el, level + 1, undefined, ctx)
  }
  if (el.namespaceURI === NS.table && el.localName === 'table') return table(el, level, ctx)
  walkContainer(el, level, ctx)
}

/** Sections, note bodies, the office:text itself: walk their children. */
export function walkContainer(container: Element, level: number, ctx: BodyContext): void {
  for (const child of childElements(container)) walkNode(child, level, ctx)
}

/**
 * A Markdown syntax tree (mdast) to blocks. Markdown files and HTML pages (through
 * rehype-remark) both arrive here, so the two formats segment the same way: headings open
 * sections, each paragraph, list item and table row is a clause, nested lists go one level
 * deeper, and footnote definitions become "Notes" at the end. Links pass safe-links.ts
 * first, table rows are joined by the rule of kit/table-row.ts, and so are lines written as
 * rows with no table around them (pipe-lines.ts).
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast'
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { normaliseSpace, splitLabel, typedLabelLevel, type Block } from '../blocks'
import { labelNote, noteMark, notesSection } from '../kit/notes-section'
import { escapePipes, joinRow } from '../kit/table-row'
import { ownBlockStrings } from '../kit/own-strings'
import { keepOnlySafeLinks } from './safe-links'
import { pipeRows } from './pipe-lines'

/**
 * Note: made once. mdast-util-to-markdown compiles each "unsafe" pattern into a RegExp kept on
 * the pattern, so with fresh GFM extensions for every paragraph it compiled them all again each
 * time: a tenth of a large Markdown file's import (issue 12).
 */
const TO_MARKDOWN: ToMarkdownOptions = { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*' }

/** Inline Markdown of phrasing content, on one line. */
function inlineOf(children: PhrasingContent[]): string {
  if (children.length === 0) return ''
  const paragraph: Paragraph = { type: 'paragraph', children }
  return normaliseSpace(toMarkdown(paragraph, TO_MARKDOWN))
}

function plainOf(node: Nodes): string {
  return normaliseSpace(toString(node, { includeImageAlt: true, includeHtml: false }))
}

/** The inline Markdown with a typed label ("3.2 ", "(a) ") taken off its front. */
function withoutLabel(inline: string, label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\\\?\\.').replace(/\\\(/g, '\\\\?\\(')
  return inline.replace(new RegExp(`^${escaped}\\s*`), '')
}

interface Context {
  blocks: Block[]
  notes: Block[]
}

function paragraphBlock(node: Paragraph, level: number, listLabel: string | null): Block | null {
  const text = plainOf(node)
  let inline = inlineOf(node.children)
  if (!text) return null
  if (listLabel !== null) return { kind: 'paragraph', label: listLabel, level, text, inline }
  // A typed number in running text ("3.2 Staff must…") is a label as printed.
  const typed = splitLabel(text)
  if (typed) {
    inline = withoutLabel(inline, typed.label)
    return { kind: 'paragraph', label: typed.label, level: Math.max(level, typedLabelLevel(typed.label)), text: typed.rest, inline }
  }
  return { kind: 'paragraph', label: null, level, text, inline }
}

function listLabel(list: List, index: number): string {
  if (!list.ordered) return '•'
  return `${(list.start ?? 1) + index}.`
}

/**
 * Marks a printed list label written into an item's text by an importer whose source knows
 * more numbering styles than Markdown does (HTML's <ol type="a">); see html/main-content.ts.
 */
export const LABEL_MARK = '\u2063'

/** A label an importer wrote into the item's text between LABEL_MARKs, taken back out. */
function markedLabel(item: ListItem): string | null {
  const first = item.children[0]
  const text = first?.type === 'paragraph' ? first.children[0] : undefined
  if (text?.type !== 'text') return null
  const m = new RegExp(`^${LABEL_MARK}([^${LABEL_MARK}]*)${LABEL_MARK}\\s*`).exec(text.value)
  if (!m) return null
  text.value = text.value.slice(m[0].length)
  return m[1]!
}

function walkListItem(item: ListItem, listLabel: string, level: number, ctx: Context): void {
  const label = markedLabel(item) ?? listLabel
  let labelled = false
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      // The item's first paragraph carries the label; later ones continue it at the same level.
      const block = paragraphBlock(child, level, labelled ? null : label)
      if (block) {
        if (labelled && block.kind === 'paragraph') block.level = level
        ctx.blocks.push(block)
        labelled = true
      }
    } else if (child.type === 'list') {
      if (!labelled) {
        // An item that starts with a nested list still takes a place (and its label).
        ctx.blocks.push({ kind: 'paragraph', label, level, text: '', inline: '' })
        labelled = true
      }
      walkList(child, level + 1, ctx)
    } else {
      walk(child, level, ctx)
    }
  }
}

function walkList(list: List, level: number, ctx: Context): void {
  list.children.forEach((item, index) => walkListItem(item, listLabel(list, index), level, ctx))
}

function walkTable(table: Table, level: number, ctx: Context): void {
  for (const row of table.children) {
    const joined = joinRow(row.children.map((cell) => ({ text: plainOf(cell), inline: escapePipes(inlineOf(cell.children)) })))
    // Note: the fields named, not spread in: a spread left each row's text and inline in a
    // properties array of their own beside the object (0.7 MB over 18,000 rows, issue 12).
    if (joined) ctx.blocks.push({ kind: 'paragraph', label: null, level, text: joined.text, inline: joined.inline })
  }
}

function walk(node: RootContent, level: number, ctx: Context): void {
  switch (node.type) {
    case 'heading': {
      const text = plainOf(node)
      if (text) ctx.blocks.push({ kind: 'heading', level: node.depth, text })
      return
    }
    case 'paragraph': {
      const rows = pipeRows(node)
      if (rows) {
        for (const cells of rows) {
          const joined = joinRow(cells)
          if (joined) ctx.blocks.push({ kind: 'paragraph', label: null, level, text: joined.text, inline: joined.inline })
        }
        return
      }
      const block = paragraphBlock(node, level, null)
      if (block) ctx.blocks.push(block)
      return
    }
    case 'list':
      return walkList(node, level + 1, ctx)
    case 'table':
      return walkTable(node, level, ctx)
    case 'blockquote':
      for (const child of node.children) walk(child, level, ctx)
      return
    case 'code': {
      const text = normaliseSpace(node.value)
      if (text) ctx.blocks.push({ kind: 'paragraph', label: null, level, text, inline: text })
      return
    }
    case 'html': {
      // Raw HTML inside Markdown is never rendered; its words are kept as plain text.
      const text = normaliseSpace(stripTags(node.value, ' '))
      if (text) ctx.blocks.push({ kind: 'paragraph', label: null, level, text, inline: text })
      return
    }
    case 'footnoteDefinition': {
      const sub: Context = { blocks: [], notes: ctx.notes }
      for (const child of node.children) walk(child, 0, sub)
      // Only a note that opens with a paragraph is labelled (a note that opens with a list keeps the list's labels).
      if (sub.blocks[0]?.kind === 'paragraph') labelNote(sub.blocks, node.label ?? node.identifier)
      ctx.notes.push(...sub.blocks)
      return
    }
    default:
      // definitions, thematic breaks, yaml: nothing to read.
      return
  }
}

/** Text of raw HTML: tags go; between blocks they leave a space, inside a line nothing. */
function stripTags(html: string, tagGap: '' | ' '): string {
  return html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, tagGap)
}

/**
 * Before walking: footnote references print as "[1]", matching the labels of the notes, and
 * raw HTML inside a paragraph keeps its words but loses its tags, so no markup imported from
 * a file can ever reach the screen as HTML.
 */
function normaliseInline(node: Nodes): void {
  if (!('children' in node)) return
  node.children = node.children.map((child) => {
    if (child.type === 'footnoteReference') return { type: 'text', value: noteMark(child.label ?? child.identifier) }
    // A line break inside a paragraph separates words; marked, since lines written as table rows are read one by one (pipe-lines.ts).
    if (child.type === 'break') return { type: 'text', value: ' ', data: { lineBreak: true } }
    if (child.type === 'html' && node.type !== 'root') return { type: 'text', value: stripTags(child.value, '') }
    return child
  }) as typeof node.children
  for (const child of node.children) normaliseInline(child)
}

/**
 * Blocks of a document read as several trees in turn (markdown/index.ts parses a large file
 * a chunk at a time): each tree's blocks follow the last's, and the notes of all of them end
 * the document, as if they were one tree.
 */
export interface BlockWalk {
  add(tree: Root): void
  finish(): Block[]
}

export function blockWalk(): BlockWalk {
  const ctx: Context = { blocks: [], notes: [] }
  return {
    add(tree) {
      const blocks = ctx.blocks.length
      const notes = ctx.notes.length
      normaliseInline(tree)
      keepOnlySafeLinks(tree)
      for (const child of tree.children) walk(child, 0, ctx)
      // Blocks outlive the tree and the file's text; they keep only their own strings.
      ownBlockStrings(ctx.blocks, blocks)
      ownBlockStrings(ctx.notes, notes)
    },
    finish: () => [...ctx.blocks, ...notesSection(ctx.notes)],
  }
}

export function mdastToBlocks(tree: Root): Block[] {
  const blocks = blockWalk()
  blocks.add(tree)
  return blocks.finish()
}

/**
 * Footnotes and endnotes. Where the text refers to a note it keeps a marker "[n]"; the notes
 * follow the document as clauses labelled "[n]" under a level-1 heading "Notes", so a note's
 * words stay next to each other and out of the sentence that cites them.
 *
 * Note: footnotes and endnotes are numbered in one sequence, in the order the text first
 * refers to them, so that every marker is unique ("[3]" never means two notes). Word's
 * separator and continuation "notes" are layout, not text, and are skipped; a note the text
 * never refers to is never printed, so it is not imported either.
 */
import type { Block } from '../blocks'
import { attr, childElements, type Document, type Element } from '../xml'
import { walkBlocks } from './body'
import type { PartContext } from './context'
import { FieldState } from './fields'
import { markdown, plainText, type Segment } from './inline'
import type { Item } from './items'
import { W } from './ooxml'
import type { Relationships } from './relationships'

export type NoteKind = 'footnote' | 'endnote'

interface NoteEntry {
  number: number
  kind: NoteKind
  element: Element
}

function notesById(doc: Document | undefined, kind: NoteKind): Map<string, Element> {
  const out = new Map<string, Element>()
  const root = doc?.documentElement
  for (const el of root ? childElements(root, W, kind) : []) {
    const id = attr(el, W, 'id')
    const type = attr(el, W, 'type') ?? 'normal'
    if (id !== undefined && type === 'normal' && !out.has(id)) out.set(id, el)
  }
  return out
}

export class NoteRegistry {
  /** Notes in the order the text first refers to them; grows while notes are read. */
  readonly entries: NoteEntry[] = []
  private readonly byKey = new Map<string, NoteEntry>()
  private readonly notes: Record<NoteKind, Map<string, Element>>

  constructor(footnotes: Document | undefined, endnotes: Document | undefined) {
    this.notes = { footnote: notesById(footnotes, 'footnote'), endnote: notesById(endnotes, 'endnote') }
  }

  /** The marker for a reference, or null when the note does not exist (nothing is printed). */
  reference(kind: NoteKind, id: string | undefined): string | null {
    if (id === undefined) return null
    const key = `${kind}:${id}`
    let entry = this.byKey.get(key)
    if (!entry) {
      const element = this.notes[kind].get(id)
      if (!element) return null
      entry = { number: this.entries.length + 1, kind, element }
      this.entries.push(entry)
      this.byKey.set(key, entry)
    }
    return `[${entry.number}]`
  }
}

/** A note's paragraphs (rarely more than one) as one run of segments. */
function noteSegments(items: readonly Item[]): Segment[] {
  const plain = (text: string): Segment => ({ text, bold: false, italic: false, href: null })
  return items.flatMap((item) =>
    item.kind === 'row' ? [plain(`${item.text} `)] : [...(item.list?.label ? [plain(`${item.list.label} `)] : []), ...item.segments, plain(' ')],
  )
}

export function noteBlocks(registry: NoteRegistry, ctx: PartContext, rels: Record<NoteKind, Relationships>): Block[] {
  const blocks: Block[] = []
  // Note: a for loop over the live list, so a note that (improperly) cites another still ends.
  for (let i = 0; i < registry.entries.length; i++) {
    const entry = registry.entries[i]!
    const segments = noteSegments(walkBlocks(entry.element, { ...ctx, rels: rels[entry.kind], fields: new FieldState() }))
    const text = plainText(segments)
    if (text !== '') blocks.push({ kind: 'paragraph', label: `[${entry.number}]`, level: 0, text, inline: markdown(segments) })
  }
  return blocks.length > 0 ? [{ kind: 'heading', level: 1, text: 'Notes' }, ...blocks] : []
}

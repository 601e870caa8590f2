/**
 * Footnotes and endnotes. Where the text refers to a note it keeps a marker "[n]"; the notes
 * follow the document as clauses labelled "[n]" under a level-1 heading "Notes", so a note's
 * words stay next to each other and out of the sentence that cites them.
 * Which notes are cited, and their numbers, is note-registry.ts's job; this file only reads
 * the cited notes' text and builds the section (kit/notes-section.ts).
 */
import type { Block } from '../blocks'
import { walkBlocks } from './body'
import type { PartContext } from './context'
import { FieldState } from './fields'
import { markdown, plainText, type Segment } from '../kit/inline-runs'
import type { Item } from './items'
import { labelNote, notesSection } from '../kit/notes-section'
import type { NoteKind, NoteRegistry } from './note-registry'
import type { Relationships } from './relationships'

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
    if (text !== '') blocks.push(...labelNote([{ kind: 'paragraph', label: null, level: 0, text, inline: markdown(segments) }], entry.number))
  }
  return notesSection(blocks)
}

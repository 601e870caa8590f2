/**
 * Notes (footnotes, endnotes, Markdown footnote definitions) in every format end the same
 * way: a level-1 heading "Notes", then each note as a clause labelled "[n]", the mark the
 * text keeps where it cites the note. So a note's words stay together and out of the
 * sentence that cites it, and "[3]" means the same in a .docx, an .odt and a .md.
 */
import type { Block } from '../blocks'

export const NOTES_HEADING = 'Notes'

/** The mark a citation leaves in the text and the label its note gets: "[3]". */
export function noteMark(mark: string | number): string {
  return `[${mark}]`
}

/** Label a note's first paragraph with its mark (the note's later paragraphs continue it). */
export function labelNote(blocks: Block[], mark: string | number): Block[] {
  const first = blocks.find((b) => b.kind === 'paragraph')
  if (first && first.kind === 'paragraph') first.label = noteMark(mark)
  return blocks
}

/** The section that ends a document with notes, or nothing when it has none. */
export function notesSection(notes: readonly Block[]): Block[] {
  return notes.length > 0 ? [{ kind: 'heading', level: 1, text: NOTES_HEADING }, ...notes] : []
}

/**
 * The note registry: which footnotes and endnotes the text cites, numbered in one sequence in
 * the order the text first cites them, so that every marker is unique ("[3]" never means two
 * notes). Runs (runs.ts) ask it for a marker while the body is read; footnotes.ts reads the
 * cited notes' text afterwards. Note: kept apart from footnotes.ts so that the body walk does
 * not import the code that walks notes with it (that was an import cycle).
 *
 * Word's separator and continuation "notes" are layout, not text, and are skipped; a note
 * the text never refers to is never printed, so it is not registered either.
 */
import { attr, childElements, type Document, type Element } from '../xml'
import { noteMark } from '../kit/notes-section'
import { W } from './ooxml'

export type NoteKind = 'footnote' | 'endnote'

export interface NoteEntry {
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
    return noteMark(entry.number)
  }
}

/**
 * What walking one part (the document body, or the notes) needs to know and to record:
 * the shared readers (styles, numbering, notes), the part's own relationships and field
 * state, and counts of what was left out, for the warnings.
 */
import type { FieldState } from './fields'
import type { NoteRegistry } from './note-registry'
import type { ListNumbering } from './numbering'
import type { Relationships } from './relationships'
import type { StyleSheet } from './styles'

export interface ImportStats {
  images: number
  textBoxes: number
  trackedChanges: boolean
  contentsEntries: number
  embeddedFiles: number
}

export interface PartContext {
  styles: StyleSheet
  numbering: ListNumbering
  notes: NoteRegistry
  /** Relationships of the part being walked: hyperlinks point through them. */
  rels: Relationships
  fields: FieldState
  stats: ImportStats
}

export function emptyStats(): ImportStats {
  return { images: 0, textBoxes: 0, trackedChanges: false, contentsEntries: 0, embeddedFiles: 0 }
}

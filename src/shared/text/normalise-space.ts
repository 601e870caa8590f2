import { stripControlCharacters } from './control-characters'

/**
 * Whitespace runs as one space, ends trimmed. Importers use it so re-wrapping and renumbering
 * never count as a change; the draft uses it so a line break or a double space is not an edit.
 * Control characters are dropped too (control-characters.ts): no clause text holds one.
 */
export function normaliseSpace(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim()
}

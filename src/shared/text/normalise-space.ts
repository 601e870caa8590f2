import { stripControlCharacters } from './control-characters'

/**
 * Whitespace runs as one space, ends trimmed. Importers use it so re-wrapping and renumbering
 * never count as a change; the draft uses it so a line break or a double space is not an edit.
 * Control characters are dropped too (control-characters.ts): no clause text holds one.
 */
export function normaliseSpace(text: string): string {
  // Single spaces are left alone (only longer runs and other whitespace are replaced): the
  // same result as /\s+/g, but text with one space between words is not rebuilt, which took
  // 10 s and 800 MB for a 50 MB paragraph (issue 12).
  return stripControlCharacters(text).replace(/\s{2,}|[^\S ]/g, ' ').trim()
}

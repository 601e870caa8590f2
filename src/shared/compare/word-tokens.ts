/**
 * The tokens of a text for the word diff: words (letters, digits and marks, with inner
 * apostrophes: "don't", "won’t"), runs of whitespace, and any other single code point. Joined,
 * they give the text back exactly.
 *
 * The same tokens as the pattern
 *   /\s+|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^]/gu
 * (the definition; tests/compare/word-diff-identical.test.ts holds the two to each other), read by
 * hand. Note: the pattern's Unicode classes made tokenising half the cost of a comparison's
 * word diffs; here ASCII, nearly all of policy text, is classed by its code, and only other
 * code points go to the Unicode classes.
 */

const SPACE = 0
const WORD = 1
const OTHER = 2

const UNICODE_SPACE = /^\s$/u
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u

/** Each ASCII code's class. */
const ASCII: Uint8Array = (() => {
  const classes = new Uint8Array(128).fill(OTHER)
  for (const code of [9, 10, 11, 12, 13, 32]) classes[code] = SPACE
  for (let code = 48; code <= 57; code++) classes[code] = WORD
  for (let code = 65; code <= 90; code++) classes[code] = WORD
  for (let code = 97; code <= 122; code++) classes[code] = WORD
  return classes
})()

/** Classes of the non-ASCII code points met so far (a text has few distinct ones). */
const seen = new Map<number, number>()

/** The class of the code point at `at`. */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return ASCII[code]!
  const point = text.codePointAt(at)!
  let kind = seen.get(point)
  if (kind === undefined) {
    const char = String.fromCodePoint(point)
    kind = UNICODE_SPACE.test(char) ? SPACE : UNICODE_WORD.test(char) ? WORD : OTHER
    if (seen.size < 4096) seen.set(point, kind)
  }
  return kind
}

/** Length in UTF-16 units of the code point at `at`: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019

/** The tokens of a text; joined, they give the text back exactly. */
export function wordTokens(text: string): string[] {
  const tokens: string[] = []
  const n = text.length
  let at = 0
  while (at < n) {
    const start = at
    const kind = classAt(text, at)
    at += unitsAt(text, at)
    if (kind !== OTHER) {
      while (at < n) {
        const code = text.charCodeAt(at)
        if (code < 128 && ASCII[code] === kind) {
          at++
          continue
        }
        // A word goes on over an apostrophe followed by more of the word.
        if (kind === WORD && isApostrophe(code) && at + 1 < n && classAt(text, at + 1) === WORD) {
          at++
          continue
        }
        if (code < 128 || classAt(text, at) !== kind) break
        at += unitsAt(text, at)
      }
    }
    tokens.push(text.slice(start, at))
  }
  return tokens
}

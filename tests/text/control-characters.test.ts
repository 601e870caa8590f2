/** Control characters: dropped from imported text, escaped in terminal output. */
import { describe, expect, it } from 'vitest'
import { escapeControlCharacters, hasControlCharacters, stripControlCharacters } from '../../src/shared/text/control-characters'
import { normaliseSpace } from '../../src/shared/text/normalise-space'

const ESC = '\u001b'
const CLEAR_SCREEN = `${ESC}[2J${ESC}[H`
const WINDOW_TITLE = `${ESC}]0;pwned\u0007`

describe('control characters', () => {
  it('are stripped, C0, DEL and C1 alike, keeping tab and line breaks and every printable character', () => {
    expect(stripControlCharacters(`Staff${CLEAR_SCREEN} must${WINDOW_TITLE} not post.`)).toBe('Staff[2J[H must]0;pwned not post.')
    expect(stripControlCharacters('a\u0000b\u007fc\u009bd\u0085e')).toBe('abcde')
    expect(stripControlCharacters('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r')
    const printable = 'Café — “quoted” £5 \u00a0 ŵ 🙂 \\ ~'
    expect(stripControlCharacters(printable)).toBe(printable)
    expect(hasControlCharacters(`x${ESC}`)).toBe(true)
    expect(hasControlCharacters('x\ty\nz')).toBe(false)
  })

  it('never reach clause text: normaliseSpace, which every importer uses, drops them', () => {
    expect(normaliseSpace(`  Staff ${CLEAR_SCREEN}must\u0000 not post.${WINDOW_TITLE} `)).toBe('Staff [2J[Hmust not post.]0;pwned')
  })

  it('are written out visibly for a terminal, so none is left raw', () => {
    expect(escapeControlCharacters(`a${ESC}[2Jb`)).toBe('a\\x1b[2Jb')
    expect(escapeControlCharacters('bell\u0007 csi\u009b del\u007f cr\r')).toBe('bell\\x07 csi\\u009b del\\x7f cr\\x0d')
    expect(escapeControlCharacters('keeps\ttabs\nand lines')).toBe('keeps\ttabs\nand lines')
    expect(hasControlCharacters(escapeControlCharacters(`${CLEAR_SCREEN}${WINDOW_TITLE}\u009b`))).toBe(false)
  })
})

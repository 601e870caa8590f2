/**
 * Characters from symbol fonts. Word stores Symbol and Wingdings glyphs as private-use code
 * points (U+F0B7) or as a letter in the symbol font, which print as something else entirely
 * once the font is gone. Bullets all become "•"; a few symbols policies use in text are
 * mapped to their Unicode twins; any other symbol-font glyph is dropped rather than shown as
 * a meaningless letter or box.
 */

const SYMBOL_FONTS = /^(symbol|wingdings( [23])?|webdings|zapfdingbats)$/i

/** Symbol-font glyphs (by their low byte) that have an ordinary Unicode character. */
const GLYPHS: Record<string, Record<number, string>> = {
  symbol: { 0xb7: '•', 0xb0: '°', 0xb1: '±', 0xae: '→', 0xa3: '≤', 0xb3: '≥', 0xb4: '×' },
  wingdings: { 0x9f: '•', 0x6c: '●', 0x6e: '■', 0xa7: '▪', 0xd8: '➢', 0xfb: '✗', 0xfc: '✓', 0xfe: '☑', 0xfd: '☒', 0x6f: '□', 0xa8: '□' },
}

function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff
}

function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && SYMBOL_FONTS.test(font.trim())
}

/** A bullet as printed: symbol-font and private-use characters become "•"; "–" or "o" stay. */
export function printedBullet(text: string, font: string | undefined): string {
  const symbolFont = isSymbolFont(font)
  return Array.from(text, (ch) => (isPrivateUse(ch.codePointAt(0)!) || (symbolFont && ch.trim() !== '') ? '•' : ch)).join('')
}

/** The character a w:sym prints, or '' when it is a symbol-font picture with no Unicode twin. */
export function symbolCharacter(font: string | undefined, hex: string | undefined): string {
  if (hex === undefined || !/^[0-9a-f]{1,6}$/i.test(hex)) return ''
  const code = Number.parseInt(hex, 16)
  const fromSymbolFont = isPrivateUse(code) || (isSymbolFont(font) && code < 0x100)
  if (!fromSymbolFont) return code > 0x1f && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ''
  const table = /^symbol$/i.test(font?.trim() ?? 'symbol') ? GLYPHS['symbol']! : /^wingdings$/i.test(font?.trim() ?? '') ? GLYPHS['wingdings']! : {}
  return table[code & 0xff] ?? ''
}

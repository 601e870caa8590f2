/**
 * Bytes to text for files that claim to be text. Handles UTF-8 with or without a byte order
 * mark, UTF-16 (marked, or unmarked but recognisable), and falls back to Windows-1252, the
 * encoding of text saved from older Word and Notepad on UK council machines.
 */
import { notText } from './kit/errors'
import { decodeBytes } from './kit/text-codec'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/**
 * Windows-1252's 0x80-0x9F block (curly quotes, dashes, the euro sign). Note: decoded by hand
 * because Node's TextDecoder reads 'windows-1252' as ISO-8859-1 and turns these into
 * invisible control characters. Unassigned bytes keep their C1 code point, as WHATWG says.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000)
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('')
  }
  return out
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return decodeBytes(bytes, encoding, fatal)
}

/** Guess unmarked UTF-16 from the zero bytes that ASCII text leaves in every other place. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (sample < 4) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++
      else zeroOdd++
    }
  }
  const pairs = sample / 2
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le'
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be'
  return null
}

/** Share of characters that no text file contains: C0 controls other than tab, newlines, form feed. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++
  }
  return controls / text.length
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  let decoded: DecodedText
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8' }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  } else {
    const utf16 = guessUtf16(bytes)
    if (utf16) {
      decoded = { text: decodeWith(utf16, bytes), encoding: utf16 }
    } else {
      try {
        decoded = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' }
      } catch {
        decoded = { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252' }
      }
    }
  }
  if (controlRatio(decoded.text) > 0.01) {
    throw notText(fileName)
  }
  return decoded
}

/** What a reader should know about how the text was decoded (nothing, for Unicode). */
export function decodingWarnings(decoded: DecodedText, fileName: string): string[] {
  return decoded.encoding === 'windows-1252'
    ? [`${fileName} is not saved as Unicode text; it was read as Windows-1252 (Western European). Check accented letters and symbols.`]
    : []
}

/**
 * Chunks of Markdown held as UTF-8 bytes until each is parsed (issue 12). The chunks must all
 * be cut before the file's whole text can go, and as strings they are two bytes a character
 * wherever a chunk has one character past Latin-1 (an arrow): the whole text and its chunks
 * together were then 4x the file, a large Markdown import's peak (traced under a capped heap).
 * As UTF-8 they take about the file's own size, outside the JavaScript heap, and each becomes
 * a string again (one byte a character where it allows) only when it is read.
 *
 * Note: exact. The text came from a decoder, so it has no lone surrogate (which UTF-8 cannot
 * carry; a chunk that has one is kept as a string all the same), and a leading U+FEFF, which
 * a decoder would take for a byte order mark and drop, is kept.
 */
import { decodeUtf8Keeping, encodeUtf8 } from '../kit/text-codec'
import { ownString } from '../kit/own-strings'

export type HeldChunk = string | Uint8Array

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export function holdChunk(text: string): HeldChunk {
  return LONE_SURROGATE.test(text) ? ownString(text) : encodeUtf8(text)
}

export function chunkText(chunk: HeldChunk): string {
  return typeof chunk === 'string' ? chunk : decodeUtf8Keeping(chunk)
}

/**
 * The parts every export shares (text-constants.ts), deflated when the program is built
 * (packed-constants-data.ts, written by scripts/pack-docx-constants.ts), by their text: what
 * the zip writer (zip-write.ts) takes instead of deflating them again on every export.
 */
import type { ZipEntry } from './zip-write'
import { PACKED_CONSTANTS } from './packed-constants-data'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let at = 0
  for (const c of clean) {
    value = (value << 6) | BASE64.indexOf(c)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (value >>> bits) & 255
    }
  }
  return out
}

let packed: Map<string, NonNullable<ZipEntry['ready']>> | undefined

/** Each shared part's text, with its deflated bytes and the CRC-32 of the text they were made from. */
export function packedConstants(): ReadonlyMap<string, NonNullable<ZipEntry['ready']>> {
  packed ??= new Map(PACKED_CONSTANTS.map(([text, crc, deflated]) => [text, { crc, deflated: fromBase64(deflated) }]))
  return packed
}

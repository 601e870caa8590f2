/**
 * The .docx zip laid out as fflate's zipSync writes it (deflate level 6, one fixed time, no
 * extra fields or comments), with two differences in how:
 * - the deflate and the CRC-32 come from the host (ZipCodec): pure JavaScript for any host
 *   (pure-zip-codec.ts: fflate, and the loop below), Node's own zlib where the host is Node
 *   (src/main/service/node-zip-codec.ts). Why: in a short `compose --out` the cold, not yet
 *   compiled fflate deflate of document.xml was about half the script's CPU (issue 9). With
 *   the pure codec the zip is zipSync's, byte for byte; another deflater gives other, equally
 *   valid, deflated bytes of the same parts.
 * - an entry may come with its deflated bytes already made. Why: the parts every export shares
 *   (styles, theme, fonts, notes, empty relationships) are deflated by fflate once, when the
 *   program is built (packed-constants.ts), and a short `compose --out` spent more time
 *   deflating them, on code not yet compiled, than deflating the policy itself. An entry's
 *   ready bytes are used only when the CRC-32 of its data is the one they were made from;
 *   otherwise it is deflated here, so they can go stale only in speed.
 * Note: nothing here imports fflate, so a host with its own codec never loads it (its tables,
 * built when it loads, cost a short run 8 to 20 ms). tests/export/zip-write.test.ts holds this
 * to zipSync's bytes.
 */

export interface ZipEntry {
  name: string
  data: Uint8Array
  /** The data deflated (level 6) ahead of time, and the CRC-32 of the data it was made from. */
  ready?: { crc: number; deflated: Uint8Array }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[i] = c
  }
  return table
})()

/** CRC-32 (IEEE), as zip stores it. */
export function crc32(data: Uint8Array): number {
  let c = -1
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c & 255) ^ data[i]!]! ^ (c >>> 8)
  return ~c >>> 0
}

/** What the zip writer takes from its host: how to deflate an entry and check it. */
export interface ZipCodec {
  /** `data` as a raw deflate stream (no zlib header or trailer), at level 6 as zip tools write it. */
  deflateRaw(data: Uint8Array): Uint8Array
  /** CRC-32 (IEEE) of `data`, as an unsigned 32-bit number. */
  crc32(data: Uint8Array): number
  /**
   * Parts this very deflater deflated ahead of time, by their text (packed-constants.ts), so
   * that the zip is one deflater's bytes whichever parts were made ahead.
   */
  deflatedAhead?(): ReadonlyMap<string, NonNullable<ZipEntry['ready']>>
}

const utf8 = new TextEncoder()

/** Little-endian, as zip writes every number. */
function put(out: Uint8Array, at: number, value: number, bytes: 2 | 4): void {
  for (let i = 0; i < bytes; i++) out[at + i] = (value >>> (8 * i)) & 255
}

/**
 * The zip of `entries`, in their order, every entry stamped with `time` (read in local time, as
 * fflate reads it), deflated and checked by `codec`.
 */
export function writeZip(entries: readonly ZipEntry[], time: Date, codec: ZipCodec): Uint8Array {
  const dosTime = (((time.getFullYear() - 1980) << 25) | ((time.getMonth() + 1) << 21) | (time.getDate() << 16) | (time.getHours() << 11) | (time.getMinutes() << 5) | (time.getSeconds() >> 1)) >>> 0
  const files = entries.map((entry) => {
    const name = utf8.encode(entry.name)
    const crc = codec.crc32(entry.data)
    const deflated = entry.ready && entry.ready.crc === crc ? entry.ready.deflated : codec.deflateRaw(entry.data)
    return { name, crc, size: entry.data.length, deflated, unicode: name.length !== entry.name.length }
  })
  const local = files.reduce((n, f) => n + 30 + f.name.length + f.deflated.length, 0)
  const central = files.reduce((n, f) => n + 46 + f.name.length, 0)
  const out = new Uint8Array(local + central + 22)
  // Both headers share their middle: version, flags, method, time, CRC, sizes, name length.
  const common = (at: number, f: (typeof files)[number]): void => {
    put(out, at, 20, 2)
    out[at + 3] = f.unicode ? 8 : 0
    put(out, at + 4, 8, 2)
    put(out, at + 6, dosTime, 4)
    put(out, at + 10, f.crc, 4)
    put(out, at + 14, f.deflated.length, 4)
    put(out, at + 18, f.size, 4)
    put(out, at + 22, f.name.length, 2)
  }
  let at = 0
  let dir = local
  for (const f of files) {
    put(out, at, 0x04034b50, 4)
    common(at + 4, f)
    out.set(f.name, at + 30)
    out.set(f.deflated, at + 30 + f.name.length)
    put(out, dir, 0x02014b50, 4)
    out[dir + 4] = 20
    common(dir + 6, f)
    put(out, dir + 42, at, 4)
    out.set(f.name, dir + 46)
    at += 30 + f.name.length + f.deflated.length
    dir += 46 + f.name.length
  }
  put(out, dir, 0x06054b50, 4)
  put(out, dir + 8, files.length, 2)
  put(out, dir + 10, files.length, 2)
  put(out, dir + 12, central, 4)
  put(out, dir + 16, local, 4)
  return out
}

/**
 * The .docx zip's deflate and CRC-32 from Node's own zlib, for every export a Node host makes
 * (the CLI, the browser host, the desktop app: all export through exports.ts). Why: fflate's
 * deflate, not yet compiled in a short `compose --out`, took 30 to 37 ms of CPU on the 281 KB
 * document.xml of 1,000 clauses where zlib takes about 7 (issue 9). One set of bytes for one
 * Node: the zip is valid and its parts are the pure path's, but the deflated bytes are zlib's,
 * not fflate's (tests/export/node-zip-codec.test.ts).
 */
import zlib from 'node:zlib'
import { crc32 as pureCrc32, type ZipCodec } from '../../shared/export/docx/zip-write'

/** Note: zlib.crc32 came in Node 20.15 and 22.2; engines asks for 20.19, but an older Node still exports, more slowly. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32

export const nodeZipCodec: ZipCodec = {
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 6 }),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : pureCrc32,
}

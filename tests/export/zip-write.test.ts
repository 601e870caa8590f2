/**
 * The docx zip writer (docx/zip-write.ts) with its pure codec (pure-zip-codec.ts) against
 * fflate's zipSync, which wrote every .docx before it: the same bytes for generated sets of parts (names plain and not, data empty,
 * short, long, repetitive, not ASCII); ready-deflated bytes used only when made from the same
 * data; and the parts deflated when the program is built (packed-constants.ts) are still
 * those of the writer's constants.
 */
import fc from 'fast-check'
import { strToU8, zipSync, deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32, writeZip as writeZipWith } from '../../src/shared/export/docx/zip-write'
import { pureZipCodec } from '../../src/shared/export/docx/pure-zip-codec'
import { packedConstants } from '../../src/shared/export/docx/packed-constants'
import * as constants from '../../src/shared/export/docx/text-constants'

const TIME = new Date(1980, 0, 1, 0, 0, 0)
/** The zip writer with the pure codec, the one held to zipSync's bytes. */
const writeZip = (entries: Parameters<typeof writeZipWith>[0], time: Date): Uint8Array => writeZipWith(entries, time, pureZipCodec)
const zipped = (parts: [string, Uint8Array][]): Uint8Array => zipSync(Object.fromEntries(parts.map(([n, d]) => [n, [d, { mtime: TIME, level: 6 }]])), { mtime: TIME })

const data = fc.oneof(
  fc.string({ maxLength: 40 }).map(strToU8),
  fc.tuple(fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3000 })).map(([s, n]) => strToU8(s.repeat(n))),
  fc.uint8Array({ maxLength: 2000 }),
)
const name = fc.oneof(fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/naïve ü.xml'), fc.stringMatching(/^[a-z]{1,8}\/[a-z0-9_.]{1,12}$/))

describe('the docx zip writer', () => {
  it("writes fflate zipSync's bytes, for generated parts", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, data), { selector: ([n]) => n, maxLength: 8 }), (parts) => {
        expect(Buffer.from(writeZip(parts.map(([n, d]) => ({ name: n, data: d })), TIME)).equals(Buffer.from(zipped(parts)))).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('uses ready-deflated bytes only when they were made from the same data', () => {
    const styles = strToU8(constants.STYLES_XML)
    const ready = { crc: crc32(styles), deflated: deflateSync(styles, { level: 6 }) }
    const expected = Buffer.from(zipped([['word/styles.xml', styles]]))
    expect(Buffer.from(writeZip([{ name: 'word/styles.xml', data: styles, ready }], TIME)).equals(expected)).toBe(true)
    // Stale: made from other data. Deflated again rather than trusted.
    const stale = { crc: ready.crc ^ 1, deflated: new Uint8Array([1, 2, 3]) }
    expect(Buffer.from(writeZip([{ name: 'word/styles.xml', data: styles, ready: stale }], TIME)).equals(expected)).toBe(true)
    const used = { crc: ready.crc, deflated: new Uint8Array([3, 0]) }
    expect(Buffer.from(writeZip([{ name: 'word/styles.xml', data: styles, ready: used }], TIME)).includes(Buffer.from([3, 0]))).toBe(true)
  })

  it('has the shared parts deflated as fflate deflates the current constants (else: npx tsx scripts/pack-docx-constants.ts)', () => {
    const packed = packedConstants()
    expect(pureZipCodec.deflatedAhead?.()).toBe(packed)
    expect(packed.size).toBeGreaterThanOrEqual(9)
    for (const [text, ready] of packed) {
      const bytes = strToU8(text)
      expect(ready.crc).toBe(crc32(bytes))
      expect(Buffer.from(ready.deflated).equals(Buffer.from(deflateSync(bytes, { level: 6 })))).toBe(true)
      expect(Object.values(constants)).toContain(text)
    }
  })
})

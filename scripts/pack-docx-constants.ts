/**
 * Writes src/shared/export/docx/packed-constants-data.ts: the parts every .docx export shares
 * (docx/text-constants.ts), deflated by fflate at level 6 as the zip writer would, with the
 * CRC-32 of each. Run after changing a constant or upgrading fflate:
 *
 *   npx tsx scripts/pack-docx-constants.ts
 *
 * tests/export/zip-write.test.ts fails until it is run; a stale entry only costs speed (the zip
 * writer checks each entry's CRC and deflates again), never a wrong byte.
 */
import { writeFileSync } from 'node:fs'
import { deflateSync, strToU8 } from 'fflate'
import * as constants from '../src/shared/export/docx/text-constants'
import { crc32 } from '../src/shared/export/docx/zip-write'

/** The constants that are whole parts (CONTENT_TYPES_XML: without comments; the others open parts that go on with the draft's content). */
const WHOLE_PARTS = ['STYLES_XML', 'THEME_XML', 'FONT_TABLE_XML', 'FOOTNOTES_XML', 'ENDNOTES_XML', 'APP_XML', 'CUSTOM_XML', 'EMPTY_RELS_XML', 'PACKAGE_RELS_XML', 'CONTENT_TYPES_XML'] as const

const rows = WHOLE_PARTS.map((name) => {
  const bytes = strToU8(constants[name])
  return `  [${name}, ${crc32(bytes)}, '${Buffer.from(deflateSync(bytes, { level: 6 })).toString('base64')}'],`
})
const file = `/**
 * Written by scripts/pack-docx-constants.ts; do not edit. The parts every export shares, each
 * as [its text, the CRC-32 of its UTF-8 bytes, those bytes deflated at level 6, in base64].
 */
import { ${[...WHOLE_PARTS].sort().join(', ')} } from './text-constants'

export const PACKED_CONSTANTS: readonly (readonly [string, number, string])[] = [
${rows.join('\n')}
]
`
writeFileSync(new URL('../src/shared/export/docx/packed-constants-data.ts', import.meta.url), file)
console.log(`packed ${rows.length} parts`)

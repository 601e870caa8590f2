/**
 * How large a request body the browser host accepts: what the largest legal request needs,
 * computed from the limits it must fit, not guessed.
 *
 * The largest legal request is importFiles carrying one file of MAX_FILE_BYTES (the renderer
 * sends one file per request, useLibrary.ts), as the renderer sends it: JSON.stringify of
 * `{ files: [{ name, dataBase64 }] }`. A larger file would be refused as too large anyway, so
 * its bytes need not be read. The other large requests fit under it: a draft file of
 * MAX_DRAFT_FILE_CHARS characters is at most 3 bytes a character in UTF-8 (valid JSON text
 * holds no raw control characters, whose escapes would be longer), and a Word template is
 * 20 MB of base64 (tests/web/body-limit.test.ts checks both).
 */
import { MAX_FILE_BYTES } from '../../shared/import/import-file'

/** The schema's longest file name (api-schema.ts importFile.name). */
export const MAX_FILE_NAME_CHARS = 1024

/** Base64 of n bytes: 4 characters for every 3 bytes or part of them. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3)

/** The longest a string of n UTF-16 units can be in JSON: a control character is "\u00XX". */
const worstJsonStringBytes = (chars: number): number => 6 * chars

/** The body of the largest legal importFiles request, in bytes. */
export function largestImportBodyBytes(): number {
  const envelope = Buffer.byteLength(JSON.stringify({ files: [{ name: '', dataBase64: '' }] }))
  return envelope + worstJsonStringBytes(MAX_FILE_NAME_CHARS) + base64Length(MAX_FILE_BYTES)
}

/** About 67 MiB: everything past it is refused with 413 without being kept. */
export const MAX_BODY_BYTES = largestImportBodyBytes()

export const BODY_TOO_LARGE_MESSAGE = `Request too large: a request may carry one file of at most ${MAX_FILE_BYTES / (1024 * 1024)} MB.`

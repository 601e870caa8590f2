/**
 * The Word (.docx) importer: bytes in, blocks out (read-docx.ts does the reading); a file
 * nested past the call stack's depth gets its own error.
 */
import type { Importer } from '../importer'
import { nestedTooDeep } from './errors'
import { readDocx } from './read-docx'

export const importDocx: Importer = async (bytes, fileName) => {
  try {
    return readDocx(bytes, fileName)
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw nestedTooDeep(fileName)
    }
    throw error
  }
}

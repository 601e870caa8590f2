/**
 * Reading the few entries an importer needs from a zip package (.docx, .odt), safely: a file
 * that is not a zip, is cut short, or would expand past the limit (a "zip bomb") gets a
 * WorkbenchError naming the file, never a crash or a hang.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { WorkbenchError } from '../errors'

/** No real policy's XML comes near this; a zip bomb passes it quickly. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
/** Compression ratios above this are refused even under the size limit. */
export const MAX_RATIO = 200

export interface ZipLimits {
  maxUnpackedBytes?: number
  maxRatio?: number
}

/** "a Word document", "an OpenDocument text file". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`
}

function damaged(fileName: string, what: string): WorkbenchError {
  return new WorkbenchError('damaged-file', `${fileName} ${what}`, fileName)
}

/**
 * The wanted entries of a zip, by name. `kindLabel` says what the file claims to be
 * ("Word document") for the error messages.
 */
export function readZipEntries(
  bytes: Uint8Array,
  fileName: string,
  kindLabel: string,
  wanted: (entryName: string) => boolean,
  limits: ZipLimits = {},
): Map<string, Uint8Array> {
  const maxBytes = limits.maxUnpackedBytes ?? MAX_UNPACKED_BYTES
  const maxRatio = limits.maxRatio ?? MAX_RATIO
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw damaged(fileName, `is not ${withArticle(kindLabel)}: it is not the zip package such files are made of. It may be a different kind of file renamed, or damaged.`)
  }
  let declared = 0
  let tooLarge: UnzipFileInfo | null = null
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false
        declared += file.originalSize
        const ratio = file.size > 0 ? file.originalSize / file.size : file.originalSize > 0 ? Infinity : 0
        if (declared > maxBytes || (file.originalSize > 1024 * 1024 && ratio > maxRatio)) {
          tooLarge = file
          return false
        }
        return true
      },
    })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw damaged(fileName, `could not be opened as ${withArticle(kindLabel)}: the file is damaged or incomplete (${detail}). Try saving it again from the program that made it.`)
  }
  if (tooLarge) {
    throw new WorkbenchError(
      'unpacks-too-large',
      `${fileName} would unpack to more than ${Math.round(maxBytes / 1024 / 1024)} MB (or compresses suspiciously well), far more than any policy; it was not opened, to protect your computer.`,
      fileName,
    )
  }
  // The sizes in a zip's directory can lie; count what actually came out too.
  let actual = 0
  const out = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(entries)) {
    actual += data.length
    out.set(name, data)
  }
  if (actual > maxBytes) {
    throw new WorkbenchError('unpacks-too-large', `${fileName} unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB; it was not opened.`, fileName)
  }
  return out
}

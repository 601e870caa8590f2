/**
 * Reading the few entries an importer needs from a zip package (.docx, .odt), safely: a file
 * that is not a zip, is cut short, or would expand past the limit (a "zip bomb") gets a
 * WorkbenchError naming the file, never a crash or a hang.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { notAZip, unpackedTooLarge, unpacksTooLarge, zipDamaged } from './kit/errors'

/** No real policy's XML comes near this; a zip bomb passes it quickly. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
/** Compression ratios above this are refused even under the size limit. */
export const MAX_RATIO = 200

export interface ZipLimits {
  maxUnpackedBytes?: number
  maxRatio?: number
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
    throw notAZip(fileName, kindLabel)
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
    throw zipDamaged(fileName, kindLabel, detail)
  }
  if (tooLarge) {
    throw unpacksTooLarge(fileName, maxBytes)
  }
  // The sizes in a zip's directory can lie; count what actually came out too.
  let actual = 0
  const out = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(entries)) {
    actual += data.length
    out.set(name, data)
  }
  if (actual > maxBytes) {
    throw unpackedTooLarge(fileName, maxBytes)
  }
  return out
}

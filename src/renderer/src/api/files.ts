/** Browser File objects to the JSON the API takes (bytes as base64). */
import type { ImportFile } from '../../../shared/api'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

export async function toImportFiles(files: Iterable<File>): Promise<ImportFile[]> {
  return Promise.all(
    [...files].map(async (file) => ({ name: file.name, dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) })),
  )
}

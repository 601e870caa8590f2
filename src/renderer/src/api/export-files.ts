/**
 * An exported file to the user's computer, and the organisation's template from it, through
 * the browser: a Blob and an <a download> (the desktop app shows its save dialog for downloads),
 * and a picked .docx read as base64 for the API.
 */
import type { ExportedFile } from '../../../shared/api'

export function downloadExportedFile(file: ExportedFile): void {
  const binary = atob(file.dataBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.click()
  // Note: revoked later, not at once, so the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Base64 of the file's bytes, in chunks so a large template does not overflow the call stack. */
export async function readFileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

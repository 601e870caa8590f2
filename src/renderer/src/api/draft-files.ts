/** Saving a draft file to the user's computer, and reading one they pick, through the browser. */
import type { DraftFileData } from '../../../shared/api'

export function downloadDraftFile(file: DraftFileData): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.click()
  // Note: revoked later, not at once, so the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export async function readDraftFile(file: File): Promise<DraftFileData> {
  return { fileName: file.name, text: await file.text() }
}

/**
 * The compare view's "Word report…": the service makes the .docx of two sources side by side,
 * the browser downloads it (the desktop app shows its save dialog for downloads), and the
 * status bar says which file went where, or why it did not.
 */
import { useCallback, useState } from 'react'
import { api } from '../api/client'
import { errorMessage } from '../api/error-message'
import { downloadExportedFile } from '../api/export-files'
import { savedMessage } from '../state/export-choices'

export interface ComparisonReport {
  busy: boolean
  save(): Promise<void>
}

export function useComparisonReport(a: string, b: string, onStatus: (message: string) => void): ComparisonReport {
  const [busy, setBusy] = useState(false)
  const save = useCallback(async () => {
    setBusy(true)
    onStatus('Making the Word report…')
    try {
      const file = await api.exportComparison({ a, b })
      downloadExportedFile(file)
      onStatus(savedMessage(file))
    } catch (e) {
      onStatus(`The Word report could not be made: ${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }, [a, b, onStatus])
  return { busy, save }
}

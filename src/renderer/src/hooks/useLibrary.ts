/** The library's sources and the import action, loaded through the API. */
import { useCallback, useEffect, useState } from 'react'
import type { ImportReport, SourceMetadataRequest } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { api } from '../api/client'
import { errorMessage } from '../api/error-message'
import { toImportFiles } from '../api/files'

export interface Library {
  sources: SourceSummary[]
  /** Goes up whenever the library changes, so views built from it know to reload. */
  version: number
  loading: boolean
  error: string | null
  importing: boolean
  lastReport: ImportReport | null
  importFiles(files: Iterable<File>): Promise<ImportReport | null>
  removeSource(id: string): Promise<boolean>
  /** Record a source's details (title, organisation, kind, date, notes); false if it failed. */
  updateSource(details: SourceMetadataRequest): Promise<boolean>
  /** Reload the list (after details changed elsewhere). */
  refresh(): Promise<void>
  dismissReport(): void
}

export function useLibrary(): Library {
  const [sources, setSources] = useState<SourceSummary[]>([])
  const [version, setVersion] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [lastReport, setLastReport] = useState<ImportReport | null>(null)

  const refresh = useCallback(async () => {
    try {
      setSources(await api.listSources())
      setVersion((v) => v + 1)
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      setImporting(true)
      try {
        const report = await api.importFiles({ files: await toImportFiles(files) })
        setLastReport(report)
        await refresh()
        return report
      } catch (e) {
        setError(errorMessage(e))
        return null
      } finally {
        setImporting(false)
      }
    },
    [refresh],
  )

  const removeSource = useCallback(
    async (id: string) => {
      try {
        const { removed } = await api.removeSource({ id })
        await refresh()
        return removed
      } catch (e) {
        setError(errorMessage(e))
        return false
      }
    },
    [refresh],
  )

  const updateSource = useCallback(
    async (details: SourceMetadataRequest) => {
      try {
        await api.updateSource(details)
        await refresh()
        return true
      } catch (e) {
        setError(errorMessage(e))
        return false
      }
    },
    [refresh],
  )

  return { sources, version, loading, error, importing, lastReport, importFiles, removeSource, updateSource, refresh, dismissReport: () => setLastReport(null) }
}

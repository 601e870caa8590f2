/** The library's sources and the import action, loaded through the API. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportReport, SourceMetadataRequest } from '../../../shared/api'
import type { SourceSummary } from '../../../shared/model'
import { api } from '../api/client'
import { errorMessage } from '../api/error-message'
import { toImportFiles } from '../api/files'
import { addResults, asReport, finishProgress, startProgress, type ImportProgress } from '../state/import-progress'

export interface Library {
  sources: SourceSummary[]
  /** Goes up whenever the library changes, so views built from it know to reload. */
  version: number
  loading: boolean
  error: string | null
  importing: boolean
  lastReport: ImportReport | null
  /** The import running or last run, each file's outcome as it arrived. */
  progress: ImportProgress | null
  /** Files are sent one at a time, so the bar moves with each answer and a cancel stops the rest. */
  importFiles(files: Iterable<File>): Promise<ImportReport | null>
  /** Stop after the file being imported now. */
  cancelImport(): void
  /** The bundled example policies (first run), one per request like importFiles, with the same progress and cancel. */
  importExamples(): Promise<ImportReport | null>
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
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const cancelled = useRef(false)

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

  /**
   * Sends a batch one item per request, folding each answer into the progress as it arrives,
   * so the bar and the per-file list move, the library list grows as files land, and a cancel
   * takes effect after the file being imported now.
   */
  const runImport = useCallback(
    async <T,>(items: readonly T[], send: (item: T) => Promise<ImportReport>) => {
      let current = startProgress(items.length)
      cancelled.current = false
      setProgress(current)
      try {
        for (const item of items) {
          if (cancelled.current) break
          const report = await send(item)
          current = addResults(current, report.results)
          setProgress(current)
          // The list grows as the batch goes, so the user can start reading the first file.
          await refresh()
        }
        return asReport(current)
      } catch (e) {
        setError(errorMessage(e))
        return null
      } finally {
        current = finishProgress(current, cancelled.current)
        setProgress(current)
      }
    },
    [refresh],
  )

  // Note: one file per request. The service works through a batch one file at a time anyway;
  // asking per file is what lets the bar move and a cancel take effect.
  const importFiles = useCallback(
    async (files: Iterable<File>) => runImport([...files], async (file) => api.importFiles({ files: await toImportFiles([file]) })),
    [runImport],
  )

  const importExamples = useCallback(async () => {
    // The bar shows at once (without a total) while the host lists its examples.
    setProgress(startProgress(0))
    let names: string[]
    try {
      names = (await api.listExamples()).files
    } catch (e) {
      setError(errorMessage(e))
      setProgress((p) => p && finishProgress(p, false))
      return null
    }
    // Note: by name, one example per request, as importFiles does with files: a single request
    // for all fourteen showed "0 imported" until the last one was read.
    return runImport(names, (name) => api.importExamples({ files: [name] }))
  }, [runImport])

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

  const cancelImport = useCallback(() => {
    cancelled.current = true
  }, [])
  const dismissReport = useCallback(() => setProgress(null), [])

  // Note: one object while nothing in it changes, so the memoised panes given it (LibraryPane)
  // are not drawn again when a tab opens (issue 10).
  return useMemo(
    () => ({
      sources,
      version,
      loading,
      error,
      importing: progress?.running ?? false,
      lastReport: progress && !progress.running ? asReport(progress) : null,
      progress,
      importFiles,
      cancelImport,
      importExamples,
      removeSource,
      updateSource,
      refresh,
      dismissReport,
    }),
    [sources, version, loading, error, progress, importFiles, cancelImport, importExamples, removeSource, updateSource, refresh, dismissReport],
  )
}

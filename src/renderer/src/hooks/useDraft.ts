/**
 * The draft being written: which one is open, its state from the service, and everything the
 * draft pane asks of the service (actions, undo, the draft file, named versions). Every action
 * goes to the service, which saves it at once. A call that fails leaves its message in
 * `error`, which the pane shows; none fails silently.
 */
import { useCallback, useEffect, useState } from 'react'
import type { DraftView, DraftVersionSummary, ExportDraftOptions, ExportedFile } from '../../../shared/api'
import type { DraftAction } from '../../../shared/draft'
import type { DraftSummary } from '../../../shared/model'
import { api } from '../api/client'
import { downloadDraftFile, readDraftFile } from '../api/draft-files'
import { errorMessage } from '../api/error-message'
import { downloadExportedFile } from '../api/export-files'

export interface DraftSession {
  drafts: DraftSummary[]
  state: DraftView | null
  error: string | null
  open(id: string): Promise<boolean>
  create(title?: string): Promise<boolean>
  close(): void
  /** Resolves true once the service has saved the action, false (with `error` set) if not. */
  apply(action: DraftAction): Promise<boolean>
  undo(): Promise<boolean>
  redo(): Promise<boolean>
  refreshList(): Promise<boolean>
  /** Open a draft file the user picked. */
  openFile(file: File): Promise<boolean>
  /** Download the open draft as a portable draft file. */
  saveFile(): Promise<boolean>
  /**
   * Export the open draft (Word, Markdown or a web page) and download the file. Resolves the
   * file made (its name and summary for the status bar); rejects with the reason, which the
   * Export dialog shows beside the choices that caused it.
   */
  exportDraft(options: ExportDraftOptions): Promise<ExportedFile>
  /** The open draft's named versions, newest first. Rejects on failure (for useLoad). */
  listVersions(): Promise<DraftVersionSummary[]>
  saveVersion(name: string): Promise<boolean>
  /** Make a saved version the current draft (undoable). */
  restoreVersion(versionId: string): Promise<boolean>
}

export function useDraft(): DraftSession {
  const [drafts, setDrafts] = useState<DraftSummary[]>([])
  const [state, setState] = useState<DraftView | null>(null)
  const [error, setError] = useState<string | null>(null)

  /** Runs one call: a new state replaces the old, a failure becomes the message shown. */
  const guard = useCallback(async (work: () => Promise<DraftView | void>): Promise<boolean> => {
    try {
      const next = await work()
      if (next) setState(next)
      setError(null)
      return true
    } catch (e) {
      setError(errorMessage(e))
      return false
    }
  }, [])

  const refreshList = useCallback(() => guard(async () => setDrafts(await api.listDrafts())), [guard])

  useEffect(() => {
    // Reopen the draft changed most recently, as a writer expects after a restart.
    void guard(async () => {
      const list = await api.listDrafts()
      setDrafts(list)
      if (list[0]) return api.getDraft({ id: list[0].id })
    })
  }, [guard])

  const id = state?.draft.id
  /** A call about the open draft; with none open there is nothing to do. */
  const withDraft = (work: (id: string) => Promise<DraftView | void>): Promise<boolean> => (id ? guard(() => work(id)) : Promise.resolve(false))

  return {
    drafts,
    state,
    error,
    open: (draftId) => guard(() => api.getDraft({ id: draftId })),
    create: (title) => guard(() => api.createDraft(title ? { title } : {})),
    close: () => {
      setState(null)
      void refreshList()
    },
    apply: (action) => withDraft((id) => api.applyDraftAction({ id, action })),
    undo: () => withDraft((id) => api.undoDraft({ id })),
    redo: () => withDraft((id) => api.redoDraft({ id })),
    refreshList,
    openFile: (file) => guard(async () => api.openDraftFile(await readDraftFile(file))),
    saveFile: () => withDraft(async (id) => downloadDraftFile(await api.saveDraftFile({ id }))),
    exportDraft: async (options) => {
      if (!id) throw new Error('Open a draft to export it.')
      const file = await api.exportDraft({ draftId: id, options })
      downloadExportedFile(file)
      return file
    },
    listVersions: () => (id ? api.listDraftVersions({ id }) : Promise.resolve([])),
    saveVersion: (name) => withDraft(async (id) => void (await api.saveDraftVersion({ id, name }))),
    restoreVersion: (versionId) => guard(() => api.restoreDraftVersion({ versionId })),
  }
}

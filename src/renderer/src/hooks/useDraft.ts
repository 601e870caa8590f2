/**
 * The draft being written: which one is open, its state from the service, and the actions the
 * pane dispatches. Every action goes to the service, which saves it at once.
 */
import { useCallback, useEffect, useState } from 'react'
import type { DraftView } from '../../../shared/api'
import type { DraftAction } from '../../../shared/draft'
import type { DraftSummary } from '../../../shared/model'
import { api } from '../api/client'

export interface DraftSession {
  drafts: DraftSummary[]
  state: DraftView | null
  error: string | null
  open(id: string): Promise<void>
  create(title?: string): Promise<void>
  close(): void
  apply(action: DraftAction): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
  refreshList(): Promise<void>
  /** Replace the state after a call made elsewhere (restore a version, open a file). */
  setState(state: DraftView): void
  reportError(error: unknown): void
}

export function useDraft(): DraftSession {
  const [drafts, setDrafts] = useState<DraftSummary[]>([])
  const [state, setState] = useState<DraftView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const guard = useCallback(async (work: () => Promise<DraftView | void>) => {
    try {
      const next = await work()
      if (next) setState(next)
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }, [])

  const refreshList = useCallback(async () => {
    await guard(async () => setDrafts(await api.listDrafts()))
  }, [guard])

  useEffect(() => {
    // Reopen the draft changed most recently, as a writer expects after a restart.
    void (async () => {
      try {
        const list = await api.listDrafts()
        setDrafts(list)
        if (list[0]) setState(await api.getDraft({ id: list[0].id }))
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e))
      }
    })()
  }, [])

  const id = state?.draft.id
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
    apply: (action) => (id ? guard(() => api.applyDraftAction({ id, action })) : Promise.resolve()),
    undo: () => (id ? guard(() => api.undoDraft({ id })) : Promise.resolve()),
    redo: () => (id ? guard(() => api.redoDraft({ id })) : Promise.resolve()),
    refreshList,
    setState,
    reportError: (e) => setError(e instanceof Error ? e.message : String(e)),
  }
}

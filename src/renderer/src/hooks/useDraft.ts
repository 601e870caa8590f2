/**
 * The draft being written: which one is open, its state from the service, and everything the
 * draft pane asks of the service (actions, undo, the draft file, named versions). Every action
 * goes to the service, which saves it at once. A call that fails leaves its message in
 * `error`, which the pane shows; none fails silently.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DraftView, DraftVersionSummary, ExportDraftOptions, ExportedFile } from '../../../shared/api'
import type { DraftAction, DraftPosition } from '../../../shared/draft'
import type { DraftSummary } from '../../../shared/model'
import { api } from '../api/client'
import { downloadDraftFile, readDraftFile } from '../api/draft-files'
import { errorMessage } from '../api/error-message'
import { downloadExportedFile } from '../api/export-files'
import { insertAction, pendingClause, pendingSection, refused, retried, settle, typedInto, type PendingInsert } from '../state/draft-pending'

export interface DraftSession {
  drafts: DraftSummary[]
  state: DraftView | null
  error: string | null
  open(id: string): Promise<boolean>
  create(title?: string): Promise<boolean>
  close(): void
  /** Resolves true once the service has saved the action, false (with `error` set) if not. */
  apply(action: DraftAction): Promise<boolean>
  /**
   * A new clause (at a place) or section (at an index) of the author's own, shown at once as
   * `pending` while the service saves it (state/draft-pending.ts). One at a time: asked again
   * before the service has answered, it adds nothing and gives the one waiting.
   */
  insert(what: { clauseAt: DraftPosition } | { sectionAt: number }): PendingInsert | null
  /** The insert waiting for the service, or refused by it, if any: the document and the outline show it. */
  pending: PendingInsert | null
  /** Words typed into the pending insert; false when it is pending no longer (save them as usual). */
  typePending(id: string, text: string): boolean
  /**
   * The pending insert with the words typed into it so far, and a way to hear of each
   * keystroke (for useSyncExternalStore): the outline shows the words as they are typed,
   * while the document, whose field holds them, is not drawn again per key.
   */
  typed: { current(): PendingInsert | null; subscribe(listener: () => void): () => void }
  /** A refused insert sent again, with its words; it waits once more. */
  retryPending(): void
  /** A refused insert given up: it goes, with its words. */
  discardPending(): void
  /** Undo and Redo wait for a pending insert and its words to be saved, so they undo what the author sees. */
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
  /** The insert waiting, with the draft it is for. */
  const [pending, setPending] = useState<{ insert: PendingInsert; draftId: string } | null>(null)
  /** The pending insert with the words typed so far (typing needs no new render: the field holds them). */
  const waiting = useRef<PendingInsert | null>(null)
  /** Settles when the last insert, and the edit with its words, have been saved or refused. */
  const settling = useRef<Promise<unknown>>(Promise.resolve())

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
  /** The draft open now: an answer about another (closed meanwhile) is not shown. */
  const openId = useRef(id)
  openId.current = id
  /** A call about the open draft; with none open there is nothing to do. */
  const withDraft = useCallback(
    (work: (id: string) => Promise<DraftView | void>): Promise<boolean> => (id ? guard(() => work(id)) : Promise.resolve(false)),
    [id, guard],
  )

  /** Told of every keystroke into the pending insert (typed.subscribe). */
  const listeners = useRef(new Set<() => void>())
  // Note: reads and writes refs only, so one function serves every render (no dependencies).
  const hold = useCallback((next: PendingInsert | null): void => {
    waiting.current = next
    for (const listener of listeners.current) listener()
  }, [])
  const typed = useRef<DraftSession['typed']>({
    current: () => waiting.current,
    subscribe: (listener) => {
      listeners.current.add(listener)
      return () => listeners.current.delete(listener)
    },
  })

  /** Sends the insert (with the words typed so far) and settles it when the service answers. */
  const send = useCallback((made: PendingInsert, draftId: string, action: DraftAction): void => {
    const done = (outcome: { view: DraftView } | { failed: unknown }): Promise<unknown> => {
      // Note: not ours when the draft was closed meanwhile (and perhaps another insert begun): leave that one be.
      if (waiting.current?.id !== made.id) return Promise.resolve()
      const held = waiting.current
      // Another draft opened meanwhile: this answer is not shown over it.
      if (openId.current !== draftId) {
        hold(null)
        setPending(null)
        return Promise.resolve()
      }
      const settled = 'failed' in outcome ? { saved: false as const, reason: errorMessage(outcome.failed) } : settle(held, outcome.view.draft)
      if (!settled.saved) {
        // Note: kept, in place with its words, saying why; the author tries again or discards it.
        const kept = refused(held, settled.reason)
        hold(kept)
        setPending({ insert: kept, draftId })
        return Promise.resolve()
      }
      hold(null)
      // Note: in one render with the saved draft, so the field is never drawn twice or not at all.
      setPending(null)
      if ('view' in outcome) setState(outcome.view)
      setError(null)
      return settled.followUp ? guard(() => api.applyDraftAction({ id: draftId, action: settled.followUp! })) : Promise.resolve()
    }
    settling.current = api.applyDraftAction({ id: draftId, action }).then(
      (view) => done({ view }),
      (failed: unknown) => done({ failed }),
    )
  }, [guard, hold])

  const insert = useCallback((what: { clauseAt: DraftPosition } | { sectionAt: number }): PendingInsert | null => {
    if (!id) return null
    // One at a time: the one waiting (or refused, with its words) first.
    if (waiting.current) return waiting.current
    const made = 'clauseAt' in what ? pendingClause(crypto.randomUUID(), what.clauseAt) : pendingSection(crypto.randomUUID(), what.sectionAt)
    hold(made)
    setPending({ insert: made, draftId: id })
    send(made, id, made.action)
    return made
  }, [id, hold, send])

  const retryPending = useCallback((): void => {
    const held = waiting.current
    if (!id || !held || held.refused === null || !state) return
    const again = retried(held)
    hold(again)
    setPending({ insert: again, draftId: id })
    send(again, id, insertAction(state.draft, again))
  }, [id, state, hold, send])

  const discardPending = useCallback((): void => {
    if (!waiting.current || waiting.current.refused === null) return
    hold(null)
    setPending(null)
  }, [hold])

  const open = useCallback((draftId: string) => guard(() => api.getDraft({ id: draftId })), [guard])
  const create = useCallback((title?: string) => guard(() => api.createDraft(title ? { title } : {})), [guard])
  const close = useCallback(() => {
    hold(null)
    setPending(null)
    setState(null)
    void refreshList()
  }, [hold, refreshList])
  const apply = useCallback((action: DraftAction) => withDraft((id) => api.applyDraftAction({ id, action })), [withDraft])
  const typePending = useCallback(
    (pendingId: string, text: string) => {
      if (waiting.current?.id !== pendingId) return false
      hold(typedInto(waiting.current, pendingId, text))
      return true
    },
    [hold],
  )
  const undo = useCallback(() => settling.current.then(() => withDraft((id) => api.undoDraft({ id }))), [withDraft])
  const redo = useCallback(() => settling.current.then(() => withDraft((id) => api.redoDraft({ id }))), [withDraft])
  const openFile = useCallback((file: File) => guard(async () => api.openDraftFile(await readDraftFile(file))), [guard])
  const saveFile = useCallback(() => withDraft(async (id) => downloadDraftFile(await api.saveDraftFile({ id }))), [withDraft])
  const exportDraft = useCallback(
    async (options: ExportDraftOptions) => {
      if (!id) throw new Error('Open a draft to export it.')
      const file = await api.exportDraft({ draftId: id, options })
      downloadExportedFile(file)
      return file
    },
    [id],
  )
  const listVersions = useCallback(() => (id ? api.listDraftVersions({ id }) : Promise.resolve([])), [id])
  const saveVersion = useCallback((name: string) => withDraft(async (id) => void (await api.saveDraftVersion({ id, name }))), [withDraft])
  const restoreVersion = useCallback((versionId: string) => guard(() => api.restoreDraftVersion({ versionId })), [guard])
  // Note: only over the draft it was made for (another opened meanwhile is shown as it is).
  const shownPending = pending && pending.draftId === id ? pending.insert : null

  // Note: one object while the draft and its calls stand, so the memoised draft pane is not
  // drawn again when a tab opens (issue 10).
  return useMemo(
    () => ({
      drafts,
      state,
      error,
      open,
      create,
      close,
      apply,
      insert,
      pending: shownPending,
      typePending,
      typed: typed.current,
      retryPending,
      discardPending,
      undo,
      redo,
      refreshList,
      openFile,
      saveFile,
      exportDraft,
      listVersions,
      saveVersion,
      restoreVersion,
    }),
    [drafts, state, error, open, create, close, apply, insert, shownPending, typePending, retryPending, discardPending, undo, redo, refreshList, openFile, saveFile, exportDraft, listVersions, saveVersion, restoreVersion],
  )
}

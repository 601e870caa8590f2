/**
 * The author's draft: open or start one; its title, counts, toolbar and a compact outline
 * (the clauses themselves are written in the work area's Draft tab). Every change is saved
 * at once; Undo and Redo (Ctrl+Z, Ctrl+Shift+Z outside a text field) step through this
 * session's changes. Named versions can be saved, compared and restored.
 */
import { forwardRef, memo, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import { draftLabels, type DraftAction } from '../../../shared/draft'
import { plural } from '../../../shared/text/wording'
import { useCommand } from '../hooks/useCommands'
import type { DraftSession } from '../hooks/useDraft'
import type { CompareNames } from '../state/tabs'
import { DraftOutline } from './DraftOutline'
import { CheckResults } from './CheckResults'
import { DraftVersions } from './DraftVersions'
import { ExportDialog } from './ExportDialog'
import { RovingToolbar } from './RovingToolbar'
import { savedMessage } from '../state/export-choices'
import { draftFacts, withPending } from '../state/draft-pending'

interface Props {
  session: DraftSession
  onCompareVersions(draftId: string, a: string, b: string, names: CompareNames): void
  onViewVersion(versionId: string, title: string): void
  /** News for the status bar (an export saved). */
  onStatus(message: string): void
  /** Open the Draft tab, showing one clause when given. */
  onShowDocument(clauseId?: string): void
  justAdded: ReadonlySet<string>
}

// Note: memoised (issue 10): useDraft's object and the shell's callbacks are stable, so a tab that opens leaves the draft pane be.
export const DraftPane = memo(
  forwardRef<HTMLElement, Props>(function DraftPane({ session, onCompareVersions, onViewVersion, onStatus, onShowDocument, justAdded }, ref) {
    const [showVersions, setShowVersions] = useState(false)
    const { state } = session
    const draftFile = useRef<HTMLInputElement>(null)
    useCommand('open-draft-file', () => draftFile.current?.click())

    const onKey = (e: KeyboardEvent<HTMLElement>): void => {
      const target = e.target as HTMLElement
      if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') return
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault()
        void (e.shiftKey ? session.redo() : session.undo())
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault()
        void session.redo()
      }
    }

    return (
      <aside ref={ref} id="draft-pane" className="pane draft" aria-labelledby="draft-heading" tabIndex={-1} onKeyDown={onKey}>
        <div className="pane-header">
          <h2 id="draft-heading">Your draft</h2>
        </div>
        {/* Always here, so the File menu's "Open draft file…" works with a draft open too. */}
        <input
          ref={draftFile}
          id="draft-file-input"
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          // A tab stop only beside its visible label (no draft open); otherwise the menu's way in.
          tabIndex={state ? -1 : 0}
          aria-label="Open a draft file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void session.openFile(file).then((ok) => ok && onShowDocument())
          }}
        />
        {session.error && (
          <p role="alert" className="error draft-error">
            {session.error}
          </p>
        )}
        {!state ? (
          <div className="empty-state">
            <button type="button" className="primary" onClick={() => void session.create('Untitled policy').then((ok) => ok && onShowDocument())}>
              Start a new draft
            </button>
            <label className="file-button secondary" htmlFor="draft-file-input">
              Open a draft file…
            </label>
            {session.drafts.length > 0 && (
              <>
                <h3 className="drafts-heading">Open a draft</h3>
                <ul className="draft-list">
                  {session.drafts.map((d) => (
                    <li key={d.id}>
                      <button type="button" className="source-item" onClick={() => void session.open(d.id).then((ok) => ok && onShowDocument())}>
                        <span className="source-title">{d.title || 'Untitled policy'}</span>
                        <span className="source-meta">
                          {plural(d.clauseCount, 'clause')} · {plural(d.versionCount, 'version')} · changed {new Date(d.updatedAt).toLocaleDateString('en-GB')}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="hint">Start a draft, then add clauses from any source with “Add to draft”; each keeps a note of where it came from.</p>
          </div>
        ) : (
          <DraftEditor
            session={session}
            showVersions={showVersions}
            setShowVersions={setShowVersions}
            onCompareVersions={onCompareVersions}
            onViewVersion={onViewVersion}
            onStatus={onStatus}
            onShowDocument={onShowDocument}
            justAdded={justAdded}
          />
        )}
      </aside>
    )
  }),
)

function DraftEditor({
  session,
  showVersions,
  setShowVersions,
  onCompareVersions,
  onViewVersion,
  onStatus,
  onShowDocument,
  justAdded,
}: {
  session: DraftSession
  onShowDocument: Props['onShowDocument']
  justAdded: ReadonlySet<string>
  showVersions: boolean
  setShowVersions(v: boolean): void
  onCompareVersions: Props['onCompareVersions']
  onViewVersion: Props['onViewVersion']
  onStatus: Props['onStatus']
}): React.JSX.Element {
  const state = session.state!
  const { draft } = state
  const [checking, setChecking] = useState(false)
  const [exporting, setExporting] = useState(false)
  const exportButton = useRef<HTMLButtonElement>(null)
  const refocus = useRef(false)
  const closeExport = (): void => {
    refocus.current = true
    setExporting(false)
  }
  // Back to the button once the dialog has gone: while it is open the rest of the app is inert.
  useEffect(() => {
    if (exporting || !refocus.current) return
    refocus.current = false
    exportButton.current?.focus()
  }, [exporting])
  const labels = draftLabels(draft)
  // The outline and its counts show a new clause or section of the author's own at once, as the document does.
  // Note: with the words as they are typed into it (the document's field holds them; the outline is told of each key).
  const live = useSyncExternalStore(session.typed.subscribe, session.typed.current, session.typed.current)
  const pending = session.pending && live?.id === session.pending.id ? live : session.pending
  const shown = useMemo(() => withPending(draft, pending), [draft, pending])
  const dispatch = (action: DraftAction): void => void session.apply(action)
  useCommand('save-draft-file', () => void session.saveFile())
  useCommand('export-word', () => setExporting(true))

  return (
    <div className="draft-editor">
      <input
        className="draft-title"
        aria-label="Draft title"
        defaultValue={draft.metadata.title}
        key={`title-${draft.metadata.title}`}
        onBlur={(e) => e.target.value !== draft.metadata.title && dispatch({ type: 'set-metadata', metadata: { title: e.target.value } })}
      />
      <p className="draft-facts">
        Version {draft.metadata.version || '—'} · {draft.metadata.status} · {draftFacts(draft, pending, shown)}
      </p>
      {/* One Tab stop: Left / Right move along the draft's tools (issue 10). */}
      <RovingToolbar className="draft-toolbar" label="Draft">
        <button type="button" className="secondary" disabled={!state.canUndo} title={state.undoLabel ?? undefined} onClick={() => void session.undo()}>
          Undo
        </button>
        <button type="button" className="secondary" disabled={!state.canRedo} title={state.redoLabel ?? undefined} onClick={() => void session.redo()}>
          Redo
        </button>
        <button type="button" className="secondary" aria-pressed={showVersions} onClick={() => setShowVersions(!showVersions)}>
          Versions
        </button>
        <button type="button" className="secondary" aria-pressed={checking} onClick={() => setChecking(!checking)}>
          Check
        </button>
        <button type="button" className="secondary" onClick={() => void session.saveFile()}>
          Save as file
        </button>
        <button type="button" className="secondary" ref={exportButton} aria-haspopup="dialog" onClick={() => setExporting(true)}>
          Export to Word…
        </button>
        {/* Note: "Close" alone did not say what it closed, nor that nothing is lost. */}
        <button type="button" className="secondary" title="The draft stays in your workspace: open it again from this pane." onClick={session.close}>
          Close draft
        </button>
      </RovingToolbar>
      {exporting && (
        <ExportDialog
          draft={draft}
          onExport={session.exportDraft}
          onExported={(file) => {
            onStatus(savedMessage(file))
            closeExport()
          }}
          onClose={closeExport}
        />
      )}
      {checking && (
        <CheckResults
          target={{ draftId: draft.id, updatedAt: draft.metadata.updatedAt }}
          labelOf={(id) => labels.clauses[id] ?? 'clause'}
          onShow={(id) => onShowDocument(id)}
        />
      )}
      {showVersions && <DraftVersions session={session} onCompare={onCompareVersions} onView={onViewVersion} />}
      <div className="outline-head">
        <h3 id="outline-heading">Outline</h3>
        <button type="button" className="link" onClick={() => onShowDocument()}>
          Open as a document
        </button>
      </div>
      <DraftOutline draft={shown} pending={pending} dispatch={dispatch} justAdded={justAdded} onJump={(id) => onShowDocument(id)} />
    </div>
  )
}

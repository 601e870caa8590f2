/**
 * The shell: library on the left, tabbed work area in the middle, the draft on the right,
 * a status bar below. State lives here and in reducers; panes only render and dispatch.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { AppInfo, ImportReport } from '../../shared/api'
import { addSourceClauses } from '../../shared/draft'
import type { Clause, SourceDocument } from '../../shared/model'
import { api } from './api/client'
import { DraftPane } from './components/DraftPane'
import { LibraryPane } from './components/LibraryPane'
import { StatusBar } from './components/StatusBar'
import { WorkArea } from './components/WorkArea'
import { useDraft } from './hooks/useDraft'
import { useLibrary } from './hooks/useLibrary'
import { usePaneCycling } from './hooks/usePaneCycling'
import { initialTabs, tabsReducer } from './state/tabs'

function describeReport(report: ImportReport): string {
  const ok = report.results.filter((r) => r.ok).length
  const failed = report.results.length - ok
  const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`
  if (failed === 0) return `Imported ${files(ok)}.`
  if (ok === 0) return `Could not import ${files(failed)}; see the import report in the library.`
  return `Imported ${files(ok)}; ${files(failed)} could not be imported (see the import report).`
}

export function App(): React.JSX.Element {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [message, setMessage] = useState('Ready.')
  const [tabs, dispatchTabs] = useReducer(tabsReducer, initialTabs)
  const library = useLibrary()
  const draft = useDraft()
  const activeTab = tabs.tabs.find((t) => t.key === tabs.active)
  const libraryRef = useRef<HTMLElement>(null)
  const workRef = useRef<HTMLElement>(null)
  const draftRef = useRef<HTMLElement>(null)
  const panes = useMemo(() => [libraryRef, workRef, draftRef], [])
  usePaneCycling(panes)

  useEffect(() => {
    api.getAppInfo().then(setInfo, (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)))
  }, [])

  const onImport = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return
      setMessage(`Importing ${files.length} file${files.length === 1 ? '' : 's'}…`)
      const report = await library.importFiles(files)
      if (report) setMessage(describeReport(report))
    },
    [library],
  )

  /** Clauses go to the end of the draft's last section; several go as one undoable step. */
  const onAddToDraft = useCallback(
    (source: SourceDocument, clauses: Clause[]) => {
      const current = draft.state?.draft
      const section = current?.sections.at(-1)
      if (!current || !section) return
      const refs = clauses.map((c) => ({ sourceId: source.id, sourceTitle: source.title, clauseId: c.id, label: c.label, text: c.text, level: c.level }))
      const at = { sectionId: section.id, index: section.clauses.length }
      void draft.apply(
        refs.length === 1
          ? { type: 'add-source-clause', at, source: refs[0]! }
          : addSourceClauses(at, refs, `add ${refs.length} clauses of ${source.title}`),
      )
      setMessage(`Added ${refs.length === 1 ? `clause ${clauses[0]!.label ?? ''}` : `${refs.length} clauses`} from ${source.title} to the draft.`)
    },
    [draft],
  )

  const onRemoveSource = useCallback(
    async (source: SourceDocument) => {
      if (!window.confirm(`Remove “${source.title}” from the library? Its clauses will no longer be available to compare.`)) return
      if (await library.removeSource(source.id)) {
        dispatchTabs({ type: 'source-removed', sourceId: source.id })
        setMessage(`Removed “${source.title}” from the library.`)
      }
    },
    [library],
  )

  return (
    <div className="shell">
      <a className="skip-link" href="#work-area">
        Skip to the work area
      </a>
      <header className="titlebar">
        <span className="titlebar-name">Policy Workbench</span>
        <span className="titlebar-hint">F6 moves between panes</span>
      </header>
      <LibraryPane
        ref={libraryRef}
        library={library}
        formats={info?.formats ?? []}
        activeSourceId={activeTab?.kind === 'source' ? activeTab.sourceId : null}
        onImport={onImport}
        onOpen={(source) => dispatchTabs({ type: 'open-source', sourceId: source.id, title: source.title })}
        onSearch={(query) => dispatchTabs({ type: 'open-search', query })}
        onOpenView={(view) => dispatchTabs({ type: 'open-view', view })}
      />
      <WorkArea
        ref={workRef}
        state={tabs}
        dispatch={dispatchTabs}
        formats={info?.formats ?? []}
        sourceCount={library.sources.length}
        onRemoveSource={onRemoveSource}
        sources={library.sources}
        libraryVersion={library.version}
        onAddToDraft={draft.state ? onAddToDraft : null}
        onLibraryChanged={() => void library.refresh()}
        openDraft={draft.state ? { id: draft.state.draft.id, updatedAt: draft.state.draft.metadata.updatedAt } : null}
        onOpenHit={(hit) => dispatchTabs({ type: 'open-source', sourceId: hit.sourceId, title: hit.sourceTitle, focusClauseId: hit.clauseId })}
      />
      <DraftPane
        ref={draftRef}
        session={draft}
        onCompareVersions={(draftId, a, b, title) => dispatchTabs({ type: 'open-compare-versions', draftId, a, b, title })}
        onViewVersion={(versionId, title) => dispatchTabs({ type: 'open-version', versionId, title })}
      />
      <StatusBar message={library.error ?? message} info={info} sourceCount={library.sources.length} />
    </div>
  )
}

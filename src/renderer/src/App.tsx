/**
 * The shell: library on the left, tabbed work area in the middle, the draft on the right,
 * a status bar below. State lives here and in reducers; panes only render and dispatch.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { FormatInfo, ImportReport } from '../../shared/api'
import type { SourceClauseRef } from '../../shared/draft'
import type { SourceDocument, SourceSummary } from '../../shared/model'
import { plural } from '../../shared/text/wording'
import { DraftPane } from './components/DraftPane'
import { returnFocusAfterImport } from './components/ImportReportPanel'
import { LibraryPane } from './components/LibraryPane'
import { StatusBar } from './components/StatusBar'
import { WorkArea } from './components/WorkArea'
import { CommandsContext, useCommand, useCommandSources } from './hooks/useCommands'
import { coverageEarly, sourceEarly, useAppInfo } from './hooks/queries'
import { useDraft } from './hooks/useDraft'
import { useJustAdded } from './hooks/useJustAdded'
import { useLibrary } from './hooks/useLibrary'
import { usePaneLayout } from './hooks/usePaneLayout'
import { PaneSeparator } from './components/PaneSeparator'
import { usePaneCycling } from './hooks/usePaneCycling'
import { addToDraft } from './state/add-to-draft'
import { draftMarks } from './state/draft-outline'
import { gridColumns } from './state/pane-layout'
import type { ClauseJump } from './components/DraftDocument'
import { addResults, countResults, describeCounts, finishProgress, runningLine, startProgress } from './state/import-progress'
import { createCommandRegistry } from './state/command-registry'
import { tabShortcutAction, type TabShortcut } from './state/tab-shortcuts'
import { initialTabs, tabsReducer, type CompareNames } from './state/tabs'

/** Imported, already in the library, failed and cancelled counted apart (state/import-progress.ts). */
function describeReport(report: ImportReport, total = report.results.length): string {
  const progress = finishProgress(addResults(startProgress(total), report.results), report.results.length < total)
  return describeCounts(countResults(progress))
}

/** Before the app's facts arrive: one array, so the memoised panes given it see no change. */
const NO_FORMATS: FormatInfo[] = []

/** The shell inside its command registry, which the menu, shortcuts and views share. */
export function App(): React.JSX.Element {
  const [registry] = useState(createCommandRegistry)
  useCommandSources(registry)
  return (
    <CommandsContext.Provider value={registry}>
      <Shell />
    </CommandsContext.Provider>
  )
}

function Shell(): React.JSX.Element {
  const { data: info, error: infoError } = useAppInfo()
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
  const openDraftDoc = draft.state?.draft ?? null
  const justAdded = useJustAdded(openDraftDoc)
  const libraryNeeded = (!library.loading && library.sources.length === 0) || library.progress !== null
  const panesLayout = usePaneLayout(activeTab?.kind === 'compare' || activeTab?.kind === 'compare-versions', libraryNeeded)
  const { layout } = panesLayout
  const marks = useMemo(() => (openDraftDoc ? draftMarks(openDraftDoc) : {}), [openDraftDoc])
  const [jump, setJump] = useState<ClauseJump | null>(null)
  // Note: what the panes' callbacks read when called, so the callbacks stay one function each
  // and the memoised panes are not drawn again when a tab opens (issue 10); as useCommand does.
  const now = useRef({ activeTab, draftId: openDraftDoc?.id ?? null })
  now.current = { activeTab, draftId: openDraftDoc?.id ?? null }
  const onShowDocument = useCallback((clauseId?: string) => {
    dispatchTabs({ type: 'open-view', view: 'draft' })
    if (clauseId) setJump((last) => ({ clauseId, seq: (last?.seq ?? 0) + 1 }))
  }, [])

  // Like any other news, until something newer replaces it.
  useEffect(() => {
    if (infoError) setMessage(infoError)
  }, [infoError])

  const { importFiles, importExamples } = library
  const onImport = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return
      setMessage(`Importing ${plural(files.length, 'file')}…`)
      const report = await importFiles(files)
      if (report) setMessage(describeReport(report, files.length))
      returnFocusAfterImport()
    },
    [importFiles],
  )

  const onLoadExamples = useCallback(async () => {
    setMessage('Loading the example policies…')
    const report = await importExamples()
    if (report) setMessage(describeReport(report))
    // Note: the button pressed is an empty library's offer, gone once the first example lands;
    // the report held the focus meanwhile, and the library's list takes it now.
    returnFocusAfterImport()
  }, [importExamples])

  /** Said in the status bar only once the service has saved it; a failure shows in the draft pane. */
  const onAddToDraft = useCallback(
    async (refs: SourceClauseRef[]) => {
      const add = draft.state && addToDraft(draft.state.draft, refs)
      if (add && (await draft.apply(add.action))) setMessage(add.message)
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

  const onOpenSource = useCallback((source: SourceSummary) => {
    const { activeTab } = now.current
    // The source is asked for before its tab is drawn (unless that tab is showing already).
    if (!(activeTab?.kind === 'source' && activeTab.sourceId === source.id)) sourceEarly(source.id)
    dispatchTabs({ type: 'open-source', sourceId: source.id, title: source.title })
  }, [])
  const onSearch = useCallback((query: string) => dispatchTabs({ type: 'open-search', query }), [])
  const onOpenView = useCallback((view: 'coverage' | 'families') => {
    // The matrix is asked for before its tab is drawn (unless that tab is showing already).
    if (view === 'coverage' && now.current.activeTab?.kind !== 'coverage') coverageEarly(now.current.draftId)
    dispatchTabs({ type: 'open-view', view })
  }, [])
  const { setWidth, setCollapsed } = panesLayout
  const onRevealLibrary = useCallback(() => layout.libraryCollapsed && setCollapsed('library', false), [layout.libraryCollapsed, setCollapsed])
  const onLibraryWidth = useCallback((w: number, save: boolean) => setWidth('library', w, save), [setWidth])
  const onLibraryCollapsed = useCallback((c: boolean) => setCollapsed('library', c), [setCollapsed])
  const onOutlineWidth = useCallback((w: number, save: boolean) => setWidth('outline', w, save), [setWidth])
  const onOutlineCollapsed = useCallback((c: boolean) => setCollapsed('outline', c), [setCollapsed])
  const onCompareVersions = useCallback(
    (draftId: string, a: string, b: string, names: CompareNames) => dispatchTabs({ type: 'open-compare-versions', draftId, a, b, names }),
    [],
  )
  const onViewVersion = useCallback((versionId: string, title: string) => dispatchTabs({ type: 'open-version', versionId, title }), [])

  // The commands the shell itself answers; the library, draft pane and compare view offer theirs.
  const onTabShortcut = (shortcut: TabShortcut) => () => {
    const action = tabShortcutAction(tabs, shortcut)
    if (action) dispatchTabs(action)
  }
  useCommand('close-tab', onTabShortcut('close-tab'))
  useCommand('next-tab', onTabShortcut('next-tab'))
  useCommand('previous-tab', onTabShortcut('previous-tab'))
  useCommand('load-examples', () => void onLoadExamples())
  useCommand('new-draft', () => void draft.create().then((ok) => ok && onShowDocument()))
  useCommand('undo-draft', () => void draft.undo())
  useCommand('redo-draft', () => void draft.redo())
  useCommand('toggle-library', () => panesLayout.setCollapsed('library', !layout.libraryCollapsed))
  useCommand('toggle-draft', () => panesLayout.setCollapsed('outline', !layout.outlineCollapsed))

  return (
    <div
      className={`shell resizable${layout.libraryCollapsed ? ' library-collapsed' : ''}${layout.outlineCollapsed ? ' outline-collapsed' : ''}`}
      style={{ gridTemplateColumns: gridColumns(layout) }}
    >
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
        formats={info?.formats ?? NO_FORMATS}
        activeSourceId={activeTab?.kind === 'source' ? activeTab.sourceId : null}
        onImport={onImport}
        onLoadExamples={onLoadExamples}
        onOpen={onOpenSource}
        onSearch={onSearch}
        onOpenView={onOpenView}
        onReveal={onRevealLibrary}
      />
      <PaneSeparator
        label="library"
        controls="library-pane"
        side="left"
        width={layout.libraryWidth}
        collapsed={layout.libraryCollapsed}
        onWidth={onLibraryWidth}
        onCollapsed={onLibraryCollapsed}
      />
      <WorkArea
        ref={workRef}
        state={tabs}
        dispatch={dispatchTabs}
        formats={info?.formats ?? NO_FORMATS}
        sourceCount={library.sources.length}
        onLoadExamples={library.sources.length === 0 && !library.loading && !library.importing ? onLoadExamples : null}
        onRemoveSource={onRemoveSource}
        sources={library.sources}
        libraryVersion={library.version}
        onAddToDraft={draft.state ? onAddToDraft : null}
        onSaveSourceDetails={library.updateSource}
        openDraft={draft.state ? { id: draft.state.draft.id, updatedAt: draft.state.draft.metadata.updatedAt } : null}
        wide={{ on: layout.wide, set: panesLayout.setWide }}
        onStatus={setMessage}
        draft={{ session: draft, justAdded, jump, marks }}
        onOpenHit={(hit) => dispatchTabs({ type: 'open-source', sourceId: hit.sourceId, title: hit.sourceTitle, focusClauseId: hit.clauseId })}
      />
      <PaneSeparator
        label="draft pane"
        controls="draft-pane"
        side="right"
        width={layout.outlineWidth}
        collapsed={layout.outlineCollapsed}
        onWidth={onOutlineWidth}
        onCollapsed={onOutlineCollapsed}
      />
      <DraftPane
        ref={draftRef}
        session={draft}
        onCompareVersions={onCompareVersions}
        onViewVersion={onViewVersion}
        onStatus={setMessage}
        onShowDocument={onShowDocument}
        justAdded={justAdded}
      />
      <StatusBar message={library.error ?? panesLayout.error ?? (library.progress?.running ? runningLine(library.progress) : message)} info={info} sourceCount={library.sources.length} />
    </div>
  )
}

/**
 * The tabbed work area, following the WAI-ARIA tabs pattern: one tab stop for the tab list,
 * arrow keys between tabs, Delete closes a closable tab, and the panel takes focus when a
 * new tab opens so a keyboard user lands on what they asked for.
 */
import { forwardRef, useEffect, useRef, type Dispatch, type KeyboardEvent } from 'react'
import type { FormatInfo, SearchHit, SourceMetadataRequest } from '../../../shared/api'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SourceDocument, SourceSummary } from '../../../shared/model'
import { compareEarly } from '../hooks/queries'
import type { DraftSession } from '../hooks/useDraft'
import type { TabsAction, TabsState } from '../state/tabs'
import { CompareView, type WideCompare } from './CompareView'
import { CoverageView } from './CoverageView'
import { DraftDocument, type ClauseJump } from './DraftDocument'
import { DraftVersionView } from './DraftVersionView'
import { FamiliesView } from './FamiliesView'
import { SearchView } from './SearchView'
import { SourceView } from './SourceView'
import { StartView } from './StartView'
import { TabTitle } from './TabTitle'
import { TabOverflow } from './TabOverflow'

interface Props {
  state: TabsState
  dispatch: Dispatch<TabsAction>
  formats: FormatInfo[]
  sourceCount: number
  /** The first-run button on the Start tab; null once the library has sources. */
  onLoadExamples: (() => void) | null
  onRemoveSource(source: SourceDocument): void
  onOpenHit(hit: SearchHit): void
  sources: SourceSummary[]
  libraryVersion: number
  /** Null when no draft is open. */
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  /** Record a source's details; false if that failed (the status bar says why). */
  onSaveSourceDetails(details: SourceMetadataRequest): Promise<boolean>
  /** The open draft, for views that show it beside the sources. */
  openDraft: { id: string; updatedAt: string } | null
  /** The draft session, for the Draft tab; the clauses just added and the one to show. */
  draft: { session: DraftSession; justAdded: ReadonlySet<string>; jump: ClauseJump | null; marks: Record<string, string> }
  /** Wide compare, kept with the shell's pane layout (the side panes are the shell's). */
  wide: WideCompare
  /** News for the status bar (a report saved). */
  onStatus(message: string): void
}

const tabId = (key: string): string => `tab-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`
const panelId = (key: string): string => `panel-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`

export const WorkArea = forwardRef<HTMLElement, Props>(function WorkArea({ state, dispatch, formats, sourceCount, onLoadExamples, onRemoveSource, onOpenHit, sources, libraryVersion, onAddToDraft, onSaveSourceDetails, openDraft, draft, wide, onStatus }, ref) {
  const panel = useRef<HTMLDivElement>(null)
  const previousCount = useRef(state.tabs.length)
  const active = state.tabs.find((t) => t.key === state.active) ?? state.tabs[0]!

  useEffect(() => {
    // A tab was just opened: move focus into it.
    if (state.tabs.length > previousCount.current) panel.current?.focus()
    previousCount.current = state.tabs.length
  }, [state.tabs.length])

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = state.tabs.findIndex((t) => t.key === state.active)
    const go = (i: number): void => {
      const tab = state.tabs[(i + state.tabs.length) % state.tabs.length]!
      dispatch({ type: 'activate', key: tab.key })
      document.getElementById(tabId(tab.key))?.focus()
    }
    if (event.key === 'ArrowRight') go(index + 1)
    else if (event.key === 'ArrowLeft') go(index - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(state.tabs.length - 1)
    else if (event.key === 'Delete' && active.kind !== 'start') dispatch({ type: 'close', key: active.key })
    else return
    event.preventDefault()
  }

  return (
    <main ref={ref} id="work-area" className="pane work-area" aria-label="Work area" tabIndex={-1}>
      <div className="tabstrip-row">
      <div className="tablist" role="tablist" aria-label="Open documents" onKeyDown={onTabKey}>
        {state.tabs.map((tab) => {
          const selected = tab.key === state.active
          return (
            <div key={tab.key} role="presentation" className={`tab${selected ? ' selected' : ''}`}>
              <button
                type="button"
                role="tab"
                id={tabId(tab.key)}
                aria-selected={selected}
                aria-controls={panelId(tab.key)}
                tabIndex={selected ? 0 : -1}
                onClick={() => dispatch({ type: 'activate', key: tab.key })}
                title={tab.kind !== 'start' ? `${tab.title} (Delete closes this tab)` : tab.title}
              >
                <TabTitle tab={tab} />
              </button>
              {tab.kind !== 'start' && (
                // Note: hidden from assistive technology because a tab list may hold only
                // tabs; keyboard and screen-reader users close a tab with the Delete key.
                <button
                  type="button"
                  className="tab-close"
                  tabIndex={-1}
                  aria-hidden="true"
                  title={`Close ${tab.title}`}
                  onClick={() => dispatch({ type: 'close', key: tab.key })}
                >
                  ×
                </button>
              )}
            </div>
          )
        })}
      </div>
      <TabOverflow state={state} dispatch={dispatch} tabId={tabId} />
      </div>
      <div
        ref={panel}
        className="tabpanel"
        role="tabpanel"
        id={panelId(active.key)}
        aria-labelledby={tabId(active.key)}
        // Note: the Start tab holds no control once the library has sources, and it scrolls on a
        // small screen: a Tab stop of its own, so the keyboard can scroll it (axe:
        // scrollable-region-focusable, serious, at 1024x680). Other tabs' controls are their stops.
        tabIndex={active.kind === 'start' ? 0 : -1}
      >
        {active.kind === 'start' && <StartView formats={formats} sourceCount={sourceCount} onLoadExamples={onLoadExamples} />}
        {active.kind === 'source' && (
          <SourceView
            key={active.key}
            sourceId={active.sourceId}
            focusClauseId={active.focusClauseId}
            others={sources.filter((s) => s.id !== active.sourceId)}
            onCompare={(a, b) => {
              // The request leaves now, while the comparison's tab is drawn.
              compareEarly({ kind: 'sources', a: a.id, b: b.id })
              dispatch({ type: 'open-compare', a: a.id, b: b.id, names: { a: a.title, b: b.title } })
            }}
            onRemove={onRemoveSource}
            onAddToDraft={onAddToDraft}
            onSaveDetails={onSaveSourceDetails}
            inDraft={draft.marks}
            onOpenClause={(c) => dispatch({ type: 'open-source', sourceId: c.sourceId, title: c.sourceTitle, focusClauseId: c.clauseId })}
          />
        )}
        {active.kind === 'compare' && (
          <CompareView
            key={active.key}
            target={{ kind: 'sources', a: active.a, b: active.b }}
            onSwap={() => {
              compareEarly({ kind: 'sources', a: active.b, b: active.a })
              dispatch({ type: 'swap', key: active.key })
            }}
            onAddToDraft={onAddToDraft}
            wide={wide}
            onStatus={onStatus}
          />
        )}
        {active.kind === 'compare-versions' && (
          <CompareView
            key={active.key}
            target={{ kind: 'versions', draftId: active.draftId, a: active.a, b: active.b }}
            onSwap={() => dispatch({ type: 'swap', key: active.key })}
            wide={wide}
            onStatus={onStatus}
          />
        )}
        {active.kind === 'coverage' && <CoverageView version={libraryVersion} draft={openDraft} onAddToDraft={onAddToDraft} />}
        {active.kind === 'draft-version' && <DraftVersionView key={active.key} versionId={active.versionId} />}
        {active.kind === 'families' && (
          <FamiliesView
            sources={sources}
            onOpenClause={(sourceId, clauseId) =>
              dispatch({ type: 'open-source', sourceId, title: sources.find((s) => s.id === sourceId)?.title ?? 'Source', focusClauseId: clauseId })
            }
            onAddClause={onAddToDraft && ((clause) => onAddToDraft([clause]))}
          />
        )}
        {active.kind === 'draft' && <DraftDocument session={draft.session} justAdded={draft.justAdded} jump={draft.jump} />}
        {active.kind === 'search' && <SearchView query={active.query} onOpen={onOpenHit} onAddToDraft={onAddToDraft} inDraft={draft.marks} />}
      </div>
    </main>
  )
})

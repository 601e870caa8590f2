/**
 * The work area's tabs as data: actions in, new state out, so tab behaviour is unit-tested
 * without a browser and components only dispatch.
 */
/** What the two sides of a comparison are called; the tab's title is made from them. */
export interface CompareNames {
  a: string
  b: string
}

export type Tab =
  | { key: 'start'; kind: 'start'; title: string }
  /** focusClauseId: the clause to bring into view when the tab shows (from a search hit). */
  | { key: string; kind: 'source'; sourceId: string; title: string; focusClauseId?: string }
  | { key: string; kind: 'search'; query: string; title: string }
  | { key: string; kind: 'compare'; a: string; b: string; names: CompareNames; title: string }
  | { key: string; kind: 'compare-versions'; draftId: string; a: string; b: string; names: CompareNames; title: string }
  | { key: string; kind: 'draft-version'; versionId: string; title: string }
  | { key: 'coverage'; kind: 'coverage'; title: string }
  | { key: 'families'; kind: 'families'; title: string }
  /** The open draft as a document (the outline stays in the right pane). */
  | { key: 'draft'; kind: 'draft'; title: string }

export interface TabsState {
  tabs: Tab[]
  active: string
}

export type TabsAction =
  | { type: 'open-source'; sourceId: string; title: string; focusClauseId?: string }
  | { type: 'open-search'; query: string }
  | { type: 'open-compare'; a: string; b: string; names: CompareNames }
  | { type: 'open-compare-versions'; draftId: string; a: string; b: string; names: CompareNames }
  /** Open the comparison of a compare tab the other way round (B as A). */
  | { type: 'swap'; key: string }
  | { type: 'open-version'; versionId: string; title: string }
  | { type: 'open-view'; view: 'coverage' | 'families' | 'draft' }
  | { type: 'activate'; key: string }
  | { type: 'close'; key: string }
  | { type: 'source-removed'; sourceId: string }

export const START_TAB: Tab = { key: 'start', kind: 'start', title: 'Start' }

export const initialTabs: TabsState = { tabs: [START_TAB], active: 'start' }

export function sourceTabKey(sourceId: string): string {
  return `source:${sourceId}`
}

export function searchTabKey(query: string): string {
  return `search:${query}`
}

const compareTitle = (names: CompareNames): string => `${names.a} ↔ ${names.b}`
const swapped = (names: CompareNames): CompareNames => ({ a: names.b, b: names.a })

function closeTab(state: TabsState, key: string): TabsState {
  const index = state.tabs.findIndex((t) => t.key === key)
  // The Start tab stays: the work area is never empty.
  if (index < 0 || key === 'start') return state
  const tabs = state.tabs.filter((t) => t.key !== key)
  // Closing the active tab activates its neighbour, as in every tabbed editor.
  const active = state.active === key ? (tabs[Math.min(index, tabs.length - 1)] ?? START_TAB).key : state.active
  return { tabs, active }
}

export function tabsReducer(state: TabsState, action: TabsAction): TabsState {
  switch (action.type) {
    case 'open-source': {
      const key = sourceTabKey(action.sourceId)
      const tab: Tab = { key, kind: 'source', sourceId: action.sourceId, title: action.title, ...(action.focusClauseId ? { focusClauseId: action.focusClauseId } : {}) }
      // An open tab is reused (and told which clause to show); a new one opens at the end.
      if (state.tabs.some((t) => t.key === key)) return { tabs: state.tabs.map((t) => (t.key === key ? tab : t)), active: key }
      return { tabs: [...state.tabs, tab], active: key }
    }
    case 'open-search': {
      const query = action.query.trim()
      if (!query) return state
      const key = searchTabKey(query)
      if (state.tabs.some((t) => t.key === key)) return { ...state, active: key }
      // One search tab at a time: a new search replaces the last one in place.
      const existing = state.tabs.findIndex((t) => t.kind === 'search')
      const tab: Tab = { key, kind: 'search', query, title: `Search: ${query}` }
      const tabs = existing >= 0 ? state.tabs.map((t, i) => (i === existing ? tab : t)) : [...state.tabs, tab]
      return { tabs, active: key }
    }
    case 'open-compare': {
      const key = `compare:${action.a}:${action.b}`
      if (state.tabs.some((t) => t.key === key)) return { ...state, active: key }
      const tab: Tab = { key, kind: 'compare', a: action.a, b: action.b, names: action.names, title: compareTitle(action.names) }
      return { tabs: [...state.tabs, tab], active: key }
    }
    case 'open-compare-versions': {
      const key = `versions:${action.draftId}:${action.a}:${action.b}`
      if (state.tabs.some((t) => t.key === key)) return { ...state, active: key }
      const tab: Tab = { key, kind: 'compare-versions', draftId: action.draftId, a: action.a, b: action.b, names: action.names, title: compareTitle(action.names) }
      return { tabs: [...state.tabs, tab], active: key }
    }
    case 'swap': {
      // The swapped comparison opens as its own tab (or is brought forward), so both stay at hand.
      const tab = state.tabs.find((t) => t.key === action.key)
      if (tab?.kind === 'compare') return tabsReducer(state, { type: 'open-compare', a: tab.b, b: tab.a, names: swapped(tab.names) })
      if (tab?.kind === 'compare-versions') {
        return tabsReducer(state, { type: 'open-compare-versions', draftId: tab.draftId, a: tab.b, b: tab.a, names: swapped(tab.names) })
      }
      return state
    }
    case 'open-version': {
      const key = `version:${action.versionId}`
      if (state.tabs.some((t) => t.key === key)) return { ...state, active: key }
      return { tabs: [...state.tabs, { key, kind: 'draft-version', versionId: action.versionId, title: action.title }], active: key }
    }
    case 'open-view': {
      const key = action.view
      if (state.tabs.some((t) => t.key === key)) return { ...state, active: key }
      const tab: Tab =
        action.view === 'coverage'
          ? { key: 'coverage', kind: 'coverage', title: 'Coverage' }
          : action.view === 'families'
            ? { key: 'families', kind: 'families', title: 'Families' }
            : { key: 'draft', kind: 'draft', title: 'Draft' }
      return { tabs: [...state.tabs, tab], active: key }
    }
    case 'activate':
      return state.tabs.some((t) => t.key === action.key) ? { ...state, active: action.key } : state
    case 'close':
      return closeTab(state, action.key)
    case 'source-removed': {
      // Its own tab and every comparison it is part of close; library-wide views recompute.
      const gone = state.tabs.filter((t) => t.key === sourceTabKey(action.sourceId) || (t.kind === 'compare' && (t.a === action.sourceId || t.b === action.sourceId)))
      return gone.reduce((s, t) => closeTab(s, t.key), state)
    }
  }
}

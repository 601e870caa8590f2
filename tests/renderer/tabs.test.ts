/** The work area's tab behaviour, as data. */
import { describe, expect, it } from 'vitest'
import { initialTabs, sourceTabKey, tabsReducer, type TabsAction, type TabsState } from '../../src/renderer/src/state/tabs'

const apply = (...actions: TabsAction[]): TabsState => actions.reduce(tabsReducer, initialTabs)
const open = (id: string): TabsAction => ({ type: 'open-source', sourceId: id, title: `Policy ${id}` })

describe('tabs', () => {
  it('starts with the Start tab active', () => {
    expect(initialTabs.tabs.map((t) => t.key)).toEqual(['start'])
    expect(initialTabs.active).toBe('start')
  })

  it('opens a source once, and re-opening activates it', () => {
    const state = apply(open('a'), open('b'), open('a'))
    expect(state.tabs.map((t) => t.key)).toEqual(['start', sourceTabKey('a'), sourceTabKey('b')])
    expect(state.active).toBe(sourceTabKey('a'))
  })

  it('activates the neighbour when the active tab closes', () => {
    expect(apply(open('a'), open('b'), open('c'), { type: 'activate', key: sourceTabKey('b') }, { type: 'close', key: sourceTabKey('b') }).active).toBe(sourceTabKey('c'))
    expect(apply(open('a'), open('b'), { type: 'close', key: sourceTabKey('b') }).active).toBe(sourceTabKey('a'))
    expect(apply(open('a'), { type: 'close', key: sourceTabKey('a') }).active).toBe('start')
  })

  it('keeps the active tab when another closes', () => {
    expect(apply(open('a'), open('b'), { type: 'close', key: sourceTabKey('a') }).active).toBe(sourceTabKey('b'))
  })

  it('never closes the Start tab and ignores unknown keys', () => {
    const state = apply(open('a'))
    expect(tabsReducer(state, { type: 'close', key: 'start' })).toBe(state)
    expect(tabsReducer(state, { type: 'activate', key: 'nope' })).toBe(state)
  })

  it('keeps one search tab, replaced by each new search', () => {
    const state = apply(open('a'), { type: 'open-search', query: 'purdah' }, open('b'), { type: 'open-search', query: ' consent ' })
    expect(state.tabs.map((t) => t.key)).toEqual(['start', sourceTabKey('a'), 'search:consent', sourceTabKey('b')])
    expect(state.active).toBe('search:consent')
    expect(apply({ type: 'open-search', query: '   ' })).toEqual(initialTabs)
  })

  it('reopens a source tab at the clause a search hit points to', () => {
    const state = apply(open('a'), { type: 'open-source', sourceId: 'a', title: 'Policy a', focusClauseId: 'c7' })
    expect(state.tabs).toHaveLength(2)
    expect(state.tabs[1]).toMatchObject({ kind: 'source', focusClauseId: 'c7' })
  })

  it('closes the tab of a source that was removed from the library', () => {
    expect(apply(open('a'), open('b'), { type: 'source-removed', sourceId: 'a' }).tabs.map((t) => t.key)).toEqual(['start', sourceTabKey('b')])
  })
})

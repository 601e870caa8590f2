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

describe('compare tabs', () => {
  const compare: TabsAction = { type: 'open-compare', a: 'a', b: 'b', names: { a: 'Policy ↔ one', b: 'Policy two' } }

  it('titles a comparison from the names of its sides', () => {
    const state = apply(compare)
    expect(state.tabs[1]).toMatchObject({ kind: 'compare', a: 'a', b: 'b', title: 'Policy ↔ one ↔ Policy two' })
    expect(state.active).toBe('compare:a:b')
  })

  it('swaps A and B from the names it holds, not by reading its title back', () => {
    const state = apply(compare, { type: 'swap', key: 'compare:a:b' })
    expect(state.tabs.map((t) => t.key)).toEqual(['start', 'compare:a:b', 'compare:b:a'])
    expect(state.tabs[2]).toMatchObject({ a: 'b', b: 'a', names: { a: 'Policy two', b: 'Policy ↔ one' }, title: 'Policy two ↔ Policy ↔ one' })
    expect(state.active).toBe('compare:b:a')
    // Swapping back brings the first tab forward instead of opening a third.
    const back = tabsReducer(state, { type: 'swap', key: 'compare:b:a' })
    expect(back.tabs).toHaveLength(3)
    expect(back.active).toBe('compare:a:b')
  })

  it('swaps two versions of a draft the same way, and ignores other tabs', () => {
    const state = apply({ type: 'open-compare-versions', draftId: 'd', a: 'v1', b: 'current', names: { a: '0.3', b: 'current draft' } }, { type: 'swap', key: 'versions:d:v1:current' })
    expect(state.tabs[2]).toMatchObject({ kind: 'compare-versions', draftId: 'd', a: 'current', b: 'v1', title: 'current draft ↔ 0.3' })
    const opened = apply(open('a'))
    expect(tabsReducer(opened, { type: 'swap', key: sourceTabKey('a') })).toBe(opened)
  })
})

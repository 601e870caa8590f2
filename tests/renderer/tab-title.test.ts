/** A tab's title in the strip: a comparison's two names each cut on its own, the arrow kept. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TabTitle } from '../../src/renderer/src/components/TabTitle'
import { initialTabs, tabsReducer } from '../../src/renderer/src/state/tabs'

const text = (html: string): string => html.replace(/<[^>]+>/g, '')

describe('tab titles', () => {
  const names = { a: 'Riverside Borough Council Social Media Policy (DRAFT)', b: 'Riverside Borough Council Social Media Policy' }
  const state = tabsReducer(tabsReducer(initialTabs, { type: 'open-source', sourceId: 's1', title: names.a }), { type: 'open-compare', a: 's1', b: 's2', names })
  const source = state.tabs.find((t) => t.kind === 'source')!
  const compare = state.tabs.find((t) => t.kind === 'compare')!

  it("cuts a comparison's names each on its own, so the arrow always shows", () => {
    const html = renderToStaticMarkup(createElement(TabTitle, { tab: compare }))
    expect(html).toBe(`<span class="tab-pair"><span class="tab-side">${names.a}</span><span class="tab-arrow"> ↔ </span><span class="tab-side">${names.b}</span></span>`)
    // The same words as the tab's title, for assistive technology and the tests that find tabs by name.
    expect(text(html)).toBe(compare.title)
  })

  it("shows a source's tab as its title, unlike the comparison that starts with the same words", () => {
    const html = renderToStaticMarkup(createElement(TabTitle, { tab: source }))
    expect(html).toBe(names.a)
    expect(html).not.toContain('tab-side')
  })
})

/**
 * Wordings under a coverage cell or a family (react-dom/server, no browser): the reference the
 * user picks is the first card, its clauses unmarked, and the others marked against it.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { WordingsCompared, type Wording } from '../../src/renderer/src/components/WordingsCompared'

const wording = (id: string, heading: string, text: string): Wording => ({
  source: { id, title: heading, heading },
  clauses: [{ id: `${id}-1`, label: '7.1', text }],
})

const wordings = [
  wording('a', 'Ashbury: Photos', 'Staff must get written consent before posting photos of young people.'),
  wording('b', 'Castlegate: Social networking', 'Staff must get consent before posting photos of young people.'),
  wording('c', 'Eastbrook: Social media', 'Councillors may attend the annual parade.'),
]

const render = (referenceId: string): string =>
  renderToStaticMarkup(createElement(WordingsCompared, { wordings, referenceId, onReference: () => {}, onAddToDraft: () => {}, label: 'Wordings on photos' }))

describe('wordings compared', () => {
  it('puts the reference first whichever place the library gives it', () => {
    const html = render('b')
    const order = [...html.matchAll(/<h3>([^<]+)/g)].map((m) => m[1])
    expect(order).toEqual(['Castlegate: Social networking', 'Ashbury: Photos', 'Eastbrook: Social media'])
    expect(html).toMatch(/class="wording reference"><h3>Castlegate: Social networking<span class="wording-ref-mark"> \(reference\)/)
  })

  it('keeps the picker in the library order, and marks the others against the reference', () => {
    const html = render('b')
    expect([...html.matchAll(/<option value="(\w)"/g)].map((m) => m[1])).toEqual(['a', 'b', 'c'])
    expect(html).toContain('<ins')
    expect(html).toMatch(/Councillors may attend the annual parade\.<span class="wording-unmatched"> \(nothing close in the reference\)/)
  })

  it('is one Tab stop across every card (the first clause), with that clause\'s Add to draft next', () => {
    const html = render('b')
    const items = html.match(/<li [^>]*data-roving-item[^>]*>/g)!
    expect(items).toHaveLength(3)
    expect(items.filter((li) => li.includes('tabindex="0"'))).toHaveLength(1)
    expect(items[0]).toContain('tabindex="0"')
    const buttons = html.match(/<button [^>]*>/g)!
    expect(buttons.filter((b) => !b.includes('tabindex="-1"'))).toEqual([expect.stringContaining('Add to draft: Castlegate: Social networking 7.1')])
    // Each clause says how to move on.
    const hint = /<span id="([^"]+)" class="visually-hidden">Up and Down arrows/.exec(html)![1]
    expect(items.every((li) => li.includes(`aria-describedby="${hint}"`))).toBe(true)
  })
})

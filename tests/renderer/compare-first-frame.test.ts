/**
 * The compare view's first frame (issue 10): a comparison of a few hundred rows draws the rows
 * in its first screenful, the current row and the tab stop, with spacers for the rest, and
 * says it is still drawing (aria-busy); the rest is drawn once that frame is painted. Rendered
 * to HTML (react-dom/server runs no effects, so what it gives is the first render). In a real
 * browser, every row reachable by keyboard once drawn and a step to a difference not yet drawn:
 * tests/e2e/compare.e2e.test.ts ("drawn in view first").
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { revisedPair } from '../../bench/revised-pair'
import { ComparisonRows } from '../../src/renderer/src/components/CompareView'
import { listRows } from '../../src/renderer/src/components/compare-rows'
import { compareSources } from '../../src/shared/compare/align'
import { testSource } from '../support/sources'

// Note: the view's data hook and the Word report button load the API client, which needs a
// browser's window; the rows are given here, already compared.
vi.mock('../../src/renderer/src/hooks/queries', () => ({ useComparison: () => ({}) }))
vi.mock('../../src/renderer/src/components/WordReportButton', () => ({ WordReportButton: () => null }))

const { a, b } = revisedPair(120)
const comparison = compareSources(testSource('a', a), testSource('b', b))
const render = (): string =>
  renderToStaticMarkup(createElement(ComparisonRows, { comparison, onSwap: () => {}, onAddToDraft: null, wide: { on: false, set: () => {} }, report: null }))
const rowsIn = (html: string): number[] => [...html.matchAll(/data-row="(\d+)"/g)].map((m) => Number(m[1]))

describe("the compare view's first frame", () => {
  const shown = listRows(comparison.rows, (r) => r.status !== 'same')
  const differences = shown.filter((l) => l.kind === 'row')

  it('is a list rendered whole, not windowed, so this is the case the first frame is about', () => {
    expect(differences.length).toBeGreaterThan(30)
    expect(shown.length).toBeLessThan(200)
  })

  it('draws the rows of its first screenful only, a spacer for the rest, and says it is still drawing', () => {
    const html = render()
    const drawn = rowsIn(html)
    expect(drawn.length).toBeGreaterThan(2)
    expect(drawn.length).toBeLessThan(differences.length / 2)
    // The first rows, in order: what is at the top of the view.
    expect(drawn).toEqual(differences.slice(0, drawn.length).map((l) => (l.kind === 'row' ? l.index : -1)))
    expect(html).toMatch(/<li class="window-gap" aria-hidden="true" style="height:\d+(\.\d+)?px"><\/li>/)
    expect(html).toContain('aria-busy="true"')
    // No place in the list is claimed for a list that is not windowed.
    expect(html).not.toContain('aria-setsize')
  })

  it('keeps the tab stop (the first row) drawn, so Tab into the list works at once', () => {
    const html = render()
    const first = differences[0]!.kind === 'row' ? differences[0]!.index : -1
    expect(html).toMatch(new RegExp(`data-row="${first}"[^>]*tabindex="0"`))
  })
})

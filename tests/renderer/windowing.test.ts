/**
 * Windowed lists (issue 10): which items a scroll position renders, the spacers that keep the
 * scroll height true, the pinned items (focused, current) that stay rendered wherever the view
 * is, and the source reader's list rendered to HTML: a long source only in part, each clause
 * with its place in its section, a short one whole. Scrolling and the keyboard moving past the
 * window in a real browser: tests/e2e/long-lists.e2e.test.ts.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { SourceClauses } from '../../src/renderer/src/components/SourceClauses'
import { groupBySection, readingItems } from '../../src/renderer/src/state/source-reading'
import { offsetsOf, spanAt, WINDOW_FROM, windowPieces, type WindowPiece, DRAW_STEP, drawnEnd } from '../../src/renderer/src/state/windowing'
import type { Clause, SourceDocument } from '../../src/shared/model'

// Note: the similar-clauses list (shown only when asked for, never here) loads the API client,
// which needs a browser's window; the list itself is not what these tests are about.
vi.mock('../../src/renderer/src/components/SimilarList', () => ({ SimilarList: () => null }))

const heights = Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 40 : 60))
const offsets = offsetsOf(heights)
const total = heights.reduce((a, b) => a + b, 0)
const sizeOf = (pieces: WindowPiece[]): number => pieces.reduce((n, p) => n + (p.kind === 'gap' ? p.height : offsets[p.end]! - offsets[p.start]!), 0)

describe('which items a scroll position needs', () => {
  it('keeps each item\'s top, and the list\'s height last', () => {
    expect([...offsetsOf([10, 20, 30])]).toEqual([0, 10, 30, 60])
    expect(offsets[1000]).toBe(total)
  })

  it('takes the items meeting the viewport, widened by the overscan', () => {
    // Section of ten: 40 + 9 × 60 = 580 px; item 12 spans 680–740, so 700 px meets items 0 to 12.
    expect(spanAt(offsets, 0, 700, 0)).toEqual({ start: 0, end: 13 })
    // Halfway: item 500 starts at 50 × 580 = 29,000; item 512 spans 29,680–29,740.
    expect(spanAt(offsets, 29_000, 29_700, 0)).toEqual({ start: 500, end: 513 })
    expect(spanAt(offsets, 29_000, 29_700, 120)).toEqual({ start: 498, end: 515 })
  })

  it('clamps at both ends of the list', () => {
    expect(spanAt(offsets, -500, 100, 300)).toEqual({ start: 0, end: 8 })
    expect(spanAt(offsets, total - 100, total + 400, 0)).toEqual({ start: 998, end: 1000 })
    expect(spanAt(offsetsOf([]), 0, 700, 0)).toEqual({ start: 0, end: 0 })
  })
})

describe('the pieces a windowed list renders', () => {
  it('stands spacers for the items before and after, so the scroll height is the whole list\'s', () => {
    const pieces = windowPieces(offsets, { start: 500, end: 512 }, [])
    expect(pieces).toEqual([
      { kind: 'gap', start: 0, end: 500, height: 29_000 },
      { kind: 'items', start: 500, end: 512 },
      { kind: 'gap', start: 512, end: 1000, height: total - offsets[512]! },
    ])
    expect(sizeOf(pieces)).toBe(total)
  })

  it('keeps pinned items rendered far from the view, each between spacers', () => {
    const pieces = windowPieces(offsets, { start: 0, end: 12 }, [873, null, undefined, 5])
    expect(pieces.filter((p) => p.kind === 'items')).toEqual([
      { kind: 'items', start: 0, end: 12 },
      { kind: 'items', start: 873, end: 874 },
    ])
    expect(sizeOf(pieces)).toBe(total)
  })

  it('joins a pinned item next to the span into one run, and ignores items out of range', () => {
    expect(windowPieces(offsets, { start: 10, end: 20 }, [20, 1000, -1]).filter((p) => p.kind === 'items')).toEqual([{ kind: 'items', start: 10, end: 21 }])
  })
})

const clause = (i: number): Clause => ({
  id: `c${i}`,
  sourceId: 's',
  section: ['Long Policy', `${Math.floor(i / 10) + 1}. Section`],
  label: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
  level: 1,
  text: `Clause number ${i} says what staff do.`,
  inline: `Clause number ${i} says what staff do.`,
  topics: [],
})
const sourceOf = (n: number): SourceDocument =>
  ({ id: 's', title: 'Long Policy', format: 'txt', origin: 'long.txt', clauses: Array.from({ length: n }, (_, i) => clause(i)), warnings: [] }) as unknown as SourceDocument

describe("the reader's list", () => {
  it('flattens sections into a heading then its clauses, each with its place in its section', () => {
    const items = readingItems(groupBySection(sourceOf(25).clauses), 'Long Policy')
    expect(items.map((it) => (it.kind === 'head' ? `# ${it.trail.join(' › ')}` : `${it.clause.label} ${it.n}/${it.of}`)).slice(0, 3)).toEqual(['# 1. Section', '1.1 1/10', '1.2 2/10'])
    expect(items).toHaveLength(25 + 3)
    expect(items.at(-1)).toMatchObject({ kind: 'clause', n: 5, of: 5 })
  })

  const render = (n: number, shownId?: string): string => {
    const source = sourceOf(n)
    return renderToStaticMarkup(createElement(SourceClauses, { source, groups: groupBySection(source.clauses), shownId, inDraft: { c3: '2.1' }, onAddToDraft: null, onOpenClause: undefined }))
  }

  it('renders a long source only in part: the first screenful, then one spacer for the rest', () => {
    const html = render(1000)
    const rendered = html.match(/<li [^>]*class="clause/g) ?? []
    expect(rendered.length).toBeGreaterThan(10)
    expect(rendered.length).toBeLessThan(100)
    expect(html).toMatch(/<div class="window-gap" aria-hidden="true" style="height:\d+px"><\/div><\/div>$/)
    // Screen readers hear the clause's place in its section, since the list holds only part of it.
    expect(html).toMatch(/id="clause-c2" data-vindex="3" [^>]*aria-setsize="10" aria-posinset="3"/)
    expect(html).toContain('in your draft as 2.1')
  })

  it('renders the clause being shown far down, with spacers around it', () => {
    const html = render(1000, 'c873')
    expect(html).toMatch(/<div class="window-gap"[^>]*><\/div><section class="clause-group"><ol class="clauses"><li id="clause-c873"[^>]*class="clause level-1 focused"/)
    expect(html).not.toContain('id="clause-c500"')
  })

  it(`renders a source of fewer than ${WINDOW_FROM} lines whole, with no spacers (the browser's Find sees it all)`, () => {
    const html = render(150)
    expect(html.match(/<li [^>]*class="clause/g)).toHaveLength(150)
    expect(html).not.toContain('window-gap')
    expect(html).not.toContain('aria-setsize')
  })
})

describe('a list rendered whole, drawn in steps after its first screen', () => {
  it('goes on DRAW_STEP items at a time, and ends (Infinity) once the step reaches the last item', () => {
    const steps: number[] = []
    for (let drawn = 9; drawn !== Infinity; drawn = drawnEnd(drawn, 123, DRAW_STEP)) steps.push(drawn)
    expect(steps).toEqual([9, 9 + DRAW_STEP, 9 + 2 * DRAW_STEP, 9 + 3 * DRAW_STEP].filter((n) => n < 123))
    expect(drawnEnd(100, 123, DRAW_STEP)).toBe(Infinity)
    expect(drawnEnd(0, 0, DRAW_STEP)).toBe(Infinity)
  })
})

/**
 * Issue 10: a source's clause list is one Tab stop (roving tabindex), not two per clause. The
 * keys as a pure model, and the reader's list rendered to HTML: the clause holding the stop,
 * its toolbar and its section's button are the only Tab stops, and every clause says how to
 * move on. Focus moving by these keys in a real browser: tests/e2e/long-lists.e2e.test.ts.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { SourceClauses } from '../../src/renderer/src/components/SourceClauses'
import { clauseKeyAction, movedTo, toolAt, type KeyPress } from '../../src/renderer/src/state/clause-list-keys'
import { groupBySection } from '../../src/renderer/src/state/source-reading'
import type { Clause, SourceDocument } from '../../src/shared/model'

// Note: the similar-clauses list loads the API client, which needs a browser's window.
vi.mock('../../src/renderer/src/components/SimilarList', () => ({ SimilarList: () => null }))

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, shift: false, ctrl: false, alt: false, meta: false, ...mods })

describe('the keys of a clause list', () => {
  it('move between clauses with Up, Down, Home and End, and into the tools with Right', () => {
    const on = { on: 'clause' } as const
    expect(clauseKeyAction(key('ArrowDown'), on)).toEqual({ type: 'move', by: 1 })
    expect(clauseKeyAction(key('ArrowUp'), on)).toEqual({ type: 'move', by: -1 })
    expect(clauseKeyAction(key('Home'), on)).toEqual({ type: 'first' })
    expect(clauseKeyAction(key('End'), on)).toEqual({ type: 'last' })
    expect(clauseKeyAction(key('ArrowRight'), on)).toEqual({ type: 'into-tools' })
    // Left on a clause, letters and Enter are the page's and the browser's.
    expect(clauseKeyAction(key('ArrowLeft'), on)).toBeNull()
    expect(clauseKeyAction(key('a'), on)).toBeNull()
  })

  it('leave modified arrows alone (Alt+Up moves a draft clause; Shift selects text)', () => {
    for (const mods of [{ alt: true }, { ctrl: true }, { meta: true }, { shift: true }]) {
      expect(clauseKeyAction(key('ArrowDown', mods), { on: 'clause' })).toBeNull()
      expect(clauseKeyAction(key('ArrowRight', mods), { on: 'tool', tool: 0 })).toBeNull()
    }
  })

  it('move along the toolbar with Left and Right, and back to the clause with Escape or Left from the first tool', () => {
    expect(clauseKeyAction(key('ArrowRight'), { on: 'tool', tool: 0 })).toEqual({ type: 'tool', by: 1 })
    expect(clauseKeyAction(key('ArrowLeft'), { on: 'tool', tool: 1 })).toEqual({ type: 'tool', by: -1 })
    expect(clauseKeyAction(key('ArrowLeft'), { on: 'tool', tool: 0 })).toEqual({ type: 'to-clause' })
    expect(clauseKeyAction(key('Escape'), { on: 'tool', tool: 1 })).toEqual({ type: 'to-clause' })
    // Up and Down on a tool do nothing: the page scrolls, nothing jumps.
    expect(clauseKeyAction(key('ArrowDown'), { on: 'tool', tool: 0 })).toBeNull()
  })

  it('stop at either end of the list, and wrap round the toolbar', () => {
    expect(movedTo(0, 5, { type: 'move', by: -1 })).toBe(0)
    expect(movedTo(4, 5, { type: 'move', by: 1 })).toBe(4)
    expect(movedTo(2, 5, { type: 'move', by: 1 })).toBe(3)
    expect(movedTo(2, 5, { type: 'first' })).toBe(0)
    expect(movedTo(2, 5, { type: 'last' })).toBe(4)
    expect(movedTo(0, 0, { type: 'last' })).toBe(-1)
    expect(toolAt(1, 2, 1)).toBe(0)
    expect(toolAt(0, 2, -1)).toBe(1)
  })
})

const clause = (i: number): Clause => ({
  id: `c${i}`,
  sourceId: 's',
  section: ['Policy', `${Math.floor(i / 4) + 1}. Section`],
  label: `${Math.floor(i / 4) + 1}.${(i % 4) + 1}`,
  level: 1,
  text: `Clause ${i} says what staff do online.`,
  inline: `Clause ${i} says what staff do online.`,
  topics: [],
})
const source = { id: 's', title: 'Policy', clauses: Array.from({ length: 12 }, (_, i) => clause(i)) } as unknown as SourceDocument

function render(shownId: string | undefined): string {
  return renderToStaticMarkup(
    createElement(SourceClauses, { source, groups: groupBySection(source.clauses), shownId, inDraft: undefined, onAddToDraft: () => {}, onOpenClause: undefined }),
  )
}

/** What Tab stops at, in order: clauses with tabindex 0 (by id), and buttons not taken out with -1 (by text). */
function tabStops(html: string): string[] {
  const stops: string[] = []
  for (const m of html.matchAll(/<(li|button)\b([^>]*)>([^<]*)/g)) {
    const [, tag, attrs, text] = m as unknown as [string, string, string, string]
    if (tag === 'li' && /tabindex="0"/.test(attrs)) stops.push(`clause ${/data-clause-id="([^"]+)"/.exec(attrs)![1]}`)
    if (tag === 'button' && !/tabindex="-1"/.test(attrs)) stops.push(text)
  }
  return stops
}

describe('the source reader\'s clause list', () => {
  it('is one Tab stop, on the first clause, then its toolbar (not two per clause), with only its section\'s button', () => {
    const html = render(undefined)
    expect((html.match(/<li\b[^>]*class="clause/g) ?? []).length).toBe(12)
    expect(tabStops(html)).toEqual(['Add this section to the draft', 'clause c0', 'Add to draft'])
  })

  it('puts the stop on the clause shown (a search hit), and the section button with it', () => {
    expect(tabStops(render('c9'))).toEqual(['Add this section to the draft', 'clause c9', 'Add to draft'])
  })

  it('tells a screen reader, after each clause, how to move on and reach its tools', () => {
    const html = render(undefined)
    const hintId = /<p id="([^"]+)" class="visually-hidden">Up and Down arrows/.exec(html)![1]!
    const described = html.match(new RegExp(`<li[^>]*aria-describedby="${hintId.replace(/[^\w]/g, '\\$&')}"`, 'g')) ?? []
    expect(described).toHaveLength(12)
    expect(html).toContain('role="toolbar" aria-label="Clause tools"')
  })
})

/**
 * The draft document and the outline rendered to HTML (react-dom/server, so no browser is
 * needed): numbers, levels, the margin's provenance, the redline and the outline's controls.
 * Interaction is proved end to end in tests/e2e/draft-document.e2e.test.ts.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DraftClauseItem } from '../../src/renderer/src/components/DraftClauseItem'
import { DraftDocument } from '../../src/renderer/src/components/DraftDocument'
import { DraftOutline } from '../../src/renderer/src/components/DraftOutline'
import { Redline } from '../../src/renderer/src/components/Redline'
import { wordDiff } from '../../src/shared/compare/word-diff'
import type { DraftSession } from '../../src/renderer/src/hooks/useDraft'
import { sampleDraft } from './support/sample-draft'

const draft = sampleDraft()
const session = { state: { draft, canUndo: true, canRedo: false, undoLabel: null, redoLabel: null } } as unknown as DraftSession
const noop = (): void => {}

describe('the draft document', () => {
  const html = renderToStaticMarkup(createElement(DraftDocument, { session, justAdded: new Set(['c3']), jump: null }))

  it('prints section headings and numbered clauses and sub-clauses, indented by level', () => {
    expect(html).toContain('<h2 id="draft-doc-title">Social media policy</h2>')
    expect(html).toMatch(/class="draft-doc-number">1<\/span><input aria-label="Heading of section 1"[^>]*value="Elections"/)
    expect(html).toMatch(/class="draft-clause state-verbatim level-1"[^>]*data-clause-id="c1"/)
    expect(html).toMatch(/class="draft-clause state-adapted level-2"[^>]*data-clause-id="c2"/)
    expect(html).toContain('aria-label="Clause 1.1.1"')
    expect(html).toContain('aria-label="Clause 2.1"')
  })

  it('puts provenance in the margin: the badge and "from <source> <label>"', () => {
    expect(html).toMatch(/data-clause-id="c2".*?<span class="state-badge adapted">Adapted<\/span><span class="origin"[^>]*>from Riverside Policy 7.2<\/span>/)
  })

  it('marks a just-added clause and offers a new clause per section', () => {
    expect(html).toMatch(/class="draft-clause state-new level-1 just-added"[^>]*data-clause-id="c3"/)
    expect(html).toContain('Write a new clause in section 2')
    expect(html).toContain('Add a section')
  })

  it('says so when no draft is open', () => {
    const empty = renderToStaticMarkup(createElement(DraftDocument, { session: { state: null } as unknown as DraftSession, justAdded: new Set<string>(), jump: null }))
    expect(empty).toContain('No draft is open')
  })
})

describe('a clause\'s "Show changes"', () => {
  it('offers the redline and the original on an adapted clause', () => {
    const clause = draft.sections[0]!.clauses[1]!
    const html = renderToStaticMarkup(createElement(DraftClauseItem, { clause, label: '1.1.1', level: 2, canIndent: true, first: false, last: false, dispatch: noop, onMove: noop }))
    expect(html).toContain('aria-pressed="false">Show changes</button>')
    expect(html).toContain('Restore original')
  })

  it('keeps its tools out of the Tab order until focus is in the clause (one stop per clause, its text)', () => {
    const clause = draft.sections[0]!.clauses[1]!
    const html = renderToStaticMarkup(createElement(DraftClauseItem, { clause, label: '1.1.1', level: 2, canIndent: true, first: false, last: false, dispatch: noop, onMove: noop }))
    const buttons = html.match(/<button\b[^>]*>/g)!
    expect(buttons.length).toBeGreaterThanOrEqual(6)
    expect(buttons.filter((b) => !/tabindex="-1"/.test(b) && !/disabled/.test(b))).toEqual([])
    expect(html.match(/<textarea\b[^>]*>/g)!.filter((t) => /tabindex="-1"/.test(t))).toEqual([])
  })

  it('is a true redline: the original\'s words struck through, the new ones underlined, the text rebuilt either way', () => {
    const before = 'Do not like posts by candidates.'
    const after = 'Never like or share posts by candidates.'
    const html = renderToStaticMarkup(createElement(Redline, { ops: wordDiff(before, after).ops }))
    expect(html).toContain('<del title="Deleted">Do not </del></span><ins title="Inserted">Never </ins>')
    expect(html).toContain('<ins title="Inserted"> or share</ins>')
    const text = (keep: 'del' | 'ins'): string =>
      html.replace(keep === 'del' ? /<ins[^>]*>.*?<\/ins>/g : /<del[^>]*>.*?<\/del>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
    expect(text('del')).toBe(before)
    expect(text('ins')).toBe(after)
  })
})

describe('the outline', () => {
  const html = renderToStaticMarkup(createElement(DraftOutline, { draft, dispatch: noop, justAdded: new Set(['c1']), onJump: noop }))

  it('lists numbers and first words, each a draggable button with its keyboard moves', () => {
    expect(html).toContain('<nav class="draft-outline" aria-label="Outline of the draft">')
    expect(html).toMatch(/<li data-section-id="s2"><span class="outline-section"><span class="outline-number">2<\/span> Our own rules/)
    expect(html).toMatch(/<li data-clause-id="c2" class="outline-level-2"><button type="button" id="outline-c2" class="outline-clause" draggable="true" aria-keyshortcuts="Alt\+ArrowUp Alt\+ArrowDown"/)
    expect(html).toContain('<span class="outline-number">2.1</span> <span class="outline-words">Staff tell their manager before they speak for…</span>')
    expect(html).toMatch(/id="outline-c1" class="outline-clause just-added"/)
  })
})

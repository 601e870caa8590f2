/**
 * The draft document and the outline rendered to HTML (react-dom/server, so no browser is
 * needed): numbers, levels, the margin's provenance, the redline and the outline's controls.
 * The keys are tested in draft-doc-keys.test.ts; interaction is proved end to end in
 * tests/e2e/draft-document.e2e.test.ts.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DraftClauseItem } from '../../src/renderer/src/components/DraftClauseItem'
import { DraftDocument } from '../../src/renderer/src/components/DraftDocument'
import { DraftOutline } from '../../src/renderer/src/components/DraftOutline'
import { Redline } from '../../src/renderer/src/components/Redline'
import { wordDiff } from '../../src/shared/compare/word-diff'
import { applyDraftAction } from '../../src/shared/draft'
import type { DraftSession } from '../../src/renderer/src/hooks/useDraft'
import { pendingClause, pendingSection, refused, typedInto, withPending as shownWith } from '../../src/renderer/src/state/draft-pending'
import { sampleDraft } from './support/sample-draft'

const draft = sampleDraft()
const session = { state: { draft, canUndo: true, canRedo: false, undoLabel: null, redoLabel: null } } as unknown as DraftSession
const noop = (): void => {}
const item = (tabIndex: 0 | -1) => ({ id: 'draft-item-c', tabIndex, 'data-draft-item': 'c:c', onFocus: noop })

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

  it('is ONE Tab stop: headings and clauses one list, their text fields out of the Tab order (issue 10)', () => {
    const items = html.match(/<(?:li|div)\b[^>]*data-draft-item="[^"]*"[^>]*>/g)!
    expect(items.map((i) => i.match(/data-draft-item="([^"]*)"/)![1])).toEqual(['s:id2', 'c:c1', 'c:c2', 's:s2', 'c:c3'])
    expect(items.filter((i) => /tabindex="0"/.test(i))).toHaveLength(1)
    expect(items[0]).toContain('tabindex="0"')
    // Text fields are entered with Enter or F2, not Tab.
    const fields = html.match(/<(?:textarea|input)\b[^>]*>/g)!
    expect(fields).toHaveLength(5)
    expect(fields.filter((f) => !/tabindex="-1"/.test(f))).toEqual([])
    // Tab stops in the whole document: the list, its stop's first tool, and "Add a section".
    const stops = html.match(/<(?:button|li|div|textarea|input)\b[^>]*>/g)!.filter((el) => /tabindex="0"/.test(el) || (/^<button/.test(el) && !/tabindex=/.test(el) && !/disabled/.test(el)))
    expect(stops.map((el) => el.match(/aria-label="([^"]*)"/)?.[1] ?? el)).toEqual(['Section 1: Elections', 'New clause at the end of section 1', '<button type="button" class="secondary">'])
  })

  it('says a clause whole when it is focused: number, text and provenance, then its keys', () => {
    expect(html).toMatch(/<li id="draft-item-c-c2" tabindex="-1" data-draft-item="c:c2" aria-label="Clause 1\.1\.1: Never like or share posts by candidates\. Adapted from Riverside Policy 7\.2\." aria-describedby="[^"]+"/)
    expect(html).toContain('aria-label="Clause 2.1: Staff tell their manager before they speak for the council online, on any platform at all. New."')
    expect(html).toMatch(/<div class="draft-clause-tools" role="toolbar" aria-label="Tools for clause 1\.1\.1" data-roving-tools="true">/)
    expect(html).toContain('Enter or F2: write in it; Escape comes back.')
  })

  it('says so when no draft is open', () => {
    const empty = renderToStaticMarkup(createElement(DraftDocument, { session: { state: null } as unknown as DraftSession, justAdded: new Set<string>(), jump: null }))
    expect(empty).toContain('No draft is open')
  })
})

describe('a new clause or section of one\'s own, before the service has saved it (issue 10)', () => {
  const withPending = (pending: ReturnType<typeof pendingClause>): string =>
    renderToStaticMarkup(createElement(DraftDocument, { session: { ...session, pending } as unknown as DraftSession, justAdded: new Set<string>(), jump: null }))

  it('is in the document at once, numbered where it will be, its field ready and its tools waiting', () => {
    const html = withPending(pendingClause('mine', { sectionId: draft.sections[0]!.id, index: 1 }))
    // Between 1.1 and its sub-clause, which is numbered under it now.
    expect(html.match(/data-draft-item="[^"]*"/g)).toEqual(['s:id2', 'c:c1', 'c:mine', 'c:c2', 's:s2', 'c:c3'].map((k) => `data-draft-item="${k}"`))
    expect(html).toMatch(/<li id="draft-item-c-mine" tabindex="-1" data-draft-item="c:mine" aria-label="Clause 1\.2: empty\. New\."[^>]*class="draft-clause state-new level-1 pending"/)
    expect(html).toMatch(/<textarea id="draft-clause-mine" data-item-field="true" tabindex="-1" aria-label="Clause 1\.2"/)
    expect(html).toContain('aria-label="Clause 1.2.1"')
    const tools = html.slice(html.indexOf('Tools for clause 1.2"'), html.indexOf('data-clause-id="c2"')).match(/<button\b[^>]*>/g)!
    expect(tools.length).toBeGreaterThan(0)
    expect(tools.filter((b) => !/disabled/.test(b))).toEqual([])
  })

  it('shows a new section as the last, with its heading to write and its tools waiting', () => {
    const html = withPending(pendingSection('s3', 2))
    expect(html).toMatch(/<section class="draft-doc-section" data-section-id="s3" aria-label="Section 3"><div class="draft-doc-heading pending"/)
    expect(html).toMatch(/<input aria-label="Heading of section 3" id="draft-section-heading-s3"[^>]*value=""/)
    expect(html).toMatch(/<button type="button" class="link" tabindex="-1" disabled="" aria-label="New clause at the end of section 3">/)
  })

  it('is in the outline too, where it cannot be dragged or moved until it is saved', () => {
    const s1 = draft.sections[0]!.id
    const shown = applyDraftAction(draft, pendingClause('mine', { sectionId: s1, index: 1 }).action, { newId: () => 'x', now: () => draft.metadata.updatedAt })
    const html = renderToStaticMarkup(createElement(DraftOutline, { draft: shown, pending: pendingClause('mine', { sectionId: s1, index: 1 }), dispatch: noop, justAdded: new Set<string>(), onJump: noop }))
    expect(html).toMatch(/id="outline-mine" aria-describedby="[^"]+" class="outline-clause pending" draggable="false"/)
    expect(html).toContain('<span class="outline-number">1.2</span> <span class="outline-words">(empty)</span>')
  })
})

describe('a new clause the service refused (issue 10: its words must not be lost)', () => {
  const s1 = draft.sections[0]!.id
  const kept = refused(typedInto(pendingClause('mine', { sectionId: s1, index: 1 }), 'mine', 'Words not to lose')!, 'The disk is full: the draft could not be saved.')
  const html = renderToStaticMarkup(createElement(DraftDocument, { session: { ...session, pending: kept, retryPending: noop, discardPending: noop } as unknown as DraftSession, justAdded: new Set<string>(), jump: null }))
  const mine = html.slice(html.indexOf('data-draft-item="c:mine"'), html.indexOf('data-clause-id="c2"'))

  it('stays in place, numbered, with its words in its field and "not saved" said with it', () => {
    expect(html.match(/data-draft-item="[^"]*"/g)).toEqual(['s:id2', 'c:c1', 'c:mine', 'c:c2', 's:s2', 'c:c3'].map((k) => `data-draft-item="${k}"`))
    expect(mine).toMatch(/aria-label="Clause 1\.2: Words not to lose\. New\. Not saved\."/)
    expect(mine).toMatch(/class="draft-clause state-new level-1 pending refused"/)
    expect(mine).toMatch(/<textarea id="draft-clause-mine"[^>]*>Words not to lose<\/textarea>/)
  })

  it('says why at once (an alert) and offers "Try again" and "Discard" as its tools, the first a Tab stop once the clause is', () => {
    expect(mine).toMatch(/<p class="draft-clause-refused" id="([^"]+)" role="alert">The new clause was not saved\. The disk is full: the draft could not be saved\. Your words are kept in it\. Try again, or discard it\.<\/p>/)
    const alertId = mine.match(/id="([^"]+)" role="alert"/)![1]
    expect(mine).toContain(`role="toolbar" aria-label="Tools for clause 1.2" aria-describedby="${alertId}"`)
    const tools = mine.slice(mine.indexOf('role="toolbar"')).match(/<button\b[^>]*>[^<]*/g)!
    expect(tools).toEqual([
      '<button type="button" tabindex="-1" class="link" aria-label="Try again to save clause 1.2">Try again',
      '<button type="button" tabindex="-1" class="link danger" aria-label="Discard clause 1.2 and its words">Discard',
    ])
    // Holding the list's stop, its first tool is reached with Tab (from the field or the clause).
    const stopped = renderToStaticMarkup(
      createElement(DraftClauseItem, { clause: { id: 'mine', text: 'Words', note: '', level: 1 }, label: '1.2', level: 1, canIndent: false, first: false, last: false, dispatch: noop, onMove: noop, item: item(0), keysHintId: 'h', onRemove: noop, onPendingText: () => true, refused: { message: 'Not saved.', onRetry: noop, onDiscard: noop } }),
    )
    expect(stopped).toMatch(/<button type="button" tabindex="0" class="link" aria-label="Try again to save clause 1.2">Try again<\/button>/)
  })

  it('a refused section keeps its heading, says why and offers the same two ways on', () => {
    const section = refused(typedInto(pendingSection('s3', 2), 's3', 'Personal use')!, 'Busy')
    const page = renderToStaticMarkup(createElement(DraftDocument, { session: { ...session, pending: section } as unknown as DraftSession, justAdded: new Set<string>(), jump: null }))
    expect(page).toMatch(/aria-label="Section 3: Personal use\. Not saved\."/)
    expect(page).toMatch(/<input aria-label="Heading of section 3" id="draft-section-heading-s3"[^>]*value="Personal use"/)
    expect(page).toContain('role="alert">The new section was not saved. Busy. Its heading is kept. Try again, or discard it.</p>')
    expect(page).toContain('aria-label="Try again to save section 3">Try again</button>')
    expect(page).toContain('aria-label="Discard section 3 and its heading">Discard</button>')
  })

  it('is marked "Not saved" in the outline, in words, with the words typed', () => {
    const outline = renderToStaticMarkup(createElement(DraftOutline, { draft: shownWith(draft, kept), pending: kept, dispatch: noop, justAdded: new Set<string>(), onJump: noop }))
    expect(outline).toContain('<span class="outline-number">1.2</span> <span class="outline-unsaved">Not saved: </span><span class="outline-words">Words not to lose</span>')
  })
})

describe('the outline while a new clause is written in, before the service has it (issue 10: it showed "(empty)")', () => {
  it('shows the words typed so far, as for a saved clause', () => {
    const typed = typedInto(pendingClause('mine', { sectionId: draft.sections[0]!.id, index: 1 }), 'mine', 'Staff keep personal accounts private.')!
    const outline = renderToStaticMarkup(createElement(DraftOutline, { draft: shownWith(draft, typed), pending: typed, dispatch: noop, justAdded: new Set<string>(), onJump: noop }))
    expect(outline).toContain('<span class="outline-number">1.2</span> <span class="outline-words">Staff keep personal accounts private.</span>')
  })
})

describe('a clause\'s "Show changes"', () => {
  it('offers the redline and the original on an adapted clause', () => {
    const clause = draft.sections[0]!.clauses[1]!
    const html = renderToStaticMarkup(createElement(DraftClauseItem, { clause, label: '1.1.1', level: 2, canIndent: true, first: false, last: false, dispatch: noop, onMove: noop, item: item(0), keysHintId: 'h', onRemove: noop }))
    expect(html).toContain('aria-pressed="false">Show changes</button>')
    expect(html).toContain('Restore original')
  })

  it('is a toolbar of one Tab stop, its first tool that can be pressed, only on the item holding the list\'s stop', () => {
    // As in source, at level 1 and first, with a note: no Add note, and Outdent, Indent and Up cannot be pressed.
    const clause = { ...draft.sections[0]!.clauses[0]!, note: 'Check with legal.' }
    const render = (tabIndex: 0 | -1): string[] =>
      renderToStaticMarkup(createElement(DraftClauseItem, { clause, label: '1.1', level: 1, canIndent: false, first: true, last: false, dispatch: noop, onMove: noop, item: item(tabIndex), keysHintId: 'h', onRemove: noop })).match(/<button\b[^>]*>[^<]*/g)!
    const stop = render(0)
    expect(stop.map((b) => b.replace(/<[^>]+>/, ''))).toEqual(['Outdent', 'Indent', 'Up', 'Down', 'Remove'])
    expect(stop.filter((b) => /tabindex="0"/.test(b))).toEqual([expect.stringMatching(/>Down$/)])
    expect(render(-1).filter((b) => !/tabindex="-1"/.test(b))).toEqual([])
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
    expect(html).toMatch(/<li data-clause-id="c2" class="outline-level-2"><button type="button" tabindex="-1" data-roving-item="true" id="outline-c2" aria-describedby="[^"]+" class="outline-clause" draggable="true" aria-keyshortcuts="Alt\+ArrowUp Alt\+ArrowDown"/)
    expect(html).toContain('<span class="outline-number">2.1</span> <span class="outline-words">Staff tell their manager before they speak for…</span>')
    expect(html).toMatch(/id="outline-c1" aria-describedby="[^"]+" class="outline-clause just-added"/)
  })

  it('is ONE Tab stop, whatever the length of the draft (issue 10)', () => {
    const buttons = html.match(/<button\b[^>]*>/g)!
    expect(buttons).toHaveLength(3)
    expect(buttons.filter((b) => !/tabindex="-1"/.test(b))).toEqual([expect.stringContaining('id="outline-c1"')])
  })
})

/**
 * A source's clauses under their section headings, windowed when the source is long
 * (hooks/useWindowedList.ts): only what is in and near the view is in the document, the rest
 * stands as spacers of its height. The clause being shown, the one holding focus and the one
 * whose similar clauses are open stay rendered wherever the reader scrolls. When windowed,
 * each clause says its place in its section (aria-posinset / aria-setsize), since the list
 * in the document holds only part of it.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SourceDocument } from '../../../shared/model'
import { revealInWindow, useWindowedList } from '../hooks/useWindowedList'
import { CLAUSE_KEYS_HINT, clauseKeyAction, movedTo, toolAt } from '../state/clause-list-keys'
import { sourceClauseRef } from '../state/add-to-draft'
import { canTakeIntoDraft, readingItems, type SectionGroup } from '../state/source-reading'
import { WINDOW_FROM } from '../state/windowing'
import { clauseElementId, SourceClauseItem } from './SourceClauseItem'

interface Props {
  source: SourceDocument
  groups: SectionGroup[]
  /** The clause to mark and keep rendered (from a search hit, a check result). */
  shownId: string | undefined
  inDraft: Record<string, string> | undefined
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  onOpenClause: ((clause: { sourceId: string; sourceTitle: string; clauseId: string }) => void) | undefined
}

/** First guesses in px, until items of each kind are measured. */
const HEAD_PX = 44
const LINE_PX = 22
const CHARS_PER_LINE = 95

export function SourceClauses({ source, groups, shownId, inDraft, onAddToDraft, onOpenClause }: Props): React.JSX.Element {
  const items = useMemo(() => readingItems(groups, source.title), [groups, source.title])
  const [similarOf, setSimilarOf] = useState<string | null>(null)
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null)
  const toggleSimilar = useCallback((id: string) => setSimilarOf((open) => (open === id ? null : id)), [])
  const indexOf = useCallback((id: string | null | undefined) => (id ? items.findIndex((it) => it.kind === 'clause' && it.clause.id === id) : -1), [items])
  // Roving tabindex (state/clause-list-keys.ts): the list is one Tab stop, on the clause last
  // moved to, clicked or shown (a search hit), else the first.
  const clauseIds = useMemo(() => items.flatMap((it) => (it.kind === 'clause' ? [it.clause.id] : [])), [items])
  const [chosenId, setChosenId] = useState<string | null>(null)
  useEffect(() => {
    if (shownId) setChosenId(shownId)
  }, [shownId])
  const activeId = [chosenId, shownId].find((id) => id && clauseIds.includes(id)) ?? clauseIds[0] ?? null
  const activeGroup = useMemo(() => items.find((it) => it.kind === 'clause' && it.clause.id === activeId)?.group ?? -1, [items, activeId])
  const keysHintId = useId()
  // Set by a key: focus the clause once it is rendered (it may have been out of the window).
  const focusNext = useRef<string | null>(null)
  const { listRef, windowed, pieces } = useWindowedList({
    count: items.length,
    kindOf: (i) => items[i]!.kind,
    estimate: (i) => {
      const it = items[i]!
      return it.kind === 'head' ? HEAD_PX : 12 + LINE_PX * Math.ceil(it.clause.text.length / CHARS_PER_LINE)
    },
    itemsKey: items,
    pinned: [indexOf(shownId), focusedIndex, indexOf(similarOf), indexOf(activeId)],
    // Note: the first frame is drawn from the estimates and measured only once it is painted.
    // Measured in the commit, a 1,000-clause source forced a layout of the whole page and drew
    // again at the measured heights before anything showed: about half the renderer's share of
    // opening it (traced: the response's task 145 ms, of which 34 forced layout, then a second
    // render of 136 ms, at load 16). The clause shown (a search hit) is pinned, so it is drawn
    // in that first frame and revealInWindow corrects its place as the heights come in. A
    // source too short to window is still drawn whole at once (the browser's Find sees it all).
    firstScreenFirst: items.length >= WINDOW_FROM,
  })

  useEffect(() => {
    const id = focusNext.current
    if (id === null || id !== activeId) return
    const el = document.getElementById(clauseElementId(id))
    if (!el) return
    focusNext.current = null
    revealInWindow(el, 'nearest')
    el.focus({ preventScroll: true })
  })

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    const target = e.target as HTMLElement
    const press = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }
    const toolbar = target.closest<HTMLElement>('.clause-tools')
    const clauseEl = target.closest<HTMLElement>('.clause')
    if (!clauseEl) return
    if (toolbar) {
      const tools = [...toolbar.querySelectorAll<HTMLButtonElement>('button')]
      const at = tools.indexOf(target as HTMLButtonElement)
      if (at === -1) return
      const action = clauseKeyAction(press, { on: 'tool', tool: at })
      if (!action) return
      e.preventDefault()
      if (action.type === 'tool') tools[toolAt(at, tools.length, action.by)]?.focus()
      else clauseEl.focus()
      return
    }
    if (target !== clauseEl) return
    const action = clauseKeyAction(press, { on: 'clause' })
    if (!action) return
    e.preventDefault()
    if (action.type === 'into-tools') {
      clauseEl.querySelector<HTMLButtonElement>('.clause-tools button')?.focus()
      return
    }
    if (action.type === 'move' || action.type === 'first' || action.type === 'last') {
      const next = clauseIds[movedTo(clauseIds.indexOf(clauseEl.dataset['clauseId'] ?? ''), clauseIds.length, action)]
      if (next === undefined) return
      focusNext.current = next
      setChosenId(next)
      // Already rendered: focus now, without waiting for a render that may not come.
      if (next === activeId) document.getElementById(clauseElementId(next))?.focus()
    }
  }

  const rendered: React.ReactNode[] = []
  const keys = new Set<string>()
  pieces.forEach((piece, p) => {
    if (piece.kind === 'gap') {
      rendered.push(<div key={`gap-${p}`} className="window-gap" aria-hidden="true" style={{ height: piece.height }} />)
      return
    }
    // The run's items grouped back into their sections.
    for (let i = piece.start; i < piece.end; ) {
      const first = items[i]!
      let j = i
      while (j < piece.end && items[j]!.group === first.group) j++
      const group = groups[first.group]!
      // Note: a section cut in two by a pinned item far below is two elements; keys stay unique.
      let key = `g${first.group}`
      while (keys.has(key)) key += '+'
      keys.add(key)
      const policy = first.kind === 'head' && onAddToDraft ? group.clauses.filter(canTakeIntoDraft) : []
      rendered.push(
        <section key={key} className="clause-group">
          {first.kind === 'head' && (
            <div className="section-head" data-vindex={i}>
              <h2 className="section-trail">{first.trail.join(' › ')}</h2>
              {onAddToDraft && policy.length > 0 && (
                // Note: a Tab stop only in the section of the clause holding the list's stop, so
                // a long source is not one stop per section either.
                <button type="button" className="link" tabIndex={first.group === activeGroup ? 0 : -1} onClick={() => onAddToDraft(policy.map((c) => sourceClauseRef(source, c)))}>
                  Add this section to the draft
                </button>
              )}
            </div>
          )}
          {j > (first.kind === 'head' ? i + 1 : i) && (
            <ol className="clauses">
              {items.slice(first.kind === 'head' ? i + 1 : i, j).map((it, k) => {
                if (it.kind !== 'clause') return null
                const c = it.clause
                return (
                  <SourceClauseItem
                    key={c.id}
                    source={source}
                    clause={c}
                    vindex={(first.kind === 'head' ? i + 1 : i) + k}
                    position={windowed ? { n: it.n, of: it.of } : null}
                    focused={c.id === shownId}
                    tabStop={c.id === activeId}
                    keysHintId={keysHintId}
                    inDraftAs={inDraft?.[c.id]}
                    similarOpen={similarOf === c.id}
                    onToggleSimilar={toggleSimilar}
                    onAddToDraft={onAddToDraft}
                    onOpenClause={onOpenClause}
                  />
                )
              })}
            </ol>
          )}
        </section>,
      )
      i = j
    }
  })

  return (
    <div
      ref={listRef as React.RefObject<HTMLDivElement | null>}
      className="source-clauses"
      onKeyDown={onKeyDown}
      // Keep the item holding focus rendered, so scrolling away and back does not lose it; the
      // clause clicked or tabbed into takes the list's Tab stop.
      onFocus={(e) => {
        const item = (e.target as HTMLElement).closest<HTMLElement>('[data-vindex]')
        if (item) setFocusedIndex(Number(item.dataset['vindex']))
        const clauseId = (e.target as HTMLElement).closest<HTMLElement>('.clause')?.dataset['clauseId']
        if (clauseId && clauseId !== activeId) setChosenId(clauseId)
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedIndex(null)
      }}
    >
      <p id={keysHintId} className="visually-hidden">
        {CLAUSE_KEYS_HINT}
      </p>
      {rendered}
    </div>
  )
}

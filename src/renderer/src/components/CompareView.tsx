/**
 * Two sources side by side, clause by clause: B's order, A-only clauses where they stood,
 * word differences marked on each side, section headings of A and B between the rows, and
 * filters by status so a researcher can read only what changed. Worked through by keyboard
 * (compare-cursor.ts): next and previous difference, arrow keys between rows, and A's or B's
 * wording taken into the draft from the current row.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { countKey } from '../../../shared/compare/align/row-counts'
import type { SourceClauseRef } from '../../../shared/draft'
import type { Comparison, RowStatus } from '../../../shared/model'
import { useComparison, type ComparisonTarget } from '../hooks/queries'
import { cursorReducer, differencePosition, initialCursor, isDifference, keyToCursorAction } from '../state/compare-cursor'
import { useCommand } from '../hooks/useCommands'
import { revealInWindow, useWindowedList } from '../hooks/useWindowedList'
import { CompareRow, STATUS_LABEL } from './CompareRow'
import { estimateHeight, listRows } from './compare-rows'
import { WordReportButton } from './WordReportButton'
import './compare-view.css'

const ORDER: RowStatus[] = ['changed', 'moved-changed', 'moved', 'split', 'merged', 'only-a', 'only-b', 'same']

/**
 * Wide mode: both side panes out of the way. The shell owns it (state/pane-layout.ts), so the
 * separators show it and it is remembered; the view only shows and flips it.
 */
export interface WideCompare {
  on: boolean
  set(wide: boolean): void
}

interface Props {
  /** Two sources, or two versions of a draft. */
  target: ComparisonTarget
  onSwap(): void
  /** Null when no draft is open. */
  onAddToDraft?: ((clauses: SourceClauseRef[]) => void) | null
  wide: WideCompare
  /** News for the status bar (the Word report saved, or why not). */
  onStatus(message: string): void
}

export function CompareView({ target, onSwap, onAddToDraft = null, wide, onStatus }: Props): React.JSX.Element {
  const { data: comparison, error } = useComparison(target)
  // The View menu's "Wide compare" reaches the comparison on show, even while it loads.
  useCommand('wide-compare', () => wide.set(!wide.on))
  if (error) return <p role="alert" className="error">{error}</p>
  if (!comparison) return <p className="loading">Comparing…</p>
  // Versions of a draft are not sources: their wording is already the draft's, and the Word
  // report is of two sources.
  const sources = target.kind === 'sources' ? { a: target.a, b: target.b } : null
  return (
    <ComparisonRows
      comparison={comparison}
      onSwap={onSwap}
      onAddToDraft={sources ? onAddToDraft : null}
      wide={wide}
      report={sources && <WordReportButton a={sources.a} b={sources.b} onStatus={onStatus} />}
    />
  )
}

/** Exported for tests: the rows of a comparison already made, rendered without the API. */
export interface RowsProps {
  comparison: Comparison
  onSwap(): void
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  wide: WideCompare
  /** The "Word report…" control, where there is a report to make. */
  report: React.ReactNode
}

export function ComparisonRows({ comparison, onSwap, onAddToDraft, wide: wideMode, report }: RowsProps): React.JSX.Element {
  const [shown, setShown] = useState<Set<RowStatus>>(new Set(ORDER.filter((s) => s !== 'same')))
  const wide = wideMode.on
  const listed = useMemo(() => listRows(comparison.rows, (r) => shown.has(r.status)), [comparison, shown])
  const visible = useMemo(() => listed.flatMap((l) => (l.kind === 'row' ? [{ index: l.index, difference: isDifference(l.row.status) }] : [])), [listed])
  const [cursor, dispatch] = useReducer(cursorReducer, visible, initialCursor)
  // Where each comparison row stands in the list (rows and section headings), for pinning.
  const listedAt = useMemo(() => new Map(listed.flatMap((l, i) => (l.kind === 'row' ? [[l.index, i] as const] : []))), [listed])
  const rowList = useWindowedList({
    count: listed.length,
    kindOf: (i) => listed[i]!.kind,
    estimate: (i) => estimateHeight(listed[i]!),
    itemsKey: listed,
    // The current row and the tab stop (the only rows focus can be in) stay rendered wherever
    // the view scrolls, so the keyboard's place and Tab into the list are never lost.
    pinned: [cursor.current, cursor.current ?? visible[0]?.index].map((r) => (r === null || r === undefined ? null : listedAt.get(r))),
    // Note: the rows out of sight (most of a long comparison's) are drawn just after the first
    // frame; the current row is pinned, so stepping to a difference not yet drawn draws it.
    firstScreenFirst: true,
  })
  const article = useRef<HTMLElement>(null)
  // Note: a row's element is looked up when the cursor moves, not kept by a ref callback per
  // row: a new callback on every render made every drawn row render again (CompareRow is memo).
  const rowElement = (index: number | null): HTMLElement | null => (index === null ? null : (article.current?.querySelector<HTMLElement>(`.cmp-row[data-row="${index}"]`) ?? null))
  const select = useCallback((index: number) => dispatch({ type: 'select', index }), [])
  // Focus follows the cursor only after the user moved it, never on first render.
  const moved = useRef(false)

  useEffect(() => dispatch({ type: 'rows', rows: visible }), [visible])
  useEffect(() => {
    if (!moved.current || cursor.current === null) return
    const el = rowElement(cursor.current)
    if (!el) return
    revealInWindow(el, 'nearest')
    el.focus({ preventScroll: true })
  }, [cursor.current])
  useEffect(() => {
    // The columns change width in wide mode: keep the current row in sight.
    const el = rowElement(cursor.current)
    if (el) revealInWindow(el, 'center')
  }, [wide])

  useEffect(() => {
    // F7 works wherever focus is in the work area; letters and arrows only outside fields.
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement
      const panel = article.current?.closest('.tabpanel') ?? article.current
      if (!panel || !(panel.contains(target) || target === document.body)) return
      const inField = target.closest('input, textarea, select, [contenteditable="true"]') !== null
      const action = keyToCursorAction(e.key, { shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, inField })
      if (!action) return
      // Arrow keys, Home and End move between rows only from a row; elsewhere they scroll.
      if (action.type === 'move' || action.type === 'first' || action.type === 'last') {
        if (!target.classList.contains('cmp-row')) return
      }
      e.preventDefault()
      moved.current = true
      dispatch(action)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const countOf = (status: RowStatus): number => comparison.counts[countKey[status]]
  const toggle = (status: RowStatus): void => {
    const next = new Set(shown)
    if (next.has(status)) next.delete(status)
    else next.add(status)
    setShown(next)
  }
  const step = (type: 'next-difference' | 'previous-difference'): void => {
    moved.current = true
    dispatch({ type })
  }
  const position = differencePosition(cursor)
  const tabStop = cursor.current ?? visible[0]?.index ?? -1
  return (
    <article ref={article} className={`compare-view${wide ? ' wide' : ''}`}>
      <div className="source-heading">
        <h1>Compare</h1>
        <div className="cmp-actions">
          <button
            type="button"
            className="secondary"
            aria-pressed={wide}
            onClick={() => wideMode.set(!wide)}
          >
            Wide view
          </button>
          {report}
          <button type="button" className="secondary" onClick={onSwap}>
            Swap A and B
          </button>
        </div>
      </div>
      <p className="cmp-sources">
        <span className="cmp-tag a">A</span> {comparison.a.title} <span className="source-facts">({comparison.a.origin})</span>
        <br />
        <span className="cmp-tag b">B</span> {comparison.b.title} <span className="source-facts">({comparison.b.origin})</span>
      </p>
      <div className="cmp-filters" role="group" aria-label="Show rows">
        {ORDER.filter((s) => countOf(s) > 0).map((status) => (
          <button key={status} type="button" className={`chip status-${status}`} aria-pressed={shown.has(status)} onClick={() => toggle(status)}>
            {STATUS_LABEL[status]} <span className="chip-count">{countOf(status)}</span>
          </button>
        ))}
      </div>
      <div className="cmp-stepper" role="toolbar" aria-label="Work through the differences">
        <button type="button" className="secondary" onClick={() => step('previous-difference')} title="Shift+F7 or p">
          Previous difference
        </button>
        <button type="button" className="secondary" onClick={() => step('next-difference')} title="F7 or n">
          Next difference
        </button>
        <span className="cmp-position" role="status">
          {cursor.notice ?? (position ? `Difference ${position.n} of ${position.of}` : 'F7 or n: next difference; Shift+F7 or p: previous; arrow keys move between rows.')}
        </span>
      </div>
      {listed.length === 0 ? (
        <p className="hint">No rows to show: choose what to show above.</p>
      ) : (
        <ol ref={rowList.listRef as React.RefObject<HTMLOListElement | null>} className={rowList.windowed ? 'cmp-rows windowed' : 'cmp-rows'} aria-label="Aligned clauses" aria-busy={rowList.drawing || undefined}>
          {rowList.pieces.flatMap((piece, p) =>
            piece.kind === 'gap'
              ? [<li key={`gap-${p}`} className="window-gap" aria-hidden="true" style={{ height: piece.height }} />]
              : listed.slice(piece.start, piece.end).map((item, k) => {
                  const at = piece.start + k
                  // When windowed, each item says its place in the whole list (screen readers).
                  const place = rowList.windowed ? { 'aria-setsize': listed.length, 'aria-posinset': at + 1 } : {}
                  return item.kind === 'section' ? (
                    <li key={item.key} className="cmp-section" data-vindex={at} {...place}>
                      <span className="cmp-section-a">{item.a && <><span className="visually-hidden">Section of A: </span>{item.a}</>}</span>
                      <span />
                      <span className="cmp-section-b">{item.b && <><span className="visually-hidden">Section of B: </span>{item.b}</>}</span>
                    </li>
                  ) : (
                    <CompareRow
                      key={item.index}
                      index={item.index}
                      vindex={at}
                      estimatedPx={estimateHeight(item)}
                      placeOf={rowList.windowed ? listed.length : null}
                      row={item.row}
                      current={cursor.current === item.index}
                      tabStop={tabStop === item.index}
                      a={comparison.a}
                      b={comparison.b}
                      onSelect={select}
                      onUse={onAddToDraft}
                    />
                  )
                }),
          )}
        </ol>
      )}
    </article>
  )
}

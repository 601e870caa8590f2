/**
 * One row of a comparison: A's clause, how it relates, B's clause. The current row carries a
 * "Current" marker (not colour alone) and the buttons that take A's or B's wording into the
 * draft; each side with a clause can also be dragged into the draft.
 *
 * Memoised, with props that stay equal between the view's renders (numbers, the row as the
 * comparison holds it, one select callback for every row): the view renders again when the
 * rest of a long list is drawn after the first frame and on every step of the cursor, and then
 * only the rows that came, went or changed (current, tab stop) render.
 */
import { memo } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { ClauseRef, ComparisonRow, RowStatus, SourceSummary } from '../../../shared/model'
import { sourceClauseRef } from '../state/add-to-draft'
import { startClauseDrag } from '../state/drag-clause'
import { DiffText } from './DiffText'

export const STATUS_LABEL: Record<RowStatus, string> = {
  same: 'Same',
  changed: 'Changed',
  moved: 'Moved',
  'moved-changed': 'Moved and changed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
  split: 'Split',
  merged: 'Merged',
}

/** The clauses of one side as the draft keeps them; null for a draft-version comparison. */
export function sideRefs(source: SourceSummary | null, refs: readonly ClauseRef[]): SourceClauseRef[] {
  return source ? refs.map((r) => sourceClauseRef(source, r)) : []
}

function Side({ refs, row, side, source }: { refs: ClauseRef[]; row: ComparisonRow; side: 'a' | 'b'; source: SourceSummary | null }): React.JSX.Element {
  if (refs.length === 0) {
    // Note: words, not an aria-label on a plain div (axe: aria-prohibited-attr), so a screen
    // reader says that this side is empty.
    return (
      <div className={`cmp-side cmp-${side} empty`}>
        <span className="visually-hidden">{side === 'a' ? 'Not in A' : 'Not in B'}</span>
      </div>
    )
  }
  const drag = sideRefs(source, refs)[0]
  return (
    <div className={`cmp-side cmp-${side}`} draggable={drag ? true : undefined} onDragStart={drag ? (e) => startClauseDrag(e.dataTransfer, drag) : undefined}>
      <span className="clause-label">{refs.map((r) => r.label ?? '').filter(Boolean).join(' + ')}</span>
      <span className="cmp-text">{row.diff && !row.rewritten ? <DiffText ops={row.diff} side={side} /> : refs.map((r) => r.text).join(' ')}</span>
    </div>
  )
}

interface Props {
  index: number
  /** Its place in the windowed list (data-vindex), which measures and pins it. */
  vindex: number
  /** Its height in px until first drawn: a row out of sight is not laid out (compare-view.css). */
  estimatedPx: number
  /** The whole list's length when the list is windowed (its place, vindex + 1, is said by screen readers then); else null. */
  placeOf: number | null
  row: ComparisonRow
  current: boolean
  /** Roving tabindex: only the current row (or the first, before any) is a tab stop. */
  tabStop: boolean
  a: SourceSummary | null
  b: SourceSummary | null
  /** Called with this row's index. */
  onSelect(index: number): void
  /** Null when no draft is open, or when A and B are versions of the draft itself. */
  onUse: ((refs: SourceClauseRef[]) => void) | null
}

export const CompareRow = memo(function CompareRow({ index, vindex, estimatedPx, placeOf, row, current, tabStop, a, b, onSelect, onUse }: Props) {
  const useA = sideRefs(a, row.a)
  const useB = sideRefs(b, row.b)
  return (
    <li
      className={`cmp-row status-${row.status}${current ? ' current' : ''}`}
      data-row={index}
      data-vindex={vindex}
      style={{ containIntrinsicSize: `auto ${estimatedPx}px` }}
      aria-setsize={placeOf ?? undefined}
      aria-posinset={placeOf === null ? undefined : vindex + 1}
      tabIndex={tabStop ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(index)}
      onFocus={(e) => e.target === e.currentTarget && !current && onSelect(index)}
    >
      <Side refs={row.a} row={row} side="a" source={a} />
      <span className="cmp-middle">
        {current && <span className="cmp-current-mark">Current</span>}
        <span className={`cmp-status status-${row.status}`} title={row.a.length && row.b.length ? `${Math.round(row.similarity * 100)}% alike` : undefined}>
          {STATUS_LABEL[row.status]}
        </span>
      </span>
      <Side refs={row.b} row={row} side="b" source={b} />
      {current && onUse && (useA.length > 0 || useB.length > 0) && (
        <span className="cmp-use">
          {useA.length > 0 && (
            <button type="button" className="secondary" onClick={() => onUse(useA)}>
              Use A's wording
            </button>
          )}
          {useB.length > 0 && (
            <button type="button" className="secondary" onClick={() => onUse(useB)}>
              Use B's wording
            </button>
          )}
        </span>
      )}
    </li>
  )
})

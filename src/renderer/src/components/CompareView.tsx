/**
 * Two sources side by side, clause by clause: B's order, A-only clauses where they stood,
 * word differences marked on each side, and filters by status so a researcher can read only
 * what changed.
 */
import { useState } from 'react'
import { countKey } from '../../../shared/compare/align/row-counts'
import type { ClauseRef, ComparisonRow, RowStatus } from '../../../shared/model'
import { useComparison, type ComparisonTarget } from '../hooks/queries'
import { DiffText } from './DiffText'

const STATUS_LABEL: Record<RowStatus, string> = {
  same: 'Same',
  changed: 'Changed',
  moved: 'Moved',
  'moved-changed': 'Moved and changed',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
  split: 'Split',
  merged: 'Merged',
}
const ORDER: RowStatus[] = ['changed', 'moved-changed', 'moved', 'split', 'merged', 'only-a', 'only-b', 'same']

function Side({ refs, row, side }: { refs: ClauseRef[]; row: ComparisonRow; side: 'a' | 'b' }): React.JSX.Element {
  if (refs.length === 0) return <div className={`cmp-side cmp-${side} empty`} aria-label={side === 'a' ? 'Not in A' : 'Not in B'} />
  return (
    <div className={`cmp-side cmp-${side}`}>
      <span className="clause-label">{refs.map((r) => r.label ?? '').filter(Boolean).join(' + ')}</span>
      <span className="cmp-text">
        {row.diff && !row.rewritten ? <DiffText ops={row.diff} side={side} /> : refs.map((r) => r.text).join(' ')}
      </span>
    </div>
  )
}

interface Props {
  /** Two sources, or two versions of a draft. */
  target: ComparisonTarget
  onSwap(): void
}

export function CompareView({ target, onSwap }: Props): React.JSX.Element {
  const { data: comparison, error } = useComparison(target)
  const [shown, setShown] = useState<Set<RowStatus>>(new Set(ORDER.filter((s) => s !== 'same')))

  if (error) return <p role="alert" className="error">{error}</p>
  if (!comparison) return <p className="loading">Comparing…</p>
  const rows = comparison.rows.filter((r) => shown.has(r.status))
  // The service counts the rows by status; the chips show its counts.
  const countOf = (status: RowStatus): number => comparison.counts[countKey[status]]
  const toggle = (status: RowStatus): void => {
    const next = new Set(shown)
    if (next.has(status)) next.delete(status)
    else next.add(status)
    setShown(next)
  }
  return (
    <article className="compare-view">
      <div className="source-heading">
        <h1>Compare</h1>
        <button type="button" className="secondary" onClick={onSwap}>
          Swap A and B
        </button>
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
      {rows.length === 0 ? (
        <p className="hint">No rows to show: choose what to show above.</p>
      ) : (
        <ol className="cmp-rows" aria-label="Aligned clauses">
          {rows.map((row, i) => (
            <li key={i} className={`cmp-row status-${row.status}`}>
              <Side refs={row.a} row={row} side="a" />
              <span className={`cmp-status status-${row.status}`} title={row.a.length && row.b.length ? `${Math.round(row.similarity * 100)}% alike` : undefined}>
                {STATUS_LABEL[row.status]}
              </span>
              <Side refs={row.b} row={row} side="b" />
            </li>
          ))}
        </ol>
      )}
    </article>
  )
}

/**
 * The coverage heat map: topics down the side and sources across, both kept in sight while
 * scrolling; each cell shaded by its clause count, a gap also marked with a symbol, the draft
 * a highlighted column. One tab stop for the grid, arrow keys between cells (roving tabindex);
 * Enter or a click selects a cell. Memoised: choosing a cell re-renders the grid only because
 * the active cell moved, and no cell does more than read a number and a set.
 */
import { memo, useMemo, type KeyboardEvent } from 'react'
import type { CoverageMatrix } from '../../../shared/model'
import { breakLongWords, cellLabel, columnHeadings, columnWidthEm, GAP_SYMBOL, moveCell, ORG_EM_PER_CHAR, shadeOf, type ColumnHeading } from '../state/coverage-cells'

export interface Cell {
  row: number
  col: number
}

interface Props {
  matrix: CoverageMatrix
  active: Cell
  selected: Cell | null
  onActive(cell: Cell): void
  onSelect(cell: Cell): void
}

const cellId = (c: Cell): string => `cov-${c.row}-${c.col}`
/** The column's name for a screen reader: the draft by its title, a source by organisation and title. */
const columnName = (draft: boolean, h: ColumnHeading): string => (draft ? h.full : [h.organisation, h.short, h.detail].filter(Boolean).join(', '))

export const CoverageHeatMap = memo(function CoverageHeatMap({ matrix, active, selected, onActive, onSelect }: Props): React.JSX.Element {
  const headings = useMemo(() => columnHeadings(matrix.sources), [matrix])
  const widths = useMemo(() => headings.map(columnWidthEm), [headings])
  const gaps = useMemo(() => matrix.sources.map((s) => new Set(matrix.gaps[s.id]?.topics ?? [])), [matrix])
  const size = { rows: matrix.topics.length, cols: matrix.sources.length }

  const onKey = (e: KeyboardEvent<HTMLTableElement>): void => {
    const next = moveCell(active, e.key, size, e.ctrlKey)
    if (!next) return
    e.preventDefault()
    onActive(next)
    const el = document.getElementById(cellId(next))
    el?.focus()
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }

  return (
    // Note: the scroll region is focusable itself (axe: scrollable-region-focusable) so a
    // keyboard user can scroll it even before moving into the grid.
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label="Coverage: topics by source">
      {/* Note: a fixed layout with a known width, so a 200-source table is laid out from its
          first row rather than by measuring 4,000 cells (measured on a busy 2-core machine: renderer share ~540 ms to ~380 ms).
          Each column as wide as its head's longest word (state/coverage-cells.ts). */}
      <table className="heatmap" onKeyDown={onKey} style={{ width: `${14 + widths.reduce((a, b) => a + b, 0)}em` }}>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              Topic
            </th>
            {matrix.sources.map((s, col) => {
              const h = headings[col]!
              return (
                <th key={s.id} scope="col" title={h.full} aria-label={columnName(s.origin === 'draft', h)} className={s.origin === 'draft' ? 'draft-col' : undefined} style={{ width: `${widths[col]}em` }}>
                  <span className="heatmap-org">{breakLongWords(h.organisation, undefined, ORG_EM_PER_CHAR)}</span>
                  <span className="heatmap-title">{breakLongWords(h.short)}</span>
                  {h.detail && <span className="heatmap-detail">{h.detail}</span>}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.topics.map((t, row) => (
            <tr key={t.topic}>
              <th scope="row">{t.label}</th>
              {matrix.sources.map((s, col) => {
                const n = t.bySource[s.id]?.length ?? 0
                const gap = gaps[col]!.has(t.topic)
                const isActive = active.row === row && active.col === col
                const isSelected = selected?.row === row && selected.col === col
                return (
                  <td key={s.id} className={`shade-${shadeOf(n)}${gap ? ' gap' : ''}${s.origin === 'draft' ? ' draft-col' : ''}${isSelected ? ' selected' : ''}`}>
                    <button
                      type="button"
                      id={cellId({ row, col })}
                      tabIndex={isActive ? 0 : -1}
                      aria-label={cellLabel(t.label, headings[col]!, n, gap)}
                      aria-pressed={isSelected}
                      onClick={() => {
                        onActive({ row, col })
                        onSelect({ row, col })
                      }}
                    >
                      {gap ? GAP_SYMBOL : n || '·'}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
})

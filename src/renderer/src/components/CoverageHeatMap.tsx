/**
 * The coverage heat map: topics down the side and sources across, both kept in sight while
 * scrolling; each cell shaded by its clause count, a gap also marked with a symbol, the draft
 * a highlighted column. An ARIA grid (the WAI-ARIA data grid pattern): one tab stop, the cells
 * themselves focusable (roving tabindex; no button inside, which nested one control in another);
 * arrow keys, Home / End and Ctrl+Home / Ctrl+End move; Enter, Space or a click selects a cell
 * (aria-selected) and opens its topic's wordings. Rendering cost: rows are memoised (moving the active cell
 * re-renders the one or two rows it left and entered), one click handler serves every cell,
 * and the first render draws only the columns that start within the work area (its width
 * measured by the view beforehand, never read here), heads and cells alike, the rest just
 * after that frame is painted (useAfterFirstPaint): the part a person sees comes first.
 */
import { memo, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { CoverageMatrix } from '../../../shared/model'
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint'
import {
  breakLongWords,
  cellLabel,
  columnHeadings,
  columnsInView,
  columnWidthEm,
  GAP_SYMBOL,
  moveCell,
  ORG_EM_PER_CHAR,
  shadeOf,
  TOPIC_COLUMN_EM,
  type ColumnHeading,
} from '../state/coverage-cells'

export interface Cell {
  row: number
  col: number
}

interface Props {
  matrix: CoverageMatrix
  /** The work area's width in px as laid out before the matrix came (useWidthOnOpen); null when not known yet. */
  viewWidth: number | null
  active: Cell
  selected: Cell | null
  onActive(cell: Cell): void
  onSelect(cell: Cell): void
}

/** What every cell of one source's column shares, worked out once per matrix. */
interface Column {
  id: string
  draft: boolean
  heading: ColumnHeading
  gaps: ReadonlySet<string>
}

const cellId = (c: Cell): string => `cov-${c.row}-${c.col}`
/** A cell's place, from its id (one attribute per cell fewer than data-row and data-col: 300 to 8,000 of them). */
const cellOf = (id: string): Cell | null => {
  const m = /^cov-(\d+)-(\d+)$/.exec(id)
  return m ? { row: Number(m[1]), col: Number(m[2]) } : null
}
/** The column's name for a screen reader: the draft by its title, a source by organisation and title. */
const columnName = (draft: boolean, h: ColumnHeading): string => (draft ? h.full : [h.organisation, h.short, h.detail].filter(Boolean).join(', '))
/** Without a measured width, the window's: an upper bound that reads no layout. */
const fallbackWidth = (): number => (typeof window === 'undefined' ? Infinity : window.innerWidth)

export const CoverageHeatMap = memo(function CoverageHeatMap({ matrix, viewWidth, active, selected, onActive, onSelect }: Props): React.JSX.Element {
  const headings = useMemo(() => columnHeadings(matrix.sources), [matrix])
  const widths = useMemo(() => headings.map(columnWidthEm), [headings])
  const columns = useMemo<Column[]>(
    () => matrix.sources.map((s, col) => ({ id: s.id, draft: s.origin === 'draft', heading: headings[col]!, gaps: new Set(matrix.gaps[s.id]?.topics ?? []) })),
    [matrix, headings],
  )
  const painted = useAfterFirstPaint()
  // Note: the width when the matrix first came; a later one (the view re-renders on a resize) changes nothing once all is drawn.
  const [firstWidth] = useState(() => viewWidth ?? fallbackWidth())
  const firstColumns = useMemo(() => columnsInView(widths, firstWidth), [widths, firstWidth])
  const shownColumns = painted ? columns.length : firstColumns
  const shownWidths = shownColumns === widths.length ? widths : widths.slice(0, shownColumns)
  const size = { rows: matrix.topics.length, cols: matrix.sources.length }

  const onKey = (e: KeyboardEvent<HTMLTableElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      const cell = (e.target as HTMLElement).tagName === 'TD' ? cellOf((e.target as HTMLElement).id) : null
      if (!cell) return
      // Note: Space as well as Enter, as the button each cell used to hold; and no page scroll.
      e.preventDefault()
      onSelect(cell)
      return
    }
    const next = moveCell(active, e.key, size, e.ctrlKey)
    if (!next) return
    e.preventDefault()
    onActive(next)
    const el = document.getElementById(cellId(next))
    el?.focus()
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }
  // One handler for every cell: the cell's place is its id.
  const onClick = (e: MouseEvent<HTMLTableElement>): void => {
    const td = (e.target as HTMLElement).closest('td')
    const cell = td && cellOf(td.id)
    if (!cell) return
    onActive(cell)
    onSelect(cell)
  }

  return (
    // Note: the scroll region is no tab stop of its own: the grid's one stop (a cell, which
    // scrolls into view as it moves) is inside it, which is also what axe's
    // scrollable-region-focusable asks.
    <div className="heatmap-scroll" role="region" aria-label="Coverage: topics by source">
      {/* Note: a fixed layout with a known width, so a 200-source table is laid out from its
          first row rather than by measuring 4,000 cells (measured on a busy 2-core machine: renderer share ~540 ms to ~380 ms).
          Each column as wide as its head's longest word (state/coverage-cells.ts). The first
          frame's table is as wide as the columns it draws (a wider one would share the extra
          width out among them), and grows as the rest are drawn. */}
      <table role="grid" aria-label="Clauses per topic and source" className="heatmap" onKeyDown={onKey} onClick={onClick} style={{ width: `${TOPIC_COLUMN_EM + shownWidths.reduce((a, b) => a + b, 0)}em` }}>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              Topic
            </th>
            {columns.slice(0, shownColumns).map((c, col) => (
              <th key={c.id} scope="col" title={c.heading.full} aria-label={columnName(c.draft, c.heading)} className={c.draft ? 'draft-col' : undefined} style={{ width: `${widths[col]}em` }}>
                <span className="heatmap-org">{breakLongWords(c.heading.organisation, undefined, ORG_EM_PER_CHAR)}</span>
                <span className="heatmap-title">{breakLongWords(c.heading.short)}</span>
                {c.heading.detail && <span className="heatmap-detail">{c.heading.detail}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.topics.map((t, row) => (
            <HeatRow
              key={t.topic}
              topic={t}
              row={row}
              columns={columns}
              shown={shownColumns}
              activeCol={active.row === row ? active.col : -1}
              selectedCol={selected?.row === row ? selected.col : -1}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
})

interface RowProps {
  topic: CoverageMatrix['topics'][number]
  row: number
  columns: readonly Column[]
  /** How many of the columns to draw (all but the first frame's). */
  shown: number
  /** The row's active (tab stop) and selected columns, -1 for none: a row re-renders only when its own change. */
  activeCol: number
  selectedCol: number
}

const HeatRow = memo(function HeatRow({ topic, row, columns, shown, activeCol, selectedCol }: RowProps): React.JSX.Element {
  return (
    <tr>
      <th scope="row">{topic.label}</th>
      {columns.slice(0, shown).map((c, col) => {
        const n = topic.bySource[c.id]?.length ?? 0
        const gap = c.gaps.has(topic.topic)
        const isSelected = selectedCol === col
        return (
          <td
            key={c.id}
            id={cellId({ row, col })}
            className={`shade-${shadeOf(n)}${gap ? ' gap' : ''}${c.draft ? ' draft-col' : ''}${isSelected ? ' selected' : ''}`}
            tabIndex={activeCol === col ? 0 : -1}
            aria-label={cellLabel(topic.label, c.heading, n, gap)}
            aria-selected={isSelected}
          >
            {gap ? GAP_SYMBOL : n || '·'}
          </td>
        )
      })}
    </tr>
  )
})

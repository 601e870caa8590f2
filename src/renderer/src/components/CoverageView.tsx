/**
 * Which source covers what: a heat map of topics by source (CoverageHeatMap), and for the
 * selected cell every source's wording on that topic side by side, differences marked against
 * a reference the user picks, each addable to the draft.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { CoverageMatrix } from '../../../shared/model'
import { useCoverage } from '../hooks/queries'
import { useSourcesOf } from '../hooks/useSourcesOf'
import { useWidthOnOpen } from '../hooks/useWidthOnOpen'
import { columnHeadings, GAP_SYMBOL, headingLine } from '../state/coverage-cells'
import { CoverageHeatMap, type Cell } from './CoverageHeatMap'
import { WordingsCompared, type Wording } from './WordingsCompared'
import './coverage-view.css'

interface Props {
  /** The library's change counter: the matrix reloads when it moves. */
  version: number
  /** The open draft, shown as one more column; its updatedAt reloads the matrix. */
  draft: { id: string; updatedAt: string } | null
  /** Null when no draft is open. */
  onAddToDraft?: ((clauses: SourceClauseRef[]) => void) | null
}

export function CoverageView({ version, draft, onAddToDraft = null }: Props): React.JSX.Element {
  const { data: loaded, error } = useCoverage(version, draft)
  // Note: the last matrix stays on screen while the next one loads (a wording added to the
  // draft reloads it): put away, the chosen cell's wordings went with it, and the focus on the
  // "Add to draft" just pressed fell to the page.
  const last = useRef<CoverageMatrix | null>(null)
  if (loaded) last.current = loaded
  const matrix = loaded ?? last.current
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 })
  const [selected, setSelected] = useState<Cell | null>(null)
  const onSelect = useCallback((c: Cell) => setSelected(c), [])
  // Measured while the matrix is on its way, for the heat map's first frame.
  const viewWidth = useWidthOnOpen('work-area')
  if (error) return <p role="alert" className="error">{error}</p>
  if (!matrix) return <p className="loading">Working out coverage…</p>
  if (matrix.sources.length < 2) return <p className="hint">Import at least two policies to see what each covers.</p>
  return (
    <article className="coverage-view">
      <h1>Coverage</h1>
      <p className="source-facts">
        Clauses on each topic in each source{draft ? ', and in your draft (the highlighted column)' : ''}. Darker cells hold more clauses;{' '}
        <span aria-hidden="true">{GAP_SYMBOL}</span> marks a gap: a topic most of the other sources cover. Choose a cell to read every source's wording on
        that topic.
      </p>
      <CoverageHeatMap matrix={matrix} viewWidth={viewWidth} active={active} selected={selected} onActive={setActive} onSelect={onSelect} />
      {selected && <TopicWordings key={`${selected.row}:${selected.col}`} matrix={matrix} cell={selected} onAddToDraft={onAddToDraft} />}
    </article>
  )
}

function TopicWordings({ matrix, cell, onAddToDraft }: { matrix: CoverageMatrix; cell: Cell; onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null }): React.JSX.Element {
  const row = matrix.topics[cell.row]!
  const chosen = matrix.sources[cell.col]!
  // The draft's own clauses are not a source to fetch; the library's are.
  const ids = useMemo(() => matrix.sources.filter((s) => s.origin !== 'draft' && (row.bySource[s.id]?.length ?? 0) > 0).map((s) => s.id), [matrix, row])
  const { data: sources, error } = useSourcesOf(ids)
  const [reference, setReference] = useState(chosen.origin !== 'draft' && ids.includes(chosen.id) ? chosen.id : (ids[0] ?? ''))
  const heading = useRef<HTMLHeadingElement>(null)
  // Note: a chosen cell brings its wordings into view and takes the focus there (Shift+Tab goes
  // back to the cell). Below a screen-high matrix only this heading's top line showed, so
  // choosing a cell looked like doing nothing. Scrolled once the wordings are there (before,
  // the panel is too short to bring the heading up); mounted once per cell (keyed), so adding
  // a wording to the draft, which reloads the matrix, does not jump again.
  const shown = ids.length === 0 || sources !== null || error !== null
  const scrolled = useRef(false)
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
  }, [])
  useEffect(() => {
    if (!shown || scrolled.current) return
    scrolled.current = true
    heading.current?.scrollIntoView({ block: 'start' })
  }, [shown])
  const wordings = useMemo<Wording[]>(() => {
    if (!sources) return []
    const headings = columnHeadings(matrix.sources)
    const headingOf = new Map(matrix.sources.map((s, i) => [s.id, headings[i]!]))
    return sources.map((s) => {
      const h = headingOf.get(s.id)
      const wanted = new Set(row.bySource[s.id] ?? [])
      return {
        source: { id: s.id, title: s.title, heading: h ? headingLine(h) : s.title },
        clauses: s.clauses.filter((c) => wanted.has(c.id)).map((c) => ({ id: c.id, label: c.label, text: c.text, level: c.level })),
      }
    })
  }, [sources, matrix, row])
  return (
    <section className="topic-wordings" aria-labelledby="topic-wordings-heading">
      <h2 id="topic-wordings-heading" ref={heading} tabIndex={-1}>{row.label}: what each source says</h2>
      {ids.length === 0 ? (
        <p className="hint">No source has a clause on this topic.</p>
      ) : error ? (
        <p role="alert" className="error">{error}</p>
      ) : !sources ? (
        <p className="loading">Loading the wordings…</p>
      ) : (
        <WordingsCompared wordings={wordings} referenceId={reference} onReference={setReference} onAddToDraft={onAddToDraft} label={`Wordings on ${row.label}`} />
      )}
    </section>
  )
}

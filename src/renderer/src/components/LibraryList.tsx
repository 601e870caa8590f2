/**
 * The library's sources, grouped (organisation or kind) and filtered, with ONE tab stop: the
 * current source holds tabIndex 0 and the arrow keys, Home and End move inside the list
 * (a roving tabindex); Enter or a click opens. Tab leaves the list.
 */
import { memo, useMemo, useState, type KeyboardEvent } from 'react'
import type { SourceSummary } from '../../../shared/model'
import { plural } from '../../../shared/text/wording'
import { distinguishers, groupSources, titleUnder, type GroupBy } from '../state/library-groups'
import { KIND_LABELS } from './SourceDetails'
import './LibraryList.css'

interface Props {
  sources: SourceSummary[]
  activeSourceId: string | null
  onOpen(source: SourceSummary): void
}

export function LibraryList({ sources, activeSourceId, onOpen }: Props): React.JSX.Element {
  const [filter, setFilter] = useState('')
  const [groupBy, setGroupBy] = useState<GroupBy>('organisation')
  const [current, setCurrent] = useState<string | null>(null)
  const groups = useMemo(() => groupSources(sources, groupBy, filter, KIND_LABELS), [sources, groupBy, filter])
  const lines = useMemo(() => distinguishers(sources), [sources])
  const order = groups.flatMap((g) => g.sources)
  // The tab stop: the source last moved to, else the open one, else the first shown.
  const stop = order.find((s) => s.id === current) ?? order.find((s) => s.id === activeSourceId) ?? order[0]

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = order.findIndex((s) => s.id === stop?.id)
    const target =
      event.key === 'ArrowDown' ? order[index + 1] : event.key === 'ArrowUp' ? order[index - 1] : event.key === 'Home' ? order[0] : event.key === 'End' ? order.at(-1) : undefined
    if (!target) return
    event.preventDefault()
    setCurrent(target.id)
    document.getElementById(`source-item-${target.id}`)?.focus()
  }

  return (
    <div className="library-list">
      <div className="library-list-controls">
        <input type="search" className="library-filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter the library…" aria-label="Filter the library" />
        <label className="library-group-by">
          Group by{' '}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="organisation">organisation</option>
            <option value="kind">kind</option>
            <option value="none">nothing</option>
          </select>
        </label>
      </div>
      {order.length === 0 && <p className="hint library-none">No source matches “{filter}”.</p>}
      <div className="source-groups" role="group" aria-label="Imported policies (arrow keys move, Enter opens)" onKeyDown={onKeyDown}>
        {groups.map((g) => (
          <section key={g.label} className="source-group" aria-label={g.label}>
            {groupBy !== 'none' && <h3 className="source-group-heading">{g.label}</h3>}
            <ul className="source-list">
              {g.sources.map((s) => (
                <LibraryItem
                  key={s.id}
                  source={s}
                  stop={s.id === stop?.id}
                  active={s.id === activeSourceId}
                  under={groupBy === 'organisation' ? g.label : null}
                  line={lines.get(s.id)}
                  onFocusItem={setCurrent}
                  onOpen={onOpen}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  )
}

interface ItemProps {
  source: SourceSummary
  /** The list's one tab stop. */
  stop: boolean
  /** The source open in the work area. */
  active: boolean
  /** The group heading above, when it names the organisation. */
  under: string | null
  /** What tells this source from others of the same title (state/library-groups.ts). */
  line: string | undefined
  onFocusItem(id: string): void
  onOpen(source: SourceSummary): void
}

/**
 * One source in the list. Note: memoised (issue 10): opening a source draws again only the
 * item it left and the one it opened, not all of them (30 item renders to 3 on the corpus, measured with
 * bench/renderer-render-counts.ts); so the shell's onOpen must be stable.
 */
const LibraryItem = memo(function LibraryItem({ source: s, stop, active, under, line, onFocusItem, onOpen }: ItemProps): React.JSX.Element {
  return (
    <li>
      <button
        type="button"
        id={`source-item-${s.id}`}
        className="source-item"
        tabIndex={stop ? 0 : -1}
        aria-current={active ? 'page' : undefined}
        onFocus={() => onFocusItem(s.id)}
        onClick={() => onOpen(s)}
      >
        <span className="source-title">
          <SourceTitle title={s.title} under={under} />
        </span>
        <span className="source-meta">
          <span className="badge">{s.format.toUpperCase()}</span> {plural(s.clauseCount, 'clause')} · {line}
          {/* The file name stays in the accessible text even when not shown, as it always was. */}
          {!line?.includes(s.origin) && <span className="visually-hidden"> · {s.origin}</span>}
        </span>
      </button>
    </li>
  )
})

/** The title, without the organisation's name when the group heading above says it (still read out). */
function SourceTitle({ title, under }: { title: string; under: string | null }) {
  const { said, shown } = under ? titleUnder(title, under) : { said: '', shown: title }
  // Note: the hidden part is the title's own text, so the accessible name is the whole title, as it was.
  return said ? (
    <>
      <span className="visually-hidden">{said}</span>
      {shown}
    </>
  ) : (
    <>{title}</>
  )
}

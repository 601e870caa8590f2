/** One source read as its clauses, grouped under their headings, labels kept as printed. */
import { useEffect, useMemo, useState } from 'react'
import './compare-with.css'
import type { SourceMetadataRequest } from '../../../shared/api'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SourceDocument, SourceSummary } from '../../../shared/model'
import { policyClauses } from '../../../shared/model-clauses'
import { plural } from '../../../shared/text/wording'
import { useSource } from '../hooks/queries'
import { useCompareSoon } from '../hooks/useCompareSoon'
import { revealInWindow } from '../hooks/useWindowedList'
import { sourceReading } from '../state/source-reading'
import { CheckResults } from './CheckResults'
import { DocumentDetailsBlock } from './DocumentDetailsBlock'
import { clauseElementId } from './SourceClauseItem'
import { SourceClauses } from './SourceClauses'
import { SourceDetails } from './SourceDetails'

interface Props {
  sourceId: string
  /** The other sources of the library, to compare with. */
  others: SourceSummary[]
  onCompare(a: SourceDocument, b: SourceSummary): void
  /** A clause to scroll to and focus once the source has loaded. */
  focusClauseId?: string | undefined
  onRemove(source: SourceDocument): void
  /** Record the source's details (the library list then shows the new title); false if that failed. */
  onSaveDetails(details: SourceMetadataRequest): Promise<boolean>
  /** Null when no draft is open. */
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  /** The draft's number of each clause of this source it holds ("in your draft as 3.2"). */
  inDraft?: Record<string, string>
  /** Open another source at one of its clauses (a similar clause's Open). */
  onOpenClause?: (clause: { sourceId: string; sourceTitle: string; clauseId: string }) => void
}

export function SourceView({ sourceId, others, onCompare, focusClauseId, onRemove, onAddToDraft, onSaveDetails, inDraft, onOpenClause }: Props): React.JSX.Element {
  const { data: source, error, reload } = useSource(sourceId)
  const [checking, setChecking] = useState(false)
  const [editing, setEditing] = useState(false)
  const [compareWith, setCompareWith] = useState('')
  const chosen = useCompareSoon(sourceId)
  const [shown, setShown] = useState<string | undefined>(focusClauseId)

  useEffect(() => setShown(focusClauseId), [focusClauseId])
  useEffect(() => {
    if (!source || !shown) return
    const el = document.getElementById(clauseElementId(shown))
    if (!el) return
    revealInWindow(el, 'center')
    el.focus({ preventScroll: true })
  }, [source, shown])


  // Note: memoised, so the windowed list keeps its measurements across this view's renders.
  const reading = useMemo(() => (source ? sourceReading(source) : null), [source])
  if (error) return <p role="alert" className="error">{error}</p>
  if (!source || !reading) return <p className="loading">Loading…</p>
  return (
    <article className="source-view">
      <div className="source-heading">
        <h1>{source.title}</h1>
        <div className="source-actions">
          {others.length > 0 && (
            // Choose, then confirm: arrowing through the list must not start a comparison.
            <form
              className="compare-with"
              onSubmit={(e) => {
                e.preventDefault()
                const other = others.find((o) => o.id === compareWith)
                // The comparison is asked for now: a hint still waiting is not sent.
                chosen('')
                if (other) onCompare(source, other)
              }}
            >
              <select aria-label="Compare with another source" value={compareWith} onChange={(e) => {
                  setCompareWith(e.target.value)
                  chosen(e.target.value)
                }}
              >
                <option value="">Compare with…</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title} ({o.format.toUpperCase()})
                  </option>
                ))}
              </select>
              <button type="submit" className="secondary" disabled={!compareWith}>
                Compare
              </button>
            </form>
          )}
          <button type="button" className="secondary" aria-pressed={editing} onClick={() => setEditing(!editing)}>
            Edit details
          </button>
          <button type="button" className="secondary" aria-pressed={checking} onClick={() => setChecking(!checking)}>
            Check for repeats and conflicts
          </button>
          <button type="button" className="secondary danger" onClick={() => onRemove(source)}>
            Remove from library
          </button>
        </div>
      </div>
      <p className="source-facts">
        {source.organisation && `${source.organisation} · `}
        {source.date && `${source.date} · `}
        {source.origin} · {source.format.toUpperCase()} · {plural(policyClauses(source).length, 'clause')} · imported{' '}
        {new Date(source.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      {source.notes && !editing && <p className="source-notes">{source.notes}</p>}
      {editing && (
        <SourceDetails
          source={source}
          onCancel={() => setEditing(false)}
          onSave={async (details) => {
            if (!(await onSaveDetails(details))) return
            reload()
            setEditing(false)
          }}
        />
      )}
      {checking && (
        <CheckResults
          target={{ sourceId: source.id }}
          labelOf={(id) => source.clauses.find((c) => c.id === id)?.label ?? 'clause'}
          onShow={(id) => setShown(id)}
        />
      )}
      {source.warnings.length > 0 && (
        <ul className="warnings" aria-label="Import warnings">
          {source.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <DocumentDetailsBlock source={source} frontMatter={reading.frontMatter} />
      <SourceClauses source={source} groups={reading.groups} shownId={shown} inDraft={inDraft} onAddToDraft={onAddToDraft} onOpenClause={onOpenClause} />
    </article>
  )
}

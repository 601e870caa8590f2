/** Clause families: what several sources say alike, widest first, with each source's wording. */
import type { SourceSummary } from '../../../shared/model'
import { topics } from '../../../shared/topics/tag-topics'
import { api } from '../api/client'
import { useLoad } from '../hooks/useLoad'

const topicLabel = new Map(topics.map((t) => [t.id, t.label]))

interface Props {
  sources: SourceSummary[]
  onOpenClause(sourceId: string, clauseId: string): void
  /** Null when no draft is open. */
  onAddClause: ((sourceId: string, clauseId: string) => void) | null
}

export function FamiliesView({ sources, onOpenClause, onAddClause }: Props): React.JSX.Element {
  const { data: families, error } = useLoad(() => api.families({}), [sources])
  if (error) return <p role="alert" className="error">{error}</p>
  if (!families) return <p className="loading">Grouping clauses…</p>
  const title = new Map(sources.map((s) => [s.id, s.title]))
  return (
    <article className="families-view">
      <h1>Families of clauses</h1>
      <p className="source-facts">
        {families.length} groups of clauses that say the same thing in different sources, the most widely shared first.
      </p>
      <ol className="families">
        {families.map((f) => (
          <li key={f.id} className="family">
            <p className="family-text">{f.representative.text}</p>
            <p className="family-facts">
              {f.sourceCount} sources
              {f.topics.length > 0 && ` · ${f.topics.map((t) => topicLabel.get(t) ?? t).join(', ')}`}
              {onAddClause && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => onAddClause(f.representative.sourceId, f.representative.clauseId)}>
                    Add this wording to the draft
                  </button>
                </>
              )}
            </p>
            <ul className="family-members">
              {f.members.map((m) => (
                <li key={m.clauseId}>
                  <button type="button" className="link" onClick={() => onOpenClause(m.sourceId, m.clauseId)}>
                    {title.get(m.sourceId) ?? 'Source'}
                  </button>{' '}
                  <span className="hint">{Math.round(m.similarity * 100)}%</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  )
}

/**
 * Clause families: what several sources say alike, widest first; a family opens to show all
 * its members' wordings side by side, with differences against the representative.
 */
import { Fragment, useState } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SourceSummary } from '../../../shared/model'
import { plural, topicLabel } from '../../../shared/text/wording'
import { useFamilies } from '../hooks/queries'
import { sourceClauseRef } from '../state/add-to-draft'
import { membersBySource } from '../state/family-members'
import { startClauseDrag } from '../state/drag-clause'
import { FamilyWordings } from './FamilyWordings'

interface Props {
  sources: SourceSummary[]
  onOpenClause(sourceId: string, clauseId: string): void
  /** Null when no draft is open. */
  onAddClause: ((clause: SourceClauseRef) => void) | null
}

const percent = (similarity: number): string => `${Math.round(similarity * 100)}%`

export function FamiliesView({ sources, onOpenClause, onAddClause }: Props): React.JSX.Element {
  const { data: families, error } = useFamilies(sources)
  const [open, setOpen] = useState<string | null>(null)
  if (error) return <p role="alert" className="error">{error}</p>
  if (!families) return <p className="loading">Grouping clauses…</p>
  const title = new Map(sources.map((s) => [s.id, s.title]))
  return (
    <article className="families-view">
      <h1>Families of clauses</h1>
      <p className="source-facts">
        {plural(families.length, 'group')} of clauses that say the same thing in different sources, the most widely shared first.
      </p>
      <ol className="families">
        {families.map((f) => (
          <li key={f.id} className="family">
            <p
              className="family-text"
              draggable
              onDragStart={(e) => {
                const { sourceId, clauseId, label, text } = f.representative
                startClauseDrag(e.dataTransfer, sourceClauseRef({ id: sourceId, title: title.get(sourceId) ?? 'Source' }, { id: clauseId, label, text }))
              }}
            >
              {f.representative.text}
            </p>
            <p className="family-facts">
              {plural(f.sourceCount, 'source')}
              {f.topics.length > 0 && ` · ${f.topics.map(topicLabel).join(', ')}`}
              {' · '}
              <button type="button" className="link" aria-expanded={open === f.id} onClick={() => setOpen(open === f.id ? null : f.id)}>
                Compare the wordings
              </button>
              {onAddClause && (
                <>
                  {' · '}
                  <button type="button" className="link" onClick={() => {
                      // The family holds the wording and its label; the title is the library's.
                      const { sourceId, clauseId, label, text } = f.representative
                      onAddClause(sourceClauseRef({ id: sourceId, title: title.get(sourceId) ?? 'Source' }, { id: clauseId, label, text }))
                    }}>
                    Add this wording to the draft
                  </button>
                </>
              )}
            </p>
            <ul className="family-members" aria-label="Sources in this family">
              {membersBySource(f.members).map(({ sourceId, clauses: [best, ...more] }) => {
                const name = title.get(sourceId) ?? 'Source'
                return (
                  <li key={sourceId}>
                    <button type="button" className="link" onClick={() => onOpenClause(sourceId, best!.clauseId)}>
                      {name}
                    </button>{' '}
                    <span className="hint">{percent(best!.similarity)}</span>
                    {more.length > 0 && (
                      <span className="hint family-more">
                        {' · '}
                        {plural(more.length, 'more clause')}:
                        {more.map((m) => (
                          <Fragment key={m.clauseId}>
                            {' '}
                            <button type="button" className="link" aria-label={`Open another clause of ${name}, ${percent(m.similarity)} alike`} onClick={() => onOpenClause(sourceId, m.clauseId)}>
                              {percent(m.similarity)}
                            </button>
                          </Fragment>
                        ))}
                      </span>
                    )}
                  </li>
                )
              })}
            </ul>
            {open === f.id && <FamilyWordings family={f} onAddToDraft={onAddClause && ((clauses) => clauses.forEach(onAddClause))} />}
          </li>
        ))}
      </ol>
    </article>
  )
}

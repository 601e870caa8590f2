/**
 * One clause of a source as the reader shows it: its label as printed, its text, "in your
 * draft as 3.2", its tools (Add to draft, Similar in other sources) and its topics. Dragged
 * into the draft's outline or document; "Add to draft" is the keyboard way.
 */
import { memo } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { Clause, SourceDocument } from '../../../shared/model'
import { topicLabel } from '../../../shared/text/wording'
import { sourceClauseRef } from '../state/add-to-draft'
import { startClauseDrag } from '../state/drag-clause'
import { canTakeIntoDraft } from '../state/source-reading'
import { ClauseTools } from './ClauseTools'
import { SimilarList } from './SimilarList'

export const clauseElementId = (clauseId: string): string => `clause-${clauseId.replace(/[^A-Za-z0-9_-]/g, '-')}`

interface Props {
  source: SourceDocument
  clause: Clause
  /** Its place in the windowed list (data-vindex), which measures and pins it. */
  vindex: number
  /** Where it stands in its section's list, said by screen readers when the list is windowed. */
  position: { n: number; of: number } | null
  focused: boolean
  /** Roving tabindex: the one clause of the list that Tab reaches (and whose tools Tab reaches next). */
  tabStop: boolean
  /** The id of the list's hidden words on its keys, said after the clause. */
  keysHintId: string
  /** "3.2" when the draft holds it. */
  inDraftAs: string | undefined
  similarOpen: boolean
  onToggleSimilar(clauseId: string): void
  onAddToDraft: ((clauses: SourceClauseRef[]) => void) | null
  onOpenClause: ((clause: { sourceId: string; sourceTitle: string; clauseId: string }) => void) | undefined
}

export const SourceClauseItem = memo(function SourceClauseItem({ source, clause: c, vindex, position, focused, tabStop, keysHintId, inDraftAs, similarOpen, onToggleSimilar, onAddToDraft, onOpenClause }: Props): React.JSX.Element {
  // A table's header row is read in place, as text: nothing to take into the draft.
  const takeable = canTakeIntoDraft(c)
  return (
    <li
      id={clauseElementId(c.id)}
      data-vindex={vindex}
      data-clause-id={c.id}
      tabIndex={tabStop ? 0 : -1}
      aria-describedby={keysHintId}
      aria-setsize={position?.of}
      aria-posinset={position?.n}
      className={`clause level-${Math.min(c.level, 3)}${focused ? ' focused' : ''}${takeable ? '' : ' not-policy'}`}
      draggable={onAddToDraft !== null && takeable}
      onDragStart={takeable ? (e) => startClauseDrag(e.dataTransfer, sourceClauseRef(source, c)) : undefined}
    >
      <span className="clause-label" aria-hidden={c.label === null}>
        {c.label ?? ''}
      </span>
      <span className="clause-body">
        <span className="clause-text">{c.text}</span>
        {inDraftAs !== undefined && <span className="in-draft">in your draft as {inDraftAs}</span>}
        {takeable && (
          <ClauseTools
            onAddToDraft={onAddToDraft && (() => onAddToDraft([sourceClauseRef(source, c)]))}
            similarOpen={similarOpen}
            onToggleSimilar={() => onToggleSimilar(c.id)}
            tabbable={tabStop}
          />
        )}
        {similarOpen && <SimilarList clauseId={c.id} onAddToDraft={onAddToDraft} onOpen={onOpenClause} />}
        {c.topics.length > 0 && (
          <span className="topics" aria-label="Topics">
            {c.topics.map((t) => (
              <span key={t} className="topic">
                {topicLabel(t)}
              </span>
            ))}
          </span>
        )}
      </span>
    </li>
  )
})

/**
 * The clauses of other sources most like one clause, fetched when asked for. One Tab stop
 * (hooks/useRovingList.ts): Up / Down between hits, Right or Tab to a hit's Open and Add to draft.
 */
import { useId } from 'react'
import { originName } from '../../../shared/text/wording'
import type { SourceClauseRef } from '../../../shared/draft'
import { useSimilar } from '../hooks/queries'
import { useRovingList } from '../hooks/useRovingList'
import { CLAUSE_KEYS_HINT } from '../state/clause-list-keys'
import { sourceClauseRef } from '../state/add-to-draft'

interface Props {
  clauseId: string
  onAddToDraft?: ((clauses: SourceClauseRef[]) => void) | null
  onOpen?: ((clause: { sourceId: string; sourceTitle: string; clauseId: string }) => void) | undefined
}

export function SimilarList({ clauseId, onAddToDraft, onOpen }: Props): React.JSX.Element {
  const { data: hits, error } = useSimilar(clauseId)
  const roving = useRovingList(hits?.length ?? 0)
  const hintId = useId()
  if (error) return <p className="error">{error}</p>
  if (!hits) return <p className="loading">Looking for similar clauses…</p>
  if (hits.length === 0) return <p className="hint">No other source in the library says anything like this.</p>
  return (
    <>
      <span id={hintId} className="visually-hidden">
        {CLAUSE_KEYS_HINT}
      </span>
      <ul className="similar" aria-label="Similar clauses in other sources" onKeyDown={roving.onKeyDown}>
        {hits.map((h, i) => (
          <li key={h.clause.id} {...roving.itemProps(i)} aria-describedby={hintId}>
            <span className="similar-where">
              {originName({ sourceTitle: h.sourceTitle, label: h.clause.label })} · {Math.round(h.similarity * 100)}% alike
            </span>
            <span>{h.clause.text}</span>
            <span className="similar-actions" data-roving-tools>
              {onOpen && (
                <button type="button" className="link" tabIndex={roving.toolTab(i)} onClick={() => onOpen({ sourceId: h.sourceId, sourceTitle: h.sourceTitle, clauseId: h.clause.id })}>
                  Open<span className="visually-hidden"> in {h.sourceTitle}</span>
                </button>
              )}
              {onAddToDraft && (
                <button type="button" className="link" tabIndex={onOpen ? -1 : roving.toolTab(i)} onClick={() => onAddToDraft([sourceClauseRef({ id: h.sourceId, title: h.sourceTitle }, h.clause)])}>
                  Add to draft
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

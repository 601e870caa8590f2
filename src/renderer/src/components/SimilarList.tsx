/** The clauses of other sources most like one clause, fetched when asked for. */
import { originName } from '../../../shared/text/wording'
import { useSimilar } from '../hooks/queries'

export function SimilarList({ clauseId }: { clauseId: string }): React.JSX.Element {
  const { data: hits, error } = useSimilar(clauseId)
  if (error) return <p className="error">{error}</p>
  if (!hits) return <p className="loading">Looking for similar clauses…</p>
  if (hits.length === 0) return <p className="hint">No other source in the library says anything like this.</p>
  return (
    <ul className="similar" aria-label="Similar clauses in other sources">
      {hits.map((h) => (
        <li key={h.clause.id}>
          <span className="similar-where">
            {originName({ sourceTitle: h.sourceTitle, label: h.clause.label })} · {Math.round(h.similarity * 100)}% alike
          </span>
          <span>{h.clause.text}</span>
        </li>
      ))}
    </ul>
  )
}

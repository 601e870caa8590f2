/** The clauses of other sources most like one clause, fetched when asked for. */
import { useEffect, useState } from 'react'
import type { SimilarHit } from '../../../shared/api'
import { api } from '../api/client'

export function SimilarList({ clauseId }: { clauseId: string }): React.JSX.Element {
  const [hits, setHits] = useState<SimilarHit[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    api.similar({ clauseId, perSource: 1, limit: 8 }).then(
      (h) => live && setHits(h),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [clauseId])
  if (error) return <p className="error">{error}</p>
  if (!hits) return <p className="loading">Looking for similar clauses…</p>
  if (hits.length === 0) return <p className="hint">No other source in the library says anything like this.</p>
  return (
    <ul className="similar" aria-label="Similar clauses in other sources">
      {hits.map((h) => (
        <li key={h.clause.id}>
          <span className="similar-where">
            {h.sourceTitle} {h.clause.label ?? ''} · {Math.round(h.similarity * 100)}% alike
          </span>
          <span>{h.clause.text}</span>
        </li>
      ))}
    </ul>
  )
}

/** Search results across the library: each clause with its source and section, words marked. */
import type { SearchHit } from '../../../shared/api'
import { api } from '../api/client'
import { useLoad } from '../hooks/useLoad'
import { Highlighted } from './Highlighted'

interface Props {
  query: string
  onOpen(hit: SearchHit): void
}

export function SearchView({ query, onOpen }: Props): React.JSX.Element {
  const { data: hits, error } = useLoad(() => api.search({ query, limit: 100 }), [query])

  if (error) return <p role="alert" className="error">{error}</p>
  if (!hits) return <p className="loading">Searching…</p>
  const sources = new Set(hits.map((h) => h.sourceId)).size
  return (
    <article className="search-view">
      <h1>Search: {query}</h1>
      <p className="source-facts" role="status">
        {hits.length === 0
          ? 'No clause matches. Try fewer words, or part of a word.'
          : `${hits.length}${hits.length === 100 ? '+' : ''} clause${hits.length === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}, best first.`}
      </p>
      <ol className="hits">
        {hits.map((hit) => (
          <li key={hit.clauseId}>
            <button type="button" className="hit" onClick={() => onOpen(hit)}>
              <span className="hit-where">
                {hit.sourceTitle}
                {hit.section.length > 1 && ` › ${hit.section.slice(1).join(' › ')}`}
              </span>
              <span className="hit-text">
                {hit.label && <span className="clause-label">{hit.label} </span>}
                <Highlighted text={hit.text} query={query} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </article>
  )
}

/** Search results across the library: each clause with its source and section, words marked. */
import type { SearchHit } from '../../../shared/api'
import { count, plural, pluralWord } from '../../../shared/text/wording'
import { SEARCH_LIMIT, useSearch } from '../hooks/queries'
import { Highlighted } from './Highlighted'

interface Props {
  query: string
  onOpen(hit: SearchHit): void
}

export function SearchView({ query, onOpen }: Props): React.JSX.Element {
  const { data: hits, error } = useSearch(query)

  if (error) return <p role="alert" className="error">{error}</p>
  if (!hits) return <p className="loading">Searching…</p>
  const sources = new Set(hits.map((h) => h.sourceId)).size
  return (
    <article className="search-view">
      <h1>Search: {query}</h1>
      <p className="source-facts" role="status">
        {hits.length === 0
          ? 'No clause matches. Try fewer words, or part of a word.'
          : `${count(hits.length)}${hits.length === SEARCH_LIMIT ? '+' : ''} ${pluralWord(hits.length, 'clause')} in ${plural(sources, 'source')}, best first.`}
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

/**
 * Search results across the library: each clause with its source and section, words marked,
 * and its Open and Add to draft. One Tab stop for the whole list (hooks/useRovingList.ts): Up /
 * Down between hits, Enter opens one in its source, Right or Tab reaches its tools.
 */
import { useId } from 'react'
import type { SourceClauseRef } from '../../../shared/draft'
import type { SearchHit } from '../../../shared/api'
import { count, plural, pluralWord } from '../../../shared/text/wording'
import { SEARCH_LIMIT, useSearch } from '../hooks/queries'
import { useRovingList } from '../hooks/useRovingList'
import { sourceClauseRef } from '../state/add-to-draft'
import { Highlighted } from './Highlighted'

interface Props {
  query: string
  onOpen(hit: SearchHit): void
  /** Null when no draft is open: the results then offer Open only. */
  onAddToDraft?: ((clauses: SourceClauseRef[]) => void) | null
  /** The draft's number of each clause it holds ("in your draft as 3.2"), as the source view marks them. */
  inDraft?: Record<string, string>
}

const HITS_KEYS_HINT = 'Up and Down arrows: the next or previous result; Enter opens it in its source. Tab or Right arrow: its Open and Add to draft; Escape comes back.'

export function SearchView({ query, onOpen, onAddToDraft, inDraft }: Props): React.JSX.Element {
  const { data: hits, error } = useSearch(query)
  const roving = useRovingList(hits?.length ?? 0)
  const hintId = useId()

  if (error) return <p role="alert" className="error">{error}</p>
  if (!hits) return <p className="loading">Searching…</p>
  const sources = new Set(hits.map((h) => h.sourceId)).size
  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>): void => {
    // Enter on a result itself (not on one of its tools) opens it, as a click on its text does.
    const target = e.target as HTMLElement
    if (e.key === 'Enter' && target.dataset.hitIndex !== undefined) {
      e.preventDefault()
      onOpen(hits[Number(target.dataset.hitIndex)]!)
      return
    }
    roving.onKeyDown(e)
  }
  return (
    <article className="search-view">
      <h1>Search: {query}</h1>
      <p className="source-facts" role="status">
        {hits.length === 0
          ? 'No clause matches. Try fewer words, or part of a word.'
          : `${count(hits.length)}${hits.length === SEARCH_LIMIT ? '+' : ''} ${pluralWord(hits.length, 'clause')} in ${plural(sources, 'source')}, best first.`}
      </p>
      <span id={hintId} className="visually-hidden">
        {HITS_KEYS_HINT}
      </span>
      <ol className="hits" aria-label="Search results" onKeyDown={onKeyDown}>
        {hits.map((hit, i) => (
          <li key={hit.clauseId} className="hit-item" data-hit-index={i} {...roving.itemProps(i)} aria-describedby={hintId}>
            {/* Note: out of the Tab order: the item holds the list's stop and Enter opens it. */}
            <button type="button" className="hit" tabIndex={-1} onClick={() => onOpen(hit)}>
              <span className="hit-where">
                {hit.sourceTitle}
                {hit.section.length > 1 && ` › ${hit.section.slice(1).join(' › ')}`}
              </span>
              <span className="hit-text">
                {hit.label && <span className="clause-label">{hit.label} </span>}
                <Highlighted text={hit.text} query={query} />
              </span>
            </button>
            <span className="hit-actions" data-roving-tools>
              <button type="button" className="link" tabIndex={roving.toolTab(i)} onClick={() => onOpen(hit)}>
                Open<span className="visually-hidden"> in {hit.sourceTitle}</span>
              </button>
              {onAddToDraft && (
                <button
                  type="button"
                  className="link"
                  tabIndex={-1}
                  onClick={() => onAddToDraft([sourceClauseRef({ id: hit.sourceId, title: hit.sourceTitle }, { id: hit.clauseId, label: hit.label, text: hit.text })])}
                >
                  Add to draft
                </button>
              )}
              {inDraft?.[hit.clauseId] !== undefined && <span className="in-draft">in your draft as {inDraft[hit.clauseId]}</span>}
            </span>
          </li>
        ))}
      </ol>
    </article>
  )
}

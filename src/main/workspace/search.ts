/**
 * Full-text search over the workspace's clauses through its FTS5 index, ranked by bm25 with
 * a clause's own words weighted above its section headings. As users expect of a search box:
 * every word must match; when nothing has them all (and there are no phrases), any word may,
 * ranked by how many and how rare. Scores are positive, higher is better.
 */
import type { SourceId } from '../../shared/model'
import type { SearchHit } from '../../shared/model-library'
import { toFtsQuery } from './fts-query'
import type { Statements } from './statements'

export interface ClauseSearchOptions {
  /** Most hits returned (default 50, at most 1000). */
  limit?: number
  /** Only these sources (default: all). */
  sourceIds?: readonly SourceId[]
}

export const DEFAULT_SEARCH_LIMIT = 50
const MAX_SEARCH_LIMIT = 1000
/** bm25 weights of the index's columns: text, section. */
const RANK = 'bm25(clauses_fts, 3.0, 1.0)'

interface HitRow {
  id: string
  source_id: string
  title: string
  label: string | null
  section: string
  text: string
  rank: number
}

function statementFor(filtered: boolean): string {
  return `SELECT c.id, c.source_id, s.title, c.label, c.section, c.text, ${RANK} AS rank
          FROM clauses_fts JOIN clauses c ON c.seq = clauses_fts.rowid JOIN sources s ON s.id = c.source_id
          WHERE clauses_fts MATCH ?${filtered ? ' AND c.source_id IN (SELECT value FROM json_each(?))' : ''}
          ORDER BY rank, c.seq LIMIT ?`
}

export function searchClauses(sql: Statements, query: string, options: ClauseSearchOptions = {}): SearchHit[] {
  const fts = toFtsQuery(query)
  if (!fts) return []
  const requested = options.limit !== undefined && Number.isFinite(options.limit) ? Math.floor(options.limit) : DEFAULT_SEARCH_LIMIT
  const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, requested))
  if (options.sourceIds && options.sourceIds.length === 0) return []
  const filter = options.sourceIds ? [JSON.stringify(options.sourceIds)] : []
  const statement = sql.get<HitRow>(statementFor(options.sourceIds !== undefined))
  let rows = statement.all(fts.all, ...filter, limit)
  if (rows.length === 0 && fts.any) rows = statement.all(fts.any, ...filter, limit)
  return rows.map((r) => ({
    clauseId: r.id,
    sourceId: r.source_id,
    sourceTitle: r.title,
    label: r.label,
    section: JSON.parse(r.section) as string[],
    text: r.text,
    score: -r.rank,
  }))
}

/**
 * Which source covers what: topics × sources and families × sources, and for each source the
 * topics and families that most of the other sources have and it lacks. One of the sources may
 * be the user's draft (`draftAsSource` in src/shared/draft): its gaps are what the library suggests adding.
 *
 * Note: each row's `bySource` lists only the sources that have clauses in it; a source that
 * has none is absent rather than given an empty list, so a library of a thousand sources and
 * thousands of families does not make a million empty cells.
 */
import type { ClauseFamily, ClauseId, CoverageMatrix, SourceId } from '../../model'
import { topics as taxonomy } from '../../topics/tag-topics'
import type { ClauseIndex } from './clause-index'

export interface CoverageOptions {
  /** A topic or family is a gap for a source when more than this share of the other sources have it. */
  majority: number
}

export const defaultCoverageOptions: CoverageOptions = { majority: 0.5 }

type Row = { bySource: Record<SourceId, ClauseId[]> }

/** A record with no prototype, so that no source id ("constructor", "__proto__") is special. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function add(row: Row, sourceId: SourceId, clauseId: ClauseId): void {
  const list = row.bySource[sourceId]
  if (list) list.push(clauseId)
  else row.bySource[sourceId] = [clauseId]
}

export function coverageMatrix(index: ClauseIndex, families: readonly ClauseFamily[], options: Partial<CoverageOptions> = {}): CoverageMatrix {
  const opts: CoverageOptions = { ...defaultCoverageOptions, ...options }
  const sourceIds = [...new Set(index.sources.map((s) => s.id))]

  const topicRows = taxonomy.map((t) => ({ topic: t.id, label: t.label, bySource: record<ClauseId[]>() }))
  const rowOf = new Map(topicRows.map((r) => [r.topic, r]))
  index.clauses.forEach((clause, i) => {
    const sourceId = index.sources[index.sourceOf[i]!]!.id
    for (const topic of new Set(clause.topics)) {
      const row = rowOf.get(topic)
      if (row) add(row, sourceId, clause.id)
    }
  })

  const known = new Set(sourceIds)
  const familyRows = families.map((f) => {
    const row = { familyId: f.id, text: f.representative.text, bySource: record<ClauseId[]>() }
    for (const m of f.members) if (known.has(m.sourceId)) add(row, m.sourceId, m.clauseId)
    return row
  })

  // A row is a gap for each source it lacks when the sources having it are more than the
  // majority share of the others (all of which, the source lacking it, are "others").
  const others = sourceIds.length - 1
  const gaps = record<CoverageMatrix['gaps'][string]>()
  for (const id of sourceIds) gaps[id] = { topics: [], families: [] }
  const markGaps = (rows: readonly Row[], put: (gap: CoverageMatrix['gaps'][string], k: number) => void): void => {
    if (others < 1) return
    rows.forEach((row, k) => {
      const having = Object.keys(row.bySource).length
      if (having <= opts.majority * others) return
      for (const id of sourceIds) if (!(id in row.bySource)) put(gaps[id]!, k)
    })
  }
  markGaps(topicRows, (gap, k) => gap.topics.push(topicRows[k]!.topic))
  markGaps(familyRows, (gap, k) => gap.families.push(familyRows[k]!.familyId))
  return { sources: [...index.sources], topics: topicRows, families: familyRows, gaps }
}

/**
 * Full-text search over every clause of the library (MiniSearch: BM25 ranking, prefix
 * matching), with exact phrases and exclusions checked on top. Section headings and the
 * source title are searchable too, weighted below the clause's own words.
 */
import MiniSearch from 'minisearch'
import type { ClauseId, SourceDocument, SourceId } from '../model'
import { STOP_WORDS } from '../compare/stop-words'
import { stem } from '../compare/text-features'
import { foldForPhrase, parseQuery } from './query'

export interface SearchHit {
  clauseId: ClauseId
  sourceId: SourceId
  sourceTitle: string
  label: string | null
  section: string[]
  text: string
  score: number
}

export interface SearchOptions {
  limit?: number
  /** Only these sources (default: all). */
  sourceIds?: SourceId[]
}

interface Doc {
  id: ClauseId
  sourceId: SourceId
  sourceTitle: string
  label: string | null
  section: string[]
  text: string
  sectionText: string
}

function processTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/[’']/g, '')
  if (!t || STOP_WORDS.has(t)) return null
  return stem(t)
}

export class ClauseSearch {
  private readonly index: MiniSearch<Doc>
  private readonly docs = new Map<ClauseId, Doc>()

  constructor(sources: readonly SourceDocument[]) {
    this.index = new MiniSearch<Doc>({
      fields: ['text', 'sectionText', 'sourceTitle'],
      storeFields: [],
      processTerm,
      searchOptions: { boost: { text: 3, sectionText: 1, sourceTitle: 0.5 }, processTerm },
    })
    for (const source of sources) this.addSource(source)
  }

  addSource(source: SourceDocument): void {
    const docs = source.clauses.map((c) => ({
      id: c.id,
      sourceId: source.id,
      sourceTitle: source.title,
      label: c.label,
      section: c.section,
      text: c.text,
      sectionText: c.section.join(' '),
    }))
    for (const d of docs) this.docs.set(d.id, d)
    this.index.addAll(docs)
  }

  removeSource(sourceId: SourceId): void {
    for (const doc of [...this.docs.values()].filter((d) => d.sourceId === sourceId)) {
      this.index.discard(doc.id)
      this.docs.delete(doc.id)
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { words, phrases, excluded } = parseQuery(query)
    const limit = options.limit ?? 50
    const allowed = options.sourceIds ? new Set(options.sourceIds) : null
    // Phrases' words are searched too, so a phrase-only query still has candidates.
    const terms = [...words, ...phrases.flatMap((p) => p.split(' '))].join(' ')
    if (!terms.trim()) return []
    const filter = (result: { id: ClauseId }): boolean => {
      const doc = this.docs.get(result.id)
      if (!doc || (allowed && !allowed.has(doc.sourceId))) return false
      const folded = foldForPhrase(doc.text + ' ' + doc.sectionText)
      if (!phrases.every((p) => folded.includes(p))) return false
      return !excluded.some((x) => folded.includes(x))
    }
    // All words first; if nothing has them all, any of them, ranked.
    let results = this.index.search(terms, { prefix: (t) => t.length >= 3, fuzzy: (t) => (t.length >= 6 ? 0.15 : false), combineWith: 'AND', filter })
    if (results.length === 0 && phrases.length === 0) {
      results = this.index.search(terms, { prefix: (t) => t.length >= 3, combineWith: 'OR', filter })
    }
    return results.slice(0, limit).map((r) => {
      const doc = this.docs.get(r.id)!
      return { clauseId: doc.id, sourceId: doc.sourceId, sourceTitle: doc.sourceTitle, label: doc.label, section: doc.section, text: doc.text, score: r.score }
    })
  }
}

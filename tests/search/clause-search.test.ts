/**
 * Full-text search over the whole corpus in a workspace (SQLite FTS5): ranking, prefixes,
 * phrases, exclusions, filters, as a researcher uses the search box.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'
import { Workspace } from '../../src/main/workspace'
import { parseQuery } from '../../src/shared/search/query'
import { repoRoot } from '../support/paths'

let sources: SourceDocument[]
let workspace: Workspace
const search = {
  search: (query: string, options: { sourceIds?: string[]; limit?: number } = {}) => workspace.searchClauses(query, options),
}

beforeAll(async () => {
  const dir = path.join(repoRoot, 'corpus')
  sources = []
  for (const f of readdirSync(dir).filter((f) => /\.(docx|pdf|html|md|txt|odt)$/.test(f) && f !== 'README.md')) {
    sources.push(await importFile({ name: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))), importedAt: '2026-01-01T00:00:00Z' }))
  }
  workspace = Workspace.inMemory()
  for (const s of sources) workspace.addSource(new Uint8Array(readFileSync(path.join(dir, s.origin))), s)
}, 60_000)

describe('clause search', () => {
  it('parses words, quoted phrases and exclusions', () => {
    expect(parseQuery('purdah "pre-election  period" -councillor')).toEqual({ words: ['purdah', '-councillor'].slice(0, 1), phrases: ['pre-election period'], excluded: ['councillor'] })
  })

  it('ranks clauses that are about the query first', () => {
    expect(search.search('purdah').map((h) => h.sourceTitle)).toEqual(['Social media at Wealdham'])
    const hits = search.search('election candidate')
    expect(hits.length).toBeGreaterThan(3)
    for (const hit of hits.slice(0, 3)) expect(hit.text.toLowerCase()).toMatch(/candidate/)
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score)
  })

  it('matches word prefixes and other forms of a word', () => {
    const hits = search.search('photog consent')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits.slice(0, 5)) expect(hit.text.toLowerCase()).toMatch(/photo.*consent|consent.*photo/)
  })

  it('keeps only clauses with an exact phrase, ignoring case and spacing', () => {
    const hits = search.search('"code of conduct"')
    expect(hits.length).toBeGreaterThan(3)
    for (const hit of hits) expect((hit.text + ' ' + hit.section.join(' ')).toLowerCase().replace(/\s+/g, ' ')).toContain('code of conduct')
  })

  it('drops excluded words and filters by source', () => {
    const all = search.search('political')
    const without = search.search('political -election')
    expect(without.length).toBeLessThan(all.length)
    for (const hit of without) expect(hit.text.toLowerCase()).not.toContain('election')
    const one = sources.find((s) => s.origin.startsWith('wealdham'))!
    for (const hit of search.search('political', { sourceIds: [one.id] })) expect(hit.sourceId).toBe(one.id)
  })

  it('falls back to any word when no clause has them all, and finds nothing for nothing', () => {
    expect(search.search('purdah zebra').map((h) => h.sourceTitle)).toEqual(['Social media at Wealdham'])
    expect(search.search('   ')).toEqual([])
    expect(search.search('"no policy says this phrase"')).toEqual([])
  })

  it('forgets a removed source', () => {
    const one = sources[0]!
    workspace.removeSource(one.id)
    expect(search.search('social media', { limit: 1000 }).some((h) => h.sourceId === one.id)).toBe(false)
  })
})

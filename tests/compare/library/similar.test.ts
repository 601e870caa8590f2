/** Similar-clause lookup: the best clauses of every other source, ranked, never the clause's own source. */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, similarClauses, type ClauseIndex } from '../../../src/shared/compare/library'
import type { Clause, SourceDocument } from '../../../src/shared/model'
import { loadCorpus } from './corpus'
import { loadMiniLibrary } from './fixtures'

let corpus: SourceDocument[]
let index: ClauseIndex
beforeAll(async () => {
  corpus = await loadCorpus()
  index = buildClauseIndex(corpus)
}, 60_000)

const find = (origin: string, words: string): Clause => corpus.find((d) => d.origin === origin)!.clauses.find((c) => c.text.includes(words))!

describe('similarClauses', () => {
  it('ranks the known equivalent first', () => {
    const query = find('northmoor-social-media-policy.md', 'You should not accept friend requests')
    const results = similarClauses(index, query.id)
    expect(results[0]!.clauseId).toBe(find('fernleigh-staff-social-media-guidelines.md', 'Do not accept friend requests from customers').id)
    const moved = find('riverside-social-media-policy-v0.3.docx', 'When you discuss council business online, say who you are')
    const top = similarClauses(index, moved.id)[0]!
    expect(top.clauseId).toBe(find('riverside-social-media-policy-v1.0.pdf', 'When you discuss council business online, say who you are').id)
    expect(top.similarity).toBeCloseTo(1, 9)
  })

  it('gives each other source at most its best clauses, ranked, and never the own source', () => {
    const query = find('eastbrook-social-media-policy.docx', 'You may use social media for personal reasons')
    const results = similarClauses(index, query.id)
    expect(results.length).toBeGreaterThan(3)
    expect(results.every((r) => r.sourceId !== query.sourceId)).toBe(true)
    expect(new Set(results.map((r) => r.sourceId)).size).toBe(results.length)
    expect(results.map((r) => r.similarity)).toEqual([...results.map((r) => r.similarity)].sort((a, b) => b - a))
    for (const r of results) expect(r.similarity).toBeGreaterThanOrEqual(0.2)
    const two = similarClauses(index, query.id, { perSource: 2, limit: 100 })
    for (const source of new Set(two.map((r) => r.sourceId))) expect(two.filter((r) => r.sourceId === source).length).toBeLessThanOrEqual(2)
    expect(two.length).toBeGreaterThanOrEqual(results.length)
  })

  it('finds the equivalent in every other source of the mini library, leaving out the source that repeats it', () => {
    const { sources } = loadMiniLibrary()
    const mini = buildClauseIndex(sources)
    const results = similarClauses(mini, 'alderbrook.3')
    expect(results.map((r) => r.clauseId).sort()).toEqual(['brackenhurst.3', 'cinderford.4', 'dunmere.4', 'elmstead.3'])
  })

  it('looks up a clause the index does not hold, such as one being drafted', () => {
    const drafting: Clause = { ...find('northmoor-social-media-policy.md', 'You should not accept friend requests'), id: 'draft.1', sourceId: 'draft' }
    const results = similarClauses(index, drafting)
    expect(results[0]!.clauseId).toBe(find('northmoor-social-media-policy.md', 'You should not accept friend requests').id)
    expect(results[0]!.similarity).toBeCloseTo(1, 9)
  })

  it('gives nothing for an unknown id or a clause too short to compare', () => {
    expect(similarClauses(index, 'no-such-clause')).toEqual([])
    const versionLine = corpus.flatMap((d) => d.clauses).find((c) => c.text === 'Version 1.0')!
    expect(similarClauses(index, versionLine.id)).toEqual([])
  })
})

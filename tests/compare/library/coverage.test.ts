/**
 * The coverage matrix: topics × sources and families × sources, and each source's gaps (what
 * more than half of the other sources have and it lacks), also with a user's draft as a source.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, coverageMatrix, type IndexSource } from '../../../src/shared/compare/library'
import type { Clause, SourceDocument } from '../../../src/shared/model'
import { policyClauses } from '../../../src/shared/model-clauses'
import { topics } from '../../../src/shared/topics/tag-topics'
import { loadCorpus } from './corpus'
import { loadMiniLibrary } from './fixtures'

let corpus: SourceDocument[]
beforeAll(async () => {
  corpus = await loadCorpus()
}, 60_000)

const clause = (sourceId: string, n: number, text: string, topicIds: string[]): Clause => ({
  id: `${sourceId}.${n}`,
  sourceId,
  section: [],
  label: `${n}.`,
  level: 0,
  text,
  inline: text,
  topics: topicIds,
})

describe('coverageMatrix', () => {
  it('has a row per topic and per family, and a column per source', () => {
    const index = buildClauseIndex(corpus)
    const families = buildFamilies(index)
    const matrix = coverageMatrix(index, families)
    expect(matrix.sources.map((s) => s.id)).toEqual(corpus.map((d) => d.id))
    // Front matter (Ashbury's control paragraph) is not counted: it is no clause of the policy.
    expect(matrix.sources[0]!.clauseCount).toBe(policyClauses(corpus[0]!).length)
    expect(matrix.topics.map((r) => r.topic)).toEqual(topics.map((t) => t.id))
    expect(matrix.topics.map((r) => r.label)).toEqual(topics.map((t) => t.label))
    expect(matrix.families.map((r) => r.familyId)).toEqual(families.map((f) => f.id))
    const ids = new Set(corpus.map((d) => d.id))
    for (const row of [...matrix.topics, ...matrix.families]) {
      for (const [source, clauseIds] of Object.entries(row.bySource)) {
        expect(ids.has(source)).toBe(true)
        expect(clauseIds.length).toBeGreaterThan(0)
      }
    }
    // Cells hold exactly the clauses of that source carrying the topic.
    const elections = matrix.topics.find((r) => r.topic === 'elections')!
    for (const doc of corpus) {
      expect(elections.bySource[doc.id] ?? []).toEqual(doc.clauses.filter((c) => c.topics.includes('elections')).map((c) => c.id))
    }
    families.forEach((f, k) => {
      const cells = Object.values(matrix.families[k]!.bySource).flat().sort()
      expect(cells).toEqual(f.members.map((m) => m.clauseId).sort())
      expect(matrix.families[k]!.text).toBe(f.representative.text)
    })
    expect(JSON.parse(JSON.stringify(matrix))).toEqual(matrix)
  })

  it('lists as gaps the topics and families more than half the other sources have', () => {
    const sources = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      clauses: [
        clause(id, 1, 'Staff must not disclose confidential council information on social networking sites.', ['confidentiality']),
        ...(id === 'd' ? [] : [clause(id, 2, 'Official accounts need two named administrators who are council staff.', ['official-accounts'])]),
        ...(id === 'a' ? [clause(id, 3, 'The council monitors the use of its network and equipment.', ['monitoring'])] : []),
      ],
    }))
    const index = buildClauseIndex(sources)
    const families = buildFamilies(index)
    const matrix = coverageMatrix(index, families)
    const admins = families.find((f) => f.members.some((m) => m.clauseId === 'a.2'))!
    expect(admins.members).toHaveLength(3)
    expect(matrix.gaps['d']).toEqual({ topics: ['official-accounts'], families: [admins.id] })
    // Monitoring: one source of three others is not most of them.
    expect(matrix.gaps['b']).toEqual({ topics: [], families: [] })
    // The majority can be set: with a third, one of three others is not more than a third.
    expect(coverageMatrix(index, families, { majority: 0.3 }).gaps['b']!.topics).toEqual(['monitoring'])
  })

  it('works with the user draft as one of the sources', () => {
    const { sources } = loadMiniLibrary()
    // A draft that copies two clauses from the library and writes one of its own.
    const copied = [sources[0]!.clauses[1]!, sources[1]!.clauses[4]!]
    const own = clause('draft', 9, 'Staff must never post photographs of service users without their written consent.', ['photos-consent', 'service-users'])
    // Drafts reach the index through draftAsSource (src/shared/draft); here its clauses are given directly.
    const clauses = [...copied.map((c, k) => ({ ...c, id: `my-draft.${k}` })), own].map((c) => ({ ...c, sourceId: 'my-draft' }))
    const draft: IndexSource = { id: 'my-draft', title: 'My draft', kind: 'other', clauses }
    const index = buildClauseIndex([...sources, draft])
    const families = buildFamilies(index)
    const matrix = coverageMatrix(index, families)
    expect(matrix.sources.at(-1)).toMatchObject({ id: 'my-draft', title: 'My draft', kind: 'other', clauseCount: 3 })
    expect(matrix.topics.find((r) => r.topic === 'confidentiality')!.bySource['my-draft']).toEqual(['my-draft.0'])
    const confidential = families.find((f) => f.members.some((m) => m.clauseId === 'alderbrook.1'))!
    expect(confidential.members.map((m) => m.clauseId)).toContain('my-draft.0')
    // What most of the library has and the draft lacks: monitoring, and the families of duties it has not copied.
    const gaps = matrix.gaps['my-draft']!
    expect(gaps.topics).toContain('monitoring')
    expect(gaps.topics).not.toContain('confidentiality')
    expect(gaps.families).not.toContain(confidential.id)
    const friends = families.find((f) => f.members.some((m) => m.clauseId === 'brackenhurst.3'))!
    expect(gaps.families).toContain(friends.id)
  })

  it('has no gaps in a library of one source', () => {
    const index = buildClauseIndex([corpus[0]!])
    expect(coverageMatrix(index, []).gaps).toEqual({ [corpus[0]!.id]: { topics: [], families: [] } })
  })
})

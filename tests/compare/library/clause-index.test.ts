/**
 * The clause index reads each distinct text once: clauses that repeat a text (boilerplate
 * across policies) share its terms, vector and keys, and index exactly as they would alone.
 */
import { describe, expect, it } from 'vitest'
import { buildClauseIndex, similarClauses } from '../../../src/shared/compare/library'
import { TermStatistics } from '../../../src/shared/compare/text-features'
import type { Clause } from '../../../src/shared/model'

const clause = (sourceId: string, n: number, text: string): Clause =>
  ({ id: `${sourceId}.${n}`, sourceId, label: null, text, inline: text, section: [], topics: [], kind: 'clause' }) as unknown as Clause

const texts = [
  'Employees must not disclose confidential information about service users on social media.',
  'Managers may monitor the use of council equipment and accounts for personal purposes.',
  'Staff should report any abusive or threatening messages to their line manager.',
]

describe('buildClauseIndex with repeated texts', () => {
  const a = { id: 'a', clauses: texts.map((t, n) => clause('a', n, t)) }
  const b = { id: 'b', clauses: [clause('b', 0, texts[0]!), clause('b', 1, 'Staff must never share their passwords with anyone.'), clause('b', 2, texts[2]!)] }
  const index = buildClauseIndex([a, b])

  it('shares the first clause’s terms, vector and keys with a clause of the same text', () => {
    expect(index.vectors[3]).toBe(index.vectors[0])
    expect(index.terms[3]).toBe(index.terms[0])
    expect(index.keys[3]).toBe(index.keys[0])
    expect(index.vectors[5]).toBe(index.vectors[2])
    expect(index.vectors[4]).not.toBe(index.vectors[1])
  })

  it('counts every clause in the statistics, repeats included, as adding each in turn would', () => {
    const added = new TermStatistics()
    for (const list of index.terms) added.add(list)
    expect(index.statistics.documentCount).toBe(6)
    for (const [term, id] of index.vocabulary) {
      expect(index.statistics.idf(term)).toBe(added.idf(term))
      expect(index.docFreq[id]).toBe(index.terms.filter((list) => list.includes(term)).length)
    }
    // A repeat is still a clause of its own source, found from the other.
    expect(similarClauses(index, 'a.0')[0]).toEqual({ clauseId: 'b.0', sourceId: 'b', similarity: 1 })
  })
})

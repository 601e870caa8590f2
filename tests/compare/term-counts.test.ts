/**
 * A clause's terms counted once (term-counts.ts) and weighed under a comparison's statistics
 * give the TF-IDF vector tfidf gives from the terms, to the bit and in the same key order: the
 * aligner's scores, and so its decisions, do not depend on which one made them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { termCounts, weigh } from '../../src/shared/compare/term-counts'
import { shingles, TermStatistics, tfidf } from '../../src/shared/compare/text-features'

const term = fc.constantFrom('staff', 'post', 'confidential', 'manager', 'account', 'not', 'share', 'password', 'council', 'privacy')
// Many distinct terms too (past the scan's limit, where counting goes by a map).
const rare = fc.integer({ min: 0, max: 200 }).map((n) => `term${n}`)
const terms = fc.array(fc.oneof(term, rare), { maxLength: 150 })

describe('term counts', () => {
  it('weigh to exactly what tfidf gives, for any terms and statistics', () => {
    fc.assert(
      fc.property(terms, fc.array(terms, { maxLength: 20 }), (clause, others) => {
        const stats = new TermStatistics()
        for (const o of [clause, ...others]) stats.add(o)
        const expected = [...tfidf(clause, stats)]
        expect([...weigh(termCounts(clause), stats)]).toEqual(expected)
        // Bit for bit, not only close: a score one ulp apart may order two candidates the other way.
        const got = [...weigh(termCounts(clause), stats).values()]
        expected.forEach(([, w], k) => expect(Object.is(got[k], w)).toBe(true))
      }),
      { numRuns: 300 },
    )
  })

  it('count distinct terms in the order they first come; frequencies counted apart match add()', () => {
    const clause = ['post', 'staff', 'post', 'not', 'post', 'staff']
    const counted = termCounts(clause)
    expect(counted.terms).toEqual(['post', 'staff', 'not'])
    expect([...counted.tf]).toEqual([1 + Math.log(3), 1 + Math.log(2), 1])
    const byAdd = new TermStatistics()
    const byCounts = new TermStatistics()
    // Two collections counted apart (as the aligner counts each side), against every document added.
    const sides = [[clause, shingles(clause)], [['privacy', 'post'], []]]
    for (const side of sides) {
      const frequencies = new Map<string, number>()
      for (const c of side) {
        byAdd.add(c)
        for (const t of termCounts(c).terms) frequencies.set(t, (frequencies.get(t) ?? 0) + 1)
      }
      byCounts.addCounted(side.length, frequencies)
    }
    for (const t of ['post', 'staff', 'not', 'post staff', 'privacy', 'absent']) expect(byCounts.idf(t)).toBe(byAdd.idf(t))
    expect(byCounts.documentCount).toBe(4)
    // One more document added the usual way counts with them.
    byAdd.add(['staff'])
    byCounts.add(['staff'])
    expect(byCounts.idf('staff')).toBe(byAdd.idf('staff'))
  })
})

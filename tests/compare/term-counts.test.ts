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

  it('count distinct terms in the order they first come; statistics from them match add()', () => {
    const clause = ['post', 'staff', 'post', 'not', 'post', 'staff']
    const counted = termCounts(clause)
    expect(counted.terms).toEqual(['post', 'staff', 'not'])
    expect([...counted.tf]).toEqual([1 + Math.log(3), 1 + Math.log(2), 1])
    const byAdd = new TermStatistics()
    const byDistinct = new TermStatistics()
    for (const c of [clause, shingles(clause), ['privacy']]) {
      byAdd.add(c)
      byDistinct.addDistinct(termCounts(c).terms)
    }
    for (const t of ['post', 'staff', 'not', 'post staff', 'privacy', 'absent']) expect(byDistinct.idf(t)).toBe(byAdd.idf(t))
    expect(byDistinct.documentCount).toBe(3)
  })
})

/**
 * The draft check against planted pairs (tests/fixtures/library/draft-check-planted.json: 20
 * repeats, 20 conflicts, 20 look-alike non-conflicts, all in one draft of 120 clauses) and the
 * two false all-clears a new user met: Riverside 6.5 with Northmoor 3.4, which similar clauses
 * rates 89% alike, and a "may" directly under the same sentence with "must not".
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, checkDocument, similarClauses } from '../../../src/shared/compare/library'
import { isRepeat, REPEAT_SIMILARITY } from '../../../src/shared/compare/library/repeat-threshold'
import type { Clause, SourceDocument } from '../../../src/shared/model'
import { tagTopics } from '../../../src/shared/topics/tag-topics'
import { libraryFixtures, loadCorpus } from './corpus'

interface Planted {
  pairs: { kind: 'repeat' | 'conflict' | 'none'; a: string; b: string }[]
}
const planted = JSON.parse(readFileSync(path.join(libraryFixtures, 'draft-check-planted.json'), 'utf8')) as Planted

/** A draft as the service checks it: numbered clauses, topics from their own words. */
function draft(texts: readonly string[]): Clause[] {
  return texts.map((text, i) => ({ id: `draft.${i}`, sourceId: 'draft', section: ['Draft'], label: `${i + 1}`, level: 0, text, inline: text, topics: tagTopics(text, ['Draft']) }))
}

const key = (ids: readonly string[]): string => [...ids].sort().join('|')

describe('checkDocument on planted pairs', () => {
  const clauses = draft(planted.pairs.flatMap((p) => [p.a, p.b]))
  const truth = new Map(planted.pairs.map((p, k) => [key([`draft.${2 * k}`, `draft.${2 * k + 1}`]), p.kind]))
  const check = checkDocument(clauses)

  function measure(kind: 'repeat' | 'conflict', found: readonly { clauseIds: readonly string[] }[]): { precision: number; recall: number; wrong: string[] } {
    const want = planted.pairs.filter((p) => p.kind === kind).length
    const right = found.filter((f) => truth.get(key(f.clauseIds)) === kind).length
    const wrong = found.filter((f) => truth.get(key(f.clauseIds)) !== kind).map((f) => `${kind} ${'similarity' in f ? (f.similarity as number).toFixed(2) : ''}: ` + f.clauseIds.map((id) => clauses.find((c) => c.id === id)!.text).join(' // '))
    return { precision: found.length ? right / found.length : 1, recall: right / want, wrong }
  }

  it('finds the planted repeats and conflicts, and not the look-alikes (figures in the notes)', () => {
    const r = measure('repeat', check.repeats)
    const c = measure('conflict', check.conflicts)
    const missed = planted.pairs.filter((p, k) => p.kind !== 'none' && ![...check.repeats, ...check.conflicts].some((f) => key(f.clauseIds) === key([`draft.${2 * k}`, `draft.${2 * k + 1}`])))
    console.log(
      `draft check (planted, 120 clauses): repeats precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)}; conflicts precision ${c.precision.toFixed(2)} recall ${c.recall.toFixed(2)}\n` +
        `reported wrongly:\n  ${[...r.wrong, ...c.wrong].join('\n  ')}\nmissed:\n  ${missed.map((p) => `${p.kind}: ${p.a} // ${p.b}`).join('\n  ')}`,
    )
    expect(r.precision).toBeGreaterThanOrEqual(0.95)
    expect(r.recall).toBeGreaterThanOrEqual(0.95)
    // Note: four look-alike pairs across the planted pairs (same act, shared topic, other
    // objects) are still reported; the floors sit just under the measured figures.
    expect(c.precision).toBeGreaterThanOrEqual(0.8)
    expect(c.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('finds each planted pair alone in a two-clause draft as well (the rest of the planted draft as the library)', () => {
    const library = [{ id: 'library', clauses: clauses.map((c) => ({ ...c, id: `library.${c.id}` })) }]
    for (const p of planted.pairs) {
      const alone = checkDocument(draft([p.a, p.b]), { library })
      const kinds = [...alone.repeats.map(() => 'repeat'), ...alone.conflicts.map(() => 'conflict')]
      if (p.kind === 'none') expect(kinds, p.a).not.toContain('conflict')
      else expect(kinds, p.a).toContain(p.kind)
    }
  })
})

describe('checkDocument: the false all-clears', () => {
  const must = 'Employees must not use social networking sites for personal purposes during working time.'
  const may = 'Employees may use social networking sites for personal purposes during working time.'

  it('finds "may" directly under the same sentence with "must not", in a draft of 2 or of 4 clauses', () => {
    for (const texts of [
      [must, may],
      ['This policy applies to all employees of the council.', must, may, 'Breaches of this policy may lead to disciplinary action.'],
    ]) {
      const check = checkDocument(draft(texts))
      expect(check.conflicts.map((c) => c.clauseIds)).toEqual([[`draft.${texts.indexOf(must)}`, `draft.${texts.indexOf(may)}`]])
      expect(check.conflicts[0]!.reason).toContain('forbids what')
    }
  })

  describe('Riverside 6.5 and Northmoor 3.4 (corpus)', () => {
    let docs: SourceDocument[]
    beforeAll(async () => {
      docs = await loadCorpus()
    })

    it('are repeats in the check exactly when similar clauses rates them at or over the one shared threshold', () => {
      const riverside = docs.find((d) => d.origin.startsWith('riverside-social-media-policy-v1.0'))!
      const northmoor = docs.find((d) => d.origin.startsWith('northmoor'))!
      const r65 = riverside.clauses.find((c) => c.label === '6.5')!
      const n34 = northmoor.clauses.find((c) => c.label === '3.4')!
      const listed = similarClauses(buildClauseIndex(docs), r65.id).find((s) => s.clauseId === n34.id)!
      console.log(`similar clauses: Riverside 6.5 against Northmoor 3.4 ${listed.similarity.toFixed(3)} (repeat at ${REPEAT_SIMILARITY})`)
      expect(isRepeat(listed.similarity)).toBe(true)
      const inDraft = draft([r65.text, n34.text])
      const check = checkDocument(inDraft, { library: docs })
      expect(check.repeats.map((r) => r.clauseIds)).toEqual([['draft.0', 'draft.1']])
      expect(check.repeats[0]!.similarity).toBeCloseTo(listed.similarity, 1)
    })
  })
})

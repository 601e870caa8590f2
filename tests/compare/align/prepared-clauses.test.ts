/**
 * A source's clauses prepared once (prepareSource: identity texts, terms, shingles, words,
 * titles) and handed to compareSources give exactly the comparison made from the texts, and
 * stay as they were: the service keeps them for every comparison with that source.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { compareSources, identityText, type PreparedClause, prepareSource } from '../../../src/shared/compare/align'
import { splitLabel } from '../../../src/shared/import/blocks'
import { expandContractions } from '../../../src/shared/compare/text-features'
import { loadRevisionPairs, type RevisionPair } from './revisions'

let pairs: RevisionPair[]
beforeAll(async () => {
  pairs = await loadRevisionPairs()
}, 60_000)

/** Everything a prepared list holds, sets as arrays, to see that aligning changed nothing. */
const snapshot = (prepared: readonly PreparedClause[]): string => JSON.stringify(prepared.map((p) => ({ ...p, words: [...p.words] })))

describe('prepared clauses', () => {
  it('give byte-identical comparisons on every revision pair, and are left unchanged', () => {
    expect(pairs.length).toBeGreaterThan(5)
    for (const { a, b } of pairs) {
      const prepared = { a: prepareSource(a), b: prepareSource(b) }
      const before = [snapshot(prepared.a), snapshot(prepared.b)]
      expect(JSON.stringify(compareSources(a, b, { prepared }))).toBe(JSON.stringify(compareSources(a, b)))
      expect([snapshot(prepared.a), snapshot(prepared.b)]).toEqual(before)
    }
  })

  it('one side prepared for several comparisons: A against B, then A against C, as afresh', () => {
    const [first, second] = pairs
    const preparedA = prepareSource(first!.a)
    for (const other of [first!.b, second!.b, second!.a]) {
      expect(JSON.stringify(compareSources(first!.a, other, { prepared: { a: preparedA } }))).toBe(JSON.stringify(compareSources(first!.a, other)))
    }
  })

  it('marks titles written as list items, as the aligner does', () => {
    const withTitles = pairs.find(({ a }) => prepareSource(a).some((p) => p.heading))
    expect(withTitles).toBeDefined()
  })

  it('ignores a prepared list of another length (prepared for other clauses)', () => {
    const [first, second] = pairs
    const wrong = prepareSource(second!.a)
    expect(wrong.length).not.toBe(prepareSource(first!.a).length)
    expect(JSON.stringify(compareSources(first!.a, first!.b, { prepared: { a: wrong } }))).toBe(JSON.stringify(compareSources(first!.a, first!.b)))
  })
})

/** identityText as it was before its fast path (every pass on every text): the reference. */
function identityReference(text: string): string {
  const spaced = text.replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim()
  const found = splitLabel(spaced)
  return (found && !/^\d+$/.test(found.label) ? found.rest : spaced)
    .replace(/[’‘`′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('the per-clause passes skip work only where it changes nothing', () => {
  const crafted = ['3.2  Staff  must\u00a0not | share', '(a) “Quoted” – dashed ‘text’', 'Plain text.', '  1.  Spaced   label ', 'Cell | cell |', '• Bullet', "Don't, can't and won't", 'It’s the staff’s duty', '10 January 2011']

  it('identityText equals every pass applied, on every clause of the revision pairs and crafted texts', () => {
    const texts = [...crafted, ...pairs.flatMap(({ a, b }) => [...a.clauses, ...b.clauses].map((c) => c.text))]
    for (const t of texts) expect(identityText(t)).toBe(identityReference(t))
  })

  it('expandContractions leaves a text without apostrophes as it is, and writes contractions out', () => {
    expect(expandContractions('Staff must not share passwords.')).toBe('Staff must not share passwords.')
    expect(expandContractions("Staff don’t share; they can't and won't")).toBe("Staff do not share; they cannot and will not")
  })
})

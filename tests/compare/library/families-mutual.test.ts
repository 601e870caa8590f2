/**
 * The fourth pass of families: two clauses of different sources, both left alone, join when
 * each is the other's strongest pair and they share a frame of duty concepts (a short policy
 * states each duty once, in its own words).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../../src/shared/compare/library'
import { familyConcepts, sharesFrame } from '../../../src/shared/compare/library/family-concepts'
import type { SourceDocument } from '../../../src/shared/model'
import { clauseIdByText, loadCorpus } from './corpus'
import { loadMiniLibrary, together } from './fixtures'
import { expectFamilyInvariants } from './invariants'

const off = { mutualPairSimilarity: 3 }
const key = (f: LibraryFamily): string => f.members.map((m) => m.clauseId).sort().join(' ')

describe('families: two clauses left alone that are each other’s best match', () => {
  it('pairs two statements of "use is monitored" that share few words but their act and object', () => {
    const { sources } = loadMiniLibrary('duty-set-3.json')
    const index = buildClauseIndex(sources)
    // "Remember that we can see which websites are visited from our computers." /
    // "We log and may review how our equipment is used online.": cosine 0.09.
    expect(together(buildFamilies(index, off), 'lindfield.4', 'penwith.4')).toBe(false)
    const families = buildFamilies(index)
    expect(together(families, 'lindfield.4', 'penwith.4')).toBe(true)
    expectFamilyInvariants(index, families)
  })

  it('only adds families of two clauses, each of another source and sharing a frame', () => {
    for (const name of ['duty-set-3.json', 'mini-library.json']) {
      const index = buildClauseIndex(loadMiniLibrary(name).sources)
      const before = buildFamilies(index, off)
      const after = buildFamilies(index)
      const kept = new Set(after.map(key))
      for (const f of before) expect(kept.has(key(f)), `${name}: ${key(f)}`).toBe(true)
      const concepts = familyConcepts(index, 4, { framesPerClause: 3, pairAllUpTo: index.options.pairAllUpTo, window: 3 })
      const old = new Set(before.map(key))
      for (const f of after.filter((f) => !old.has(key(f)))) {
        expect(f.members).toHaveLength(2)
        expect(f.members[0]!.sourceId).not.toBe(f.members[1]!.sourceId)
        const [a, b] = f.members.map((m) => index.numberOf.get(m.clauseId)!)
        expect(sharesFrame(concepts, a!, b!)).toBe(true)
      }
    }
  })

  describe('on the corpus', () => {
    let corpus: SourceDocument[]
    let index: ClauseIndex
    beforeAll(async () => {
      corpus = await loadCorpus()
      index = buildClauseIndex(corpus)
    }, 60_000)
    const clauseByText = (origin: string, words: string): string => clauseIdByText(corpus, origin, words)

    it('leaves apart two clauses alike in words only, though each is the other’s best match', () => {
      // Cosine 0.395, each the other's strongest pair, both alone after three passes; they
      // share the concepts "website" and "comment" but no frame of an act with its object.
      const publish = clauseByText('castlegate-social-networking-policy.pdf', 'No employee may publish comment about council policy')
      const blogs = clauseByText('wealdham-social-media-guidance.odt', 'Blogs are websites where you write longer posts')
      const families = buildFamilies(index)
      expect(together(families, publish, blogs)).toBe(false)
      expect(families.map(key).sort()).toEqual(buildFamilies(index, off).map(key).sort())
    })
  })
})

/**
 * The third pass of families: a clause left in no family joins the family whose summed wording
 * (its centroid) it is closest to, on its own main topic, when no single pair was strong enough.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, defaultFamilyOptions, type ClauseIndex, type LibraryFamily } from '../../../src/shared/compare/library'
import { similarity } from '../../../src/shared/compare/library/sparse'
import type { SourceDocument } from '../../../src/shared/model'
import { clauseIdByText, loadCorpus } from './corpus'
import { expectFamilyInvariants } from './invariants'
import { loadMiniLibrary, scoreMiniLibrary } from './fixtures'
import { dutyConcepts } from '../../../src/shared/compare/library/duty-concepts'
import { clauseReading } from '../../../src/shared/compare/library/clause-reading'

let corpus: SourceDocument[]
let index: ClauseIndex

beforeAll(async () => {
  corpus = await loadCorpus()
  index = buildClauseIndex(corpus)
}, 60_000)

const clauseByText = (origin: string, words: string): string => clauseIdByText(corpus, origin, words)
const familyOf = (families: LibraryFamily[], id: string): LibraryFamily | undefined => families.find((f) => f.members.some((m) => m.clauseId === id))

describe('families: a clause alone joins the family it is closest to as a whole', () => {
  // Note: until the issue-11 cues the example was Wealdham's "Keep it confidential", which the
  // richer topic dimensions now pair in the first pass, on words alone too.
  it("puts Ashbury's scope (all Youth Service staff) with the scope family though it is too far from its members on average", () => {
    const keep = clauseByText('ashbury-youth-service-social-media.docx', 'The guidelines apply to all Youth Service staff')
    const disclose = clauseByText('riverside-social-media-policy-v0.3.docx', 'This policy applies to all council employees')
    // Note: on words alone (no duty concepts), which is where the centroid pass earns its keep;
    // with concepts the clause already pairs in the first pass.
    const wordsOnly = { conceptWeight: 0, framesPerClause: 0 }
    const without = buildFamilies(index, { ...wordsOnly, attachFit: 2 })
    expect(familyOf(without, keep)).toBeUndefined()

    const families = buildFamilies(index, wordsOnly)
    const family = familyOf(families, keep)
    expect(family?.members.map((m) => m.clauseId)).toContain(disclose)
    const v = index.vectors[index.numberOf.get(keep)!]!
    const others = family!.members.filter((m) => m.clauseId !== keep).map((m) => index.vectors[index.numberOf.get(m.clauseId)!]!)
    // On average the members are too far for the family's linkage (the first two passes left it
    // out) ...
    const mean = others.reduce((t, w) => t + similarity(v, w), 0) / others.length
    expect(mean).toBeLessThan(defaultFamilyOptions.sameTopicLinkage)
    // ... yet the family as a whole is close: the cosine to its centroid reaches attachFit.
    const centroid = new Map<number, number>()
    for (const w of others) w.ids.forEach((id, k) => centroid.set(id, (centroid.get(id) ?? 0) + w.weights[k]!))
    const norm = Math.sqrt([...centroid.values()].reduce((t, x) => t + x * x, 0))
    let dot = 0
    v.ids.forEach((id, k) => (dot += (centroid.get(id) ?? 0) * v.weights[k]!))
    expect(dot / norm).toBeGreaterThanOrEqual(defaultFamilyOptions.attachFit)
    // It joins as its source's only clause there, not as a restatement.
    expect(family!.members.find((m) => m.clauseId === keep)!.repeatOf).toBeUndefined()
  })

  it('only adds clauses to families: every family of the first two passes is still there, and the rules still hold', () => {
    const without = buildFamilies(index, { attachFit: 2 })
    const families = buildFamilies(index)
    expect(families.length).toBe(without.length)
    for (const f of without) {
      const now = familyOf(families, f.representative.clauseId)!
      for (const m of f.members) expect(now.members.map((x) => x.clauseId)).toContain(m.clauseId)
    }
    expectFamilyInvariants(index, families)
  })

  describe('on another main topic (or none), with a duty concept the family shares', () => {
    it('puts a clause with no main topic with the family it is closest to (duty set 4)', () => {
      const set = loadMiniLibrary('duty-set-4.json')
      const setIndex = buildClauseIndex(set.sources)
      // Dunholm's "Online friendship with members of the public met through home fire safety
      // visits is not permitted" is tagged with no topic, so lends no main topic, and its pairs
      // (cosine 0.41-0.47) need the linkage of strangers; its closest family is befriending
      // the people you serve, whose members speak to "befriend" too.
      // Note: the rule is off by default (families.ts says why); it is proved as an option.
      const before = buildFamilies(setIndex, { attachOtherTopicFit: 2 })
      const after = buildFamilies(setIndex, { attachOtherTopicFit: 0.5 })
      // Note: since "friendly" no longer reads as befriending (session 17), Ashmere's "Keep it
      // friendly and polite" no longer spreads the concept thin over Ashmere's clauses, and the
      // clause joins that family by its pairs already; the option still adds other clauses with
      // no main topic (set 4 recall 0.648 → 0.663).
      expect(familyOf(before, 'dunholm.9')?.members.map((m) => m.clauseId)).toContain('kelbrook.10')
      expect(familyOf(after, 'dunholm.9')?.members.map((m) => m.clauseId)).toContain('kelbrook.10')
      expectFamilyInvariants(setIndex, after)
      expect(scoreMiniLibrary(after, set.familyOf).recall - scoreMiniLibrary(before, set.familyOf).recall).toBeGreaterThan(0.01)
    })

    it('adds no clause that shares no duty concept with the family, though the centroid is close (corpus)', () => {
      const before = buildFamilies(index, { attachOtherTopicFit: 2 })
      const after = buildFamilies(index, { attachOtherTopicFit: 0.5 })
      const conceptsOf = (id: string): number[] => dutyConcepts(clauseReading(index.clauses[index.numberOf.get(id)!]!))
      for (const f of after) {
        const was = new Set(before.flatMap((g) => (g.members.length > 1 ? g.members.map((m) => m.clauseId) : [])))
        for (const m of f.members.filter((x) => !was.has(x.clauseId))) {
          const others = new Set(f.members.filter((x) => x.clauseId !== m.clauseId).flatMap((x) => conceptsOf(x.clauseId)))
          expect(conceptsOf(m.clauseId).some((c) => others.has(c)), m.clauseId).toBe(true)
        }
      }
      // Ashbury's list item "be set up using a work email address and never a personal one;"
      // (a youth page's set-up) is near, as a whole, the family of the national guidance's
      // "You should not use your official title, departmental email address or departmental
      // branding on personal accounts" (email, personal, accounts), and speaks to no duty
      // concept its members do.
      const item = clauseByText('ashbury-youth-service-social-media.docx', 'be set up using a work email address and never a personal one')
      const title = clauseByText('national-social-media-guidance-civil-servants.odt', 'You should not use your official title, departmental email address')
      expect(familyOf(after, item)?.members.some((m) => m.clauseId === title) ?? false).toBe(false)
      expectFamilyInvariants(index, after)
    })
  })
})

/**
 * The restatement pass of families leaves two groups apart when two or more of the sources they
 * share each state them under different section headings (`apartSources`): one source that
 * says a duty again elsewhere (its breaches list, an appendix) restates it; two sources that
 * both file the groups' duties apart say they are two duties.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type ClauseIndex, type LibraryFamily } from '../../../src/shared/compare/library'
import type { SourceDocument } from '../../../src/shared/model'
import { clauseIdByText, loadCorpus } from './corpus'
import { loadMiniLibrary, scoreMiniLibrary } from './fixtures'
import { expectFamilyInvariants } from './invariants'

const off = { apartSources: 0 }
const familyOf = (families: LibraryFamily[], id: string): LibraryFamily | undefined => families.find((f) => f.members.some((m) => m.clauseId === id))
const together = (families: LibraryFamily[], a: string, b: string): boolean => {
  const f = familyOf(families, a)
  return f !== undefined && f.members.some((m) => m.clauseId === b)
}

describe('families: groups two sources state apart stay apart', () => {
  it('keeps political restriction of staff apart from the pre-election period of official accounts (duty set 4)', () => {
    const set = loadMiniLibrary('duty-set-4.json')
    const index = buildClauseIndex(set.sources)
    // Kelbrook puts its politically restricted posts (2.6) under "2. Personal use" and its
    // pre-election rule (5.6) under "5. Content"; Dunholm does the same ("Personal use" /
    // "Content standards"). The words they share ("political party or candidate") took the
    // two families into one in the restatement pass.
    const before = buildFamilies(index, off)
    expect(together(before, 'kelbrook.7', 'kelbrook.34')).toBe(true)
    const after = buildFamilies(index)
    expect(together(after, 'kelbrook.7', 'kelbrook.34')).toBe(false)
    expect(together(after, 'dunholm.4', 'dunholm.27')).toBe(false)
    // Each duty is still a family of its own sources.
    expect(together(after, 'kelbrook.7', 'dunholm.4')).toBe(true)
    expect(together(after, 'kelbrook.34', 'oakridge.21')).toBe(true)
    expectFamilyInvariants(index, after)
    const gain = scoreMiniLibrary(after, set.familyOf).precision - scoreMiniLibrary(before, set.familyOf).precision
    expect(gain).toBeGreaterThan(0.02)
  })

  it('changes nothing where no two shared sources file the groups apart (duty set 3, mini library)', () => {
    for (const name of ['duty-set-3.json', 'mini-library.json']) {
      const index = buildClauseIndex(loadMiniLibrary(name).sources)
      const key = (families: LibraryFamily[]): string[] => families.map((f) => f.members.map((m) => m.clauseId).sort().join(' ')).sort()
      expect(key(buildFamilies(index)), name).toEqual(key(buildFamilies(index, off)))
    }
  })

  describe('on the corpus', () => {
    let corpus: SourceDocument[]
    let index: ClauseIndex
    beforeAll(async () => {
      corpus = await loadCorpus()
      index = buildClauseIndex(corpus)
    }, 60_000)

    it('still lets one source restate a duty under another heading (a line of its breaches list)', () => {
      // Castlegate states its bullying rule under "8. Conduct and legal responsibilities" and
      // again as an item of "10. Breaches"; Riverside, which the other group shares, states
      // its two under one heading. One source apart is a restatement, so the groups join.
      const rule = clauseIdByText(corpus, 'castlegate-social-networking-policy.pdf', 'Employees must not use social networking sites to bully')
      const item = clauseIdByText(corpus, 'castlegate-social-networking-policy.pdf', 'bullying or harassment of a colleague or service user')
      expect(together(buildFamilies(index), rule, item)).toBe(true)
      // Note: asking for one source apart is enough to split them, so the count of two matters.
      expect(together(buildFamilies(index, { apartSources: 1 }), rule, item)).toBe(false)
    })
  })
})

/**
 * List items placed by their position (list-positions.ts): a list rewritten item by item keeps
 * its length and order while items are expanded into defined terms sharing no stem with the old
 * wording. Where most items already pair at the same position, the rest pair by position, and a
 * pair made across positions inside the two lists gives way; lists of other lengths, or whose
 * items mostly pair elsewhere, are not read so.
 */
import { describe, expect, it } from 'vitest'
import { featuresOf, prepareClauses } from '../../../src/shared/compare/align/features'
import type { AlignedGroup } from '../../../src/shared/compare/align/groups'
import { itemLists, listPositionPairs, MIN_ITEMS } from '../../../src/shared/compare/align/list-positions'
import { scoreCandidates } from '../../../src/shared/compare/align/scores'
import type { Clause } from '../../../src/shared/model'

let n = 0
const clause = (text: string, label: string | null, level: number, section: string): Clause => {
  n++
  return { id: `lp${n}`, sourceId: 's', section: [section], label, level, text, inline: text, topics: [] }
}

const OLD_ITEMS = [
  'outside employment;',
  'holdings of stock in firms supplying the Trust;',
  'membership of any lodge or society whose rules are kept private;',
  'a family tie with a supplier or candidate;',
  'land or property in the district.',
]
const NEW_ITEMS = [
  'Second jobs. Any paid work you do outside the Trust, such as working for yourself.',
  'Investments. Shares you hold in a business that sells goods or services to us.',
  'Private societies. Belonging to any lodge or society that keeps its rules to its members.',
  'Family ties. A relative who is bidding for a contract with us or applying for a job here.',
  'Property. Land or buildings you own or rent in the district, other than your home.',
]

function documents(newItems: readonly string[], oldItems: readonly string[] = OLD_ITEMS): { a: Clause[]; b: Clause[] } {
  const a = [
    clause('All staff must declare any interest that could conflict with their duties to the Trust.', '1.1', 2, '1. Introduction'),
    clause('Staff must declare the following:', '2.1', 2, '2. Interests'),
    ...oldItems.map((t) => clause(t, '•', 1, '2. Interests')),
    clause('Declarations are made on the register form within 28 days of the interest arising.', '3.1', 2, '3. How to declare'),
    clause('The register is reviewed every year by the Company Secretary.', '3.2', 2, '3. How to declare'),
  ]
  const b = [
    clause('All staff must declare any interest that could conflict with their duties to the Trust.', null, 0, 'Why this matters'),
    clause('Let us know about any of these:', null, 0, 'What to tell us'),
    ...newItems.map((t) => clause(t, '•', 1, 'What to tell us')),
    clause('Declarations are made on the register form within 28 days of the interest arising.', null, 0, 'How to tell us'),
    clause('The register is reviewed every year by the Company Secretary.', null, 0, 'How to tell us'),
  ]
  return { a, b }
}

describe('list items placed by their position', () => {
  it('finds the lists: labelled items at one level right after an introduction', () => {
    const { a, b } = documents(NEW_ITEMS)
    const ids = (cs: Clause[]) => prepareClauses(cs).map((p) => p.identity)
    expect(itemLists(a, ids(a))).toEqual([{ intro: 1, items: [2, 3, 4, 5, 6] }])
    expect(itemLists(b, ids(b))).toEqual([{ intro: 1, items: [2, 3, 4, 5, 6] }])
  })

  // The gap rules' result on such lists (as on the interests-defined-terms tune pair): items
  // 3-5 paired at their positions, the second old item paired with the first new one across
  // positions on one shared word, the first old item and the second new one left over.
  const pair = (i: number, j: number): AlignedGroup => ({ kind: 'pair', a: [i], b: [j], similarity: 0.2, identical: false, moved: false })
  const setOf = (a: Clause[], b: Clause[]) => {
    const set = featuresOf(prepareClauses(a), prepareClauses(b))
    return { set, scores: scoreCandidates(set, { termWeight: 0.8 }, 0.05) }
  }

  it('pairs the rest by position where most items already are, the pair across positions giving way', () => {
    const { a, b } = documents(NEW_ITEMS)
    const { set, scores } = setOf(a, b)
    const cross = pair(3, 2)
    const groups = [pair(0, 0), cross, pair(4, 4), pair(5, 5), pair(6, 6), pair(7, 7), pair(8, 8)]
    const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
    const { drop, add } = listPositionPairs(groups, lists, set, scores, 0.1)
    expect(drop).toEqual([cross])
    expect(add).toEqual([[2, 2], [3, 3]])
  })

  it('leaves an item replaced by an unrelated one that shares a word (below the gap threshold) apart', () => {
    const replaced = ['Jokes. Light humour and emojis may be used in replies on informal accounts, but never about a named colleague at work.', ...NEW_ITEMS.slice(1)]
    const old = ['paid work for another employer, consultancy, or a business or directorship of your own;', ...OLD_ITEMS.slice(1)]
    const { a, b } = documents(replaced, old)
    const { set, scores } = setOf(a, b)
    expect(scores.get(2, 2)).toBeGreaterThan(0)
    expect(scores.get(2, 2)).toBeLessThan(0.1)
    const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
    const { add } = listPositionPairs([pair(0, 0), pair(3, 3), pair(4, 4), pair(5, 5), pair(6, 6), pair(7, 7), pair(8, 8)], lists, set, scores, 0.1)
    expect(add).toEqual([])
  })

  it('reads no lists of different lengths, nor lists whose items are mostly paired elsewhere', () => {
    const { a, b } = documents(NEW_ITEMS)
    const shorter = [...b.slice(0, 6), ...b.slice(7)]
    const s1 = setOf(a, shorter)
    const lists1 = { a: itemLists(a, s1.set.a.map((f) => f.identity)), b: itemLists(shorter, s1.set.b.map((f) => f.identity)) }
    expect(listPositionPairs([pair(3, 2), pair(4, 4), pair(5, 5)], lists1, s1.set, s1.scores, 0.1).add).toEqual([])
    const { set, scores } = setOf(a, b)
    const lists = { a: itemLists(a, set.a.map((f) => f.identity)), b: itemLists(b, set.b.map((f) => f.identity)) }
    // Two of five at their positions: the position is no evidence yet.
    expect(listPositionPairs([pair(3, 2), pair(4, 4), pair(5, 5)], lists, set, scores, 0.1).add).toEqual([])
    expect(MIN_ITEMS).toBe(3)
  })
})

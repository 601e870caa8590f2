/**
 * What a clause costs (segment.ts, issue 12): clauses under the same headings share one section
 * array, and equal topic lists are one array. The JSON is unchanged
 * (import-digests.test.ts pins every corpus and fixture file).
 */
import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/shared/import/blocks'
import { segment } from '../../src/shared/import/segment'
import type { TopicId } from '../../src/shared/model'
import { ownSectionTrails } from '../../src/shared/topics/own-sections'
import { tagDocumentTopics } from '../../src/shared/topics/tag-document'

const paragraph = (text: string): Block => ({ kind: 'paragraph', label: null, level: 0, text, inline: text })
const blocks: Block[] = [
  { kind: 'heading', level: 1, text: 'Social media policy' },
  { kind: 'heading', level: 2, text: '1. Personal use' },
  paragraph('Staff must not post abuse on social media.'),
  paragraph('Staff must not post abuse about colleagues on social media.'),
  { kind: 'heading', level: 2, text: '2. Council accounts' },
  paragraph('Only the communications team may post from council accounts.'),
  paragraph('Staff must not post abuse from council accounts.'),
]

describe('clauses share what they have in common', () => {
  const { clauses } = segment('f'.repeat(64), blocks)

  it('one section array for the clauses under the same headings, a new one after a heading', () => {
    expect(clauses.map((c) => c.section)).toEqual([
      ['Social media policy', '1. Personal use'],
      ['Social media policy', '1. Personal use'],
      ['Social media policy', '2. Council accounts'],
      ['Social media policy', '2. Council accounts'],
    ])
    expect(clauses[1]!.section).toBe(clauses[0]!.section)
    expect(clauses[3]!.section).toBe(clauses[2]!.section)
    expect(clauses[2]!.section).not.toBe(clauses[0]!.section)
  })

  it('one array for equal topic lists', () => {
    expect(clauses[0]!.topics.length).toBeGreaterThan(0)
    expect(clauses[1]!.topics).toEqual(clauses[0]!.topics)
    expect(clauses[1]!.topics).toBe(clauses[0]!.topics)
  })

  it('one empty list for every clause that speaks to no topic, and for header rows', () => {
    const { clauses: quiet } = segment('f'.repeat(64), [
      paragraph('The weather was fine.'),
      paragraph('Nothing else happened.'),
      { kind: 'paragraph', label: null, level: 0, text: 'Topic | What to do', inline: 'Topic \\| What to do', role: 'table-header' },
    ])
    expect(quiet.map((c) => c.topics)).toEqual([[], [], []])
    expect(quiet[1]!.topics).toBe(quiet[0]!.topics)
    expect(quiet[2]!.topics).toBe(quiet[0]!.topics)
  })

  it('each list is shared as it is made, not after every list is made', () => {
    const kept: TopicId[][] = []
    const topics = tagDocumentTopics(
      blocks.filter((b) => b.kind === 'paragraph').map((b) => ({ text: b.text, section: [] })),
      undefined,
      (list) => {
        kept.push(list)
        return kept[0]!
      },
    )
    expect(kept).toHaveLength(4)
    for (const list of topics) expect(list).toBe(kept[0])
  })

  it('ids as before', () => {
    expect(clauses.map((c) => c.id)).toEqual(['ffffffffffffffff.2', 'ffffffffffffffff.3', 'ffffffffffffffff.5', 'ffffffffffffffff.6'])
  })

  it('each distinct trail is cut once for tagging', () => {
    const shared = ['Title', '1. Use']
    const own = ownSectionTrails([shared, shared, ['Title', '2. Accounts']])
    expect(own).toEqual([['1. Use'], ['1. Use'], ['2. Accounts']])
    expect(own[1]).toBe(own[0])
  })
})

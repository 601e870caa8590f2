/**
 * Tagging rules added for issue 11 (beside the cues of cue-examples.ts): a list item read with
 * the introduction of its list, names whose words are no cues, and cues narrowed because they
 * tagged clauses of another kind.
 */
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import { listLeads, tagDocumentTopics } from '../../src/shared/topics/tag-document'
import { tagTopics } from '../../src/shared/topics/tag-topics'

describe('a list item is read with the introduction of its list', () => {
  const section = ['4. Posting']
  const clauses = [
    { text: 'Check with your manager before you post any of these:', section, level: 0 },
    { text: 'a new service or a change to one;', section, level: 1 },
    { text: 'figures about waiting times.', section, level: 1 },
    { text: 'Thank you for reading.', section, level: 0 },
    { text: 'a new service or a change to one.', section, level: 1 },
  ]

  it('finds the lead of each item: the nearest shallower clause above it, when it ends with a colon', () => {
    expect(listLeads(clauses)).toEqual([undefined, clauses[0]!.text, clauses[0]!.text, undefined, undefined])
    // A lead in another section is not the lead of an item here.
    expect(listLeads([clauses[0]!, { ...clauses[1]!, section: ['5. Other'] }])).toEqual([undefined, undefined])
    // A deeper item's lead is its own list's introduction, not the top one.
    const nested = [clauses[0]!, { text: 'In particular:', section, level: 1 }, { text: 'closures', section, level: 2 }, { text: 'fees', section, level: 1 }]
    expect(listLeads(nested)).toEqual([undefined, clauses[0]!.text, 'In particular:', clauses[0]!.text])
  })

  it("tags an item with its lead's topic, at a heading's weight, and nothing else", () => {
    const topics = tagDocumentTopics(clauses)
    expect(topics[0]).toContain('approval')
    expect(topics[1]).toContain('approval')
    expect(topics[2]).toContain('approval')
    // The same words after a paragraph that is no list introduction carry no approval.
    expect(topics[4]).not.toContain('approval')
    // At half weight: a lead with one strong cue alone does not tag an item that says nothing of it.
    expect(tagTopics('a change to opening times.', [], 'Check with your team:')).not.toContain('approval')
  })

  it('reaches clauses imported from Markdown', async () => {
    const md = '# Posting guide\n\n## Posting\n\nCheck with your manager before you post any of these:\n\n- a new service or a change to one\n- figures about waiting times\n'
    const doc = await importFile({ name: 'lead.md', bytes: new TextEncoder().encode(md), importedAt: '2026-01-01T00:00:00Z' })
    const items = doc.clauses.filter((c) => c.level > 0)
    expect(items.length).toBe(2)
    for (const c of items) expect(c.topics).toContain('approval')
  })
})

describe('names whose words are no cues', () => {
  it('"the Monitoring Officer" is no monitoring of internet use', () => {
    expect(tagTopics('Questions go to the Monitoring Officer.')).not.toContain('monitoring')
    expect(tagTopics('Complaints are decided by the Monitoring Officer under the standards procedure.')).not.toContain('monitoring')
    // Monitoring itself still counts, in the same clause.
    expect(tagTopics('The Monitoring Officer may ask IT to monitor internet use.')).toContain('monitoring')
  })

  it('the Audit Committee and internal audit are no monitoring of use (tune-4: an audit report)', () => {
    expect(tagTopics('Progress goes to the Audit Committee in the spring.')).not.toContain('monitoring')
    expect(tagTopics('Internal audit looked at our pages this year.')).not.toContain('monitoring')
    expect(tagTopics('We audit the pages every spring.')).toContain('monitoring')
  })
})

describe('cues narrowed', () => {
  it('"logged" alone is weak: logged in as the service is no monitoring', () => {
    expect(tagTopics('Stay logged in as the service.')).not.toContain('monitoring')
  })

  it('"check" and "checks", not every word starting so: a checklist is no approval', () => {
    expect(tagTopics('The checklist is kept by the manager.')).not.toContain('approval')
    expect(tagTopics('Your manager checks each post.')).toContain('approval')
  })

  it('"press office" alone is weak: a press office\'s own procedure is not about who you speak for (tune-4)', () => {
    expect(tagTopics('Material under embargo stays within the press office.')).not.toContain('disclosing-role')
    expect(tagTopics('A reporter asked me for a quote; I sent them to the press office.')).toContain('disclosing-role')
  })

  it('a message and a resident in one clause are no friending of service users (tune-3, tune-4)', () => {
    expect(tagTopics('A message that names a resident goes into the case file.')).not.toContain('service-users')
    expect(tagTopics('Do not befriend residents.')).toContain('service-users')
  })

  it('"threat*" takes in threats as well as threatening', () => {
    expect(tagTopics('Threats are taken seriously.')).toContain('harassment')
    expect(tagTopics('Threatening messages are taken seriously.')).toContain('harassment')
  })
})

describe('a clause with no topic of its own', () => {
  it("takes its list introduction's topics, and an item with topics of its own keeps them", () => {
    const section = ['4. The page']
    const clauses = [
      { text: 'Before anything goes on the page, it must be approved by:', section, level: 0 },
      { text: 'the head of service;', section, level: 1 },
      { text: 'the press team, for photos of children.', section, level: 1 },
    ]
    const [lead, plain, own] = tagDocumentTopics(clauses)
    expect(lead).toContain('approval')
    // Note: read as a heading, the lead alone (one strong cue at half weight) tags no item.
    expect(tagTopics(clauses[1]!.text, section, clauses[0]!.text)).toEqual([])
    expect(plain).toEqual(lead)
    expect(own).toEqual(['photos-consent'])
  })

  it("takes its own section heading's topics, never the title's", () => {
    const clauses = [
      { text: 'Read this first.', section: ['Passwords at Harlow', '1. Why this matters'] },
      { text: 'Change them every quarter.', section: ['Passwords at Harlow', '2. Passwords'] },
      { text: 'Tell your manager if you lose your phone.', section: ['Passwords at Harlow', '2. Passwords'] },
    ]
    // One strong cue in a heading counts half: not enough to tag a clause by itself.
    expect(tagTopics(clauses[1]!.text, ['2. Passwords'])).toEqual([])
    const [first, second, third] = tagDocumentTopics(clauses)
    expect(first).toEqual([])
    expect(second).toEqual(['official-accounts'])
    expect(third).toEqual(['reputation-concerns'])
  })
})

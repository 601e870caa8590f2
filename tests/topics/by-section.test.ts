/**
 * Topics by section: the document's title, its subtitle or a single top heading holding
 * everything tag no clause; a heading's topic reaches only the clauses of its own section.
 * Checked on the two corpus documents whose every clause used to inherit the subtitle's topic.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/shared/import/import-file'
import type { SourceDocument } from '../../src/shared/model'
import { ownSectionTrails } from '../../src/shared/topics/own-sections'
import { tagDocumentTopics } from '../../src/shared/topics/tag-document'

async function load(file: string): Promise<SourceDocument> {
  const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../corpus', file)))
  return importFile({ name: file, bytes, importedAt: '2026-01-01T00:00:00Z' })
}

const withTopic = (doc: SourceDocument, topic: string): number => doc.clauses.filter((c) => c.topics.includes(topic)).length

describe('topics by section', () => {
  it('Eastbrook: the subtitle "Using social media at work and in your own time" no longer tags every clause', async () => {
    const doc = await load('eastbrook-social-media-policy.docx')
    expect(doc.clauses.length).toBeGreaterThan(40)
    const personal = withTopic(doc, 'personal-use')
    console.log(`Eastbrook: ${personal} of ${doc.clauses.length} clauses tagged personal-use`)
    expect(personal).toBeGreaterThan(0)
    expect(personal).toBeLessThan(doc.clauses.length / 2)
    // Its own section on personal use still tags its clauses through the heading.
    const own = doc.clauses.filter((c) => (c.section.at(-1) ?? '').includes('Your personal accounts'))
    expect(own.length).toBeGreaterThan(0)
    expect(own.filter((c) => c.topics.includes('personal-use')).length).toBeGreaterThanOrEqual(own.length / 2)
  })

  it('Ashbury: the subtitle "Including photographs and video of young people" no longer tags every clause', async () => {
    const doc = await load('ashbury-youth-service-social-media.docx')
    const photos = withTopic(doc, 'photos-consent')
    console.log(`Ashbury: ${photos} of ${doc.clauses.length} clauses tagged photos-consent`)
    // Note: most of Ashbury's clauses are about young people, a cue of this topic in their own
    // words; the clauses that do not speak of them lose the subtitle's topic.
    expect(photos).toBeGreaterThan(0)
    expect(photos).toBeLessThan(doc.clauses.length - 10)
    const setup = doc.clauses.filter((c) => (c.section.at(-1) ?? '').startsWith('3. Setting up') && !/young|photo|child/i.test(c.text))
    expect(setup.length).toBeGreaterThan(5)
    expect(setup.some((c) => c.topics.includes('photos-consent'))).toBe(false)
    const section5 = doc.clauses.filter((c) => (c.section.at(-1) ?? '').startsWith('5. Photographs'))
    expect(section5.every((c) => c.topics.includes('photos-consent'))).toBe(true)
  })

  it('takes off a heading that begins every trail, repeatedly, and an unnumbered first heading', () => {
    expect(ownSectionTrails([['Title', 'Sub', '1. A'], ['Title', 'Sub', '2. B'], ['Title', 'Sub']])).toEqual([['1. A'], ['2. B'], []])
    expect(ownSectionTrails([[], ['Title'], ['Title', '1. A']])).toEqual([[], [], ['1. A']])
    // Sections at the title's level: the title goes, the sections stay.
    expect(ownSectionTrails([['Social media at Wealdham'], ['Elections'], ['Posting', 'Comments']], 'Social media at Wealdham')).toEqual([[], ['Elections'], ['Posting', 'Comments']])
    // A numbered first heading is a section, not a title.
    expect(ownSectionTrails([['1. Elections'], ['2. Photos']], '1. Elections')).toEqual([['1. Elections'], ['2. Photos']])
  })

  it("a heading's topic reaches only its own section", () => {
    const clauses = [
      { text: 'Use a friendly tone in every reply.', section: ['Photographs of children', '1. Tone'] },
      { text: 'Check the picture first.', section: ['Photographs of children', '2. Photographs and consent'] },
    ]
    const [first, second] = tagDocumentTopics(clauses)
    expect(first).toEqual([])
    expect(second).toContain('photos-consent')
  })
})

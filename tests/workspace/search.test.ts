/**
 * Full-text search through the workspace's FTS5 index: bm25 ranking, words as prefixes,
 * "phrases", -exclusions, a filter by source, and no query at all that can make FTS5 throw.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toFtsQuery, Workspace } from '../../src/main/workspace'
import { makeSource, type MadeSource } from './helpers'

let ws: Workspace
let council: MadeSource
let youth: MadeSource

beforeAll(() => {
  ws = Workspace.inMemory()
  council = makeSource(
    'council.txt',
    [
      { text: 'Staff must not post photographs of service users without consent.', section: ['Photographs and video'], label: '4.1' },
      { text: 'Photography at public events is allowed; photographs are stored for a year.', section: ['Events'], label: '4.2' },
      { text: 'Keep your passwords private and change them often.', section: ['Security'], label: '5.1' },
      { text: 'Media enquiries go to the press office, not to social channels.', section: ['Press'], label: '6.1' },
      { text: 'Use social media responsibly; the council’s policies apply online.', section: ['Conduct'], label: '7.1' },
      { text: 'Meet residents at the café on the high street.', section: ['Outreach'], label: '8.1' },
      { text: 'This item lists the IT rules.', section: ['Rules'], label: '9.1' },
    ],
    { title: 'Council social media policy' },
  )
  youth = makeSource(
    'youth.txt',
    [
      { text: 'Youth workers may share photos only with written parental consent.', section: ['Photographs'], label: 'a' },
      { text: 'Never give young people your personal social media account.', section: ['Contact'], label: 'b' },
    ],
    { title: 'Youth service guidelines' },
  )
  ws.addSource(council.bytes, council.source)
  ws.addSource(youth.bytes, youth.source)
})

afterAll(() => ws.close())

const texts = (query: string, options = {}): string[] => ws.searchClauses(query, options).map((h) => h.text)

describe('Workspace search', () => {
  it('returns hits with their source, label, section and a positive score, best first', () => {
    const hits = ws.searchClauses('passwords')
    expect(hits).toEqual([
      {
        clauseId: council.source.clauses[2]!.id,
        sourceId: council.source.id,
        sourceTitle: 'Council social media policy',
        label: '5.1',
        section: ['Security'],
        text: 'Keep your passwords private and change them often.',
        score: expect.any(Number),
      },
    ])
    expect(hits[0]!.score).toBeGreaterThan(0)
    const many = ws.searchClauses('photo')
    expect(many.length).toBeGreaterThan(2)
    for (let i = 1; i < many.length; i++) expect(many[i - 1]!.score).toBeGreaterThanOrEqual(many[i]!.score)
  })

  it('matches words as prefixes, with stemming, and ignores case and accents', () => {
    expect(texts('photo')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('post photographs'),
        expect.stringContaining('Photography at public'),
        expect.stringContaining('share photos'),
      ]),
    )
    expect(texts('POLICY')).toEqual([expect.stringContaining('policies apply')])
    expect(texts('cafe')).toEqual([expect.stringContaining('café')])
    // Words shorter than three letters match whole: "it" finds "IT", not "item".
    expect(texts('it')).toEqual(['This item lists the IT rules.'])
  })

  it('ranks a clause that says the words above one that only sits under them', () => {
    const hits = texts('photographs')
    // "photographs" in the text outranks "Photographs" only in the section heading.
    expect(hits.indexOf('Youth workers may share photos only with written parental consent.')).toBe(hits.length - 1)
    expect(hits[0]).toMatch(/photographs/)
  })

  it('needs every word, and falls back to any word when no clause has them all', () => {
    expect(texts('photographs consent')).toEqual([
      expect.stringContaining('without consent'),
      // The section heading counts too, below the clause's own words.
      expect.stringContaining('parental consent'),
    ])
    // No clause speaks of both passwords and the press office: either will do, ranked.
    expect(texts('passwords press')).toEqual(expect.arrayContaining([expect.stringContaining('passwords'), expect.stringContaining('press office')]))
  })

  it('matches "phrases" as adjacent words only', () => {
    expect(texts('"social media"')).toEqual(
      expect.arrayContaining([expect.stringContaining('Use social media'), expect.stringContaining('personal social media')]),
    )
    expect(texts('"social media"')).not.toContain('Media enquiries go to the press office, not to social channels.')
    expect(texts('"media social"')).toEqual([])
    // A phrase with punctuation in it is its words in order.
    expect(texts('"press-office"')).toEqual([expect.stringContaining('press office')])
  })

  it('leaves out -excluded words (as prefixes too)', () => {
    expect(texts('photo -consent')).toEqual([expect.stringContaining('Photography at public events')])
    expect(texts('social -pers')).not.toContain('Never give young people your personal social media account.')
    // Exclusions alone look for nothing.
    expect(texts('-consent')).toEqual([])
  })

  it('filters by source and honours the limit', () => {
    expect(ws.searchClauses('photo', { sourceIds: [youth.source.id] }).map((h) => h.sourceId)).toEqual([youth.source.id])
    expect(ws.searchClauses('photo', { sourceIds: [] })).toEqual([])
    expect(ws.searchClauses('photo', { sourceIds: ['not-a-source'] })).toEqual([])
    expect(ws.searchClauses('photo', { limit: 1 })).toHaveLength(1)
    expect(ws.searchClauses('photo', { limit: Number.NaN }).length).toBeGreaterThan(1)
  })

  it('takes FTS5 syntax in the search box as plain words', () => {
    expect(toFtsQuery('photo* AND NEAR(x y) text: ^start')).toEqual({
      all: '("photo"* AND "and"* AND "near x" AND "y" AND "text"* AND "start"*)',
      any: '("photo"* OR "and"* OR "near x" OR "y" OR "text"* OR "start"*)',
    })
    // Doubled quotes close one phrase and open the next, as parseQuery reads them.
    expect(toFtsQuery('"a ""quoted"" phrase" -x')).toEqual({ all: '("a" AND "quoted" AND "phrase") NOT ("x")', any: null })
    expect(toFtsQuery('e-mail "social media" -face-book')).toEqual({ all: '("e mail"* AND "social media") NOT ("face book"*)', any: null })
    expect(toFtsQuery('  "" - -- ... ')).toBeNull()
    for (const query of ['AND', 'OR', 'NOT', 'NEAR', '"', '*', '(', ')', '^', ':', 'text:photo', '"unterminated', '""""', '-', '- -', 'x OR', '\0', '\u{1F600}']) {
      expect(() => ws.searchClauses(query)).not.toThrow()
    }
  })

  it('never throws, whatever is typed (property)', () => {
    const syntax = fc.constantFrom('"', '""', '*', '-', '^', ':', '(', ')', '{', '}', '+', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', ',', "'", 'text:', 'section:', '\0', ' ', '  ', 'photo', 'social media', '\u0301', 'é', '𞤀', '\ud800')
    const text = fc.array(fc.oneof(syntax, fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: -5, max: 2000 }), { nil: undefined }), (query, limit) => {
        const hits = ws.searchClauses(query, limit === undefined ? {} : { limit })
        for (const hit of hits) {
          expect(typeof hit.clauseId).toBe('string')
          expect(Number.isFinite(hit.score)).toBe(true)
        }
      }),
      { numRuns: 600 },
    )
  })
})

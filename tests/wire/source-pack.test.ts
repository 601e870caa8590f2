/**
 * A source document packed for the wire (src/shared/wire/source-pack.ts) comes back exactly as
 * it was: every corpus policy, and arbitrary documents whose clauses break the patterns the
 * packing counts on (foreign ids, another source's id, Markdown that differs from the text,
 * fields it does not know). And packing is worth it: the corpus travels in well under half the bytes.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Clause, SourceDocument } from '../../src/shared/model'
import { isPackedSource, packSource, SOURCE_PACK, unpackSource } from '../../src/shared/wire/source-pack'
import { fromWire, toWire } from '../../src/shared/wire/wire-values'
import { loadCorpus } from '../compare/library/corpus'
import { testSource } from '../support/sources'

/** Through JSON both ways, as the browser host sends it. */
const overTheWire = (doc: SourceDocument): SourceDocument => unpackSource(JSON.parse(JSON.stringify(packSource(doc))))

describe('packing a source for the wire', () => {
  let corpus: SourceDocument[]
  beforeAll(async () => {
    corpus = await loadCorpus()
  })

  it('gives back every corpus policy exactly, front matter and table headers included', () => {
    expect(corpus.some((doc) => doc.clauses.some((c) => c.role !== undefined))).toBe(true)
    for (const doc of corpus) expect(overTheWire(doc)).toStrictEqual(doc)
  })

  it('sends the corpus in under half the bytes', () => {
    const plain = corpus.reduce((n, doc) => n + JSON.stringify(doc).length, 0)
    const packed = corpus.reduce((n, doc) => n + JSON.stringify(packSource(doc)).length, 0)
    expect(packed / plain).toBeLessThan(0.5)
  })

  it('says each trail and topic once, and the source id twice (the document\'s, and the clause ids\' prefix)', () => {
    const doc = corpus.find((d) => d.clauses.length > 40)!
    const packed = packSource(doc)
    expect(packed.pack).toBe(SOURCE_PACK)
    expect(new Set(packed.trails.map((t) => t.join('|'))).size).toBe(packed.trails.length)
    expect(packed.trails.length).toBeLessThan(doc.clauses.length)
    expect(packed.clauses.every(([id]) => typeof id === 'number')).toBe(true)
    expect(JSON.stringify(packed).split(doc.id.slice(0, 16)).length - 1).toBe(2)
  })

  it('gives back arbitrary documents exactly', () => {
    const sourceId = 'a'.repeat(64)
    const clause = fc.record(
      {
        id: fc.oneof(
          fc.nat({ max: 10_000 }).map((k) => `${sourceId.slice(0, 16)}.${k}`),
          fc.constantFrom(`${sourceId.slice(0, 16)}.07`, `${sourceId.slice(0, 16)}.`, `${sourceId.slice(0, 16)}.1e3`, `${sourceId.slice(0, 16)}x3`, 'other.3'),
          fc.string(),
        ),
        sourceId: fc.constantFrom(sourceId, 'b'.repeat(64)),
        section: fc.array(fc.constantFrom('Policy', '1. Scope', 'Use\u001fof', '', '2. Personal use'), { maxLength: 4 }),
        label: fc.option(fc.constantFrom('1.1', '(a)', '•', ''), { nil: null }),
        level: fc.nat({ max: 4 }),
        text: fc.string(),
        inline: fc.option(fc.string(), { nil: undefined }),
        topics: fc.array(fc.constantFrom('confidentiality', 'personal-use', 'elections'), { maxLength: 3 }),
        role: fc.option(fc.constantFrom('front-matter' as const, 'table-header' as const), { nil: undefined }),
        note: fc.option(fc.string(), { nil: undefined }),
      },
      { requiredKeys: ['id', 'sourceId', 'section', 'label', 'level', 'text', 'topics'] },
    ).map((c) => JSON.parse(JSON.stringify({ ...c, inline: c.inline ?? c.text })) as Clause)
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 30 }), (clauses) => {
        const doc = testSource(sourceId, clauses, { notes: 'n', documentControl: { version: '2.0' }, history: [{ version: '1.0' }] })
        expect(overTheWire(doc)).toStrictEqual(doc)
      }),
      { numRuns: 200 },
    )
  })

  it('does not let one unpacked clause reach another one\'s section trail', () => {
    const doc = overTheWire(corpus[0]!)
    const trail = doc.clauses[doc.clauses.length - 1]!.section.join()
    const [first, second] = doc.clauses.filter((c) => c.section.join() === trail)
    first!.section.push('changed')
    expect(second!.section).not.toContain('changed')
  })
})

describe('what the hosts send', () => {
  const doc = testSource('c'.repeat(64), [])

  it('packs a source document, and the renderer unpacks it', () => {
    const wire = toWire('getSource', { ok: true, value: doc })
    expect(wire.ok && isPackedSource(wire.value)).toBe(true)
    expect(fromWire('getSource', wire.ok ? wire.value : null)).toStrictEqual(doc)
  })

  it('leaves errors and every other answer as they are', () => {
    const error = { ok: false as const, error: { code: 'not-found' as const, message: 'gone' } }
    expect(toWire('getSource', error)).toBe(error)
    const list = { ok: true as const, value: [doc] }
    expect(toWire('listSources', list)).toBe(list)
    expect(fromWire('listSources', [doc])).toStrictEqual([doc])
    expect(fromWire('getSource', doc)).toBe(doc)
  })
})

/**
 * Leftovers paired by meaning (semantic-leftovers.ts): in a revision, clauses rewritten with no
 * word in common with their old wording pair by word vectors when they stand where the old ones
 * stood, in order, and each is among the other's nearest in meaning. A removed clause beside an
 * unrelated new one stays apart, and two different policies pair exactly as on words alone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { alignClauses, compareSources } from '../../../src/shared/compare/align'
import { importFile } from '../../../src/shared/import/import-file'
import type { Clause, ComparisonRow, SourceDocument } from '../../../src/shared/model'
import { invariantProblems } from './invariants'

const root = path.join(import.meta.dirname, '..', '..', '..')
const load = (file: string): Promise<SourceDocument> =>
  importFile({ name: path.basename(file), bytes: new Uint8Array(readFileSync(path.join(root, file))), importedAt: '2026-01-01T00:00:00Z' })
const has = (text: string, snippet: string): boolean => text.toLowerCase().includes(snippet)
const holding = (rows: ComparisonRow[], snippet: string): ComparisonRow => rows.find((r) => [...r.a, ...r.b].some((x) => has(x.text, snippet)))!
const pairs = (rows: ComparisonRow[], a: string, b: string): boolean => rows.some((r) => r.a.some((x) => has(x.text, a)) && r.b.some((x) => has(x.text, b)))

describe('a formal policy rewritten as plain "you / we" guidance (tune pair whistleblowing-you-we)', () => {
  let a: SourceDocument
  let b: SourceDocument
  beforeAll(async () => {
    a = await load('tests/fixtures/revisions/whistleblowing-you-we/a.md')
    b = await load('tests/fixtures/revisions/whistleblowing-you-we/b.md')
  })

  it('pairs three clauses rewritten in order in one gap, with no word in common, only by meaning', () => {
    const rows = compareSources(a, b).rows
    expect(invariantProblems(a.clauses, b.clauses, rows)).toEqual([])
    const rewritten: [string, string][] = [
      ['suspected criminal offence', 'taking backhanders'],
      ['failure to comply with a legal obligation', 'the council itself is not doing'],
      ['danger to the health and safety', 'could get hurt or made ill'],
    ]
    for (const [x, y] of rewritten) expect(pairs(rows, x, y), x).toBe(true)
    const words = compareSources(a, b, { semantic: false }).rows
    for (const [x, y] of rewritten) expect(pairs(words, x, y), x).toBe(false)
  })

  it('pairs "ICT" with "IT" on words alone (both read "information technology")', () => {
    expect(pairs(compareSources(a, b, { semantic: false }).rows, 'use of ict equipment', 'other it kit')).toBe(true)
  })

  it('leaves the removed clause and the unrelated new one beside it apart', () => {
    const rows = compareSources(a, b).rows
    expect(holding(rows, 'records of all concerns raised').status).toBe('only-a')
    expect(holding(rows, 'we may ask you to meet us').status).toBe('only-b')
  })
})

describe('two different policies, and two versions of one corpus policy', () => {
  it('align exactly as on words alone (each corpus policy against the next two, as bench/align-weak-pairs.ts)', async () => {
    // Note: without a gate (a third of the clauses aligned, as ordered-leftovers.ts) meaning
    // paired 16 more clauses here; and a gap of five removed clauses against two new ones in
    // the Riverside versions held a mutual nearest pair in meaning that says different things
    // (semantic-leftovers.ts SEMANTIC_SIDE_DIFFERENCE).
    const manifest = JSON.parse(readFileSync(path.join(root, 'corpus', 'manifest.json'), 'utf8')) as { file: string }[]
    const docs = await Promise.all(manifest.map((m) => load(`corpus/${m.file}`)))
    const shape = (x: Clause[], y: Clause[], semantic: boolean): string =>
      JSON.stringify(alignClauses(x, y, { semantic }).groups.map((g) => [g.kind, g.a, g.b]))
    for (let k = 0; k < docs.length; k++) {
      for (const step of [1, 2]) {
        const x = docs[k]!.clauses
        const y = docs[(k + step) % docs.length]!.clauses
        expect(shape(x, y, true), `${docs[k]!.origin} / ${docs[(k + step) % docs.length]!.origin}`).toBe(shape(x, y, false))
      }
    }
  }, 60_000)
})

describe('a path of one pair by meaning (tune pair recruitment-checklist)', () => {
  it('pairs a lone rewording when each is the nearest of all to the other', async () => {
    const a = await load('tests/fixtures/revisions/recruitment-checklist/a.md')
    const b = await load('tests/fixtures/revisions/recruitment-checklist/b.md')
    expect(pairs(compareSources(a, b).rows, 'essential criteria shall be limited', 'only call a skill essential')).toBe(true)
    expect(pairs(compareSources(a, b, { semantic: false }).rows, 'essential criteria shall be limited', 'only call a skill essential')).toBe(false)
  })
})

/**
 * Clause families pinned: every family, member, similarity, repeat flag and topic on the
 * example corpus and on a seeded synthetic library of about 3,000 clauses (corpus policies
 * reworded, synthetic.ts), as they were when written down (tests/fixtures/library/families-output.json).
 * Speed work on the index, the candidate pairs or the families must leave them exactly so,
 * to the last bit of every score.
 *
 * The corpus is also kept as one compact line per family (its id, then each member's clause id
 * and similarity to 4 places), so a change of rules shows which families moved; the hashes
 * cover the full output (full-precision scores, order, topics, cohesion).
 *
 * Note: a change MEANT to change families (the family rules or options, duty concepts, terms,
 * topics, the importers the corpus goes through) changes this output; then write it again and
 * say so in the change:
 *   UPDATE_FAMILIES_OUTPUT=1 npx vitest run tests/compare/library/families-output.test.ts
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildClauseIndex, buildFamilies, type LibraryFamily } from '../../../src/shared/compare/library'
import type { SourceDocument } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'
import { loadCorpus } from './corpus'
import { syntheticLibrary } from './synthetic'

const outputFile = fixturePath('library', 'families-output.json')
const updating = process.env['UPDATE_FAMILIES_OUTPUT'] === '1'
const SYNTHETIC_SIZE = 3000

interface Pinned {
  corpus: { hash: string; families: string[] }
  synthetic: { clauses: number; families: number; members: number; hash: string }
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24)
const compact = (f: LibraryFamily): string => `${f.id}: ${f.members.map((m) => `${m.clauseId}${m.repeatOf ? '(r)' : ''} ${m.similarity.toFixed(4)}`).join(', ')}`

let now: Pinned

beforeAll(async () => {
  const corpus: SourceDocument[] = await loadCorpus()
  const corpusFamilies = buildFamilies(buildClauseIndex(corpus))
  const { sources } = syntheticLibrary(corpus, SYNTHETIC_SIZE, 1)
  const index = buildClauseIndex(sources)
  const synthetic = buildFamilies(index)
  now = {
    corpus: { hash: digest(corpusFamilies), families: corpusFamilies.map(compact) },
    synthetic: { clauses: index.clauses.length, families: synthetic.length, members: synthetic.reduce((t, f) => t + f.members.length, 0), hash: digest(synthetic) },
  }
  if (updating || !existsSync(outputFile)) writeFileSync(outputFile, `${JSON.stringify(now, null, 2)}\n`)
}, 120_000)

describe('clause families, unchanged by speed work', () => {
  const pinned = (): Pinned => JSON.parse(readFileSync(outputFile, 'utf8')) as Pinned

  it('on the corpus: the same families, members and similarities, to the last bit', () => {
    expect(now.corpus.families).toEqual(pinned().corpus.families)
    expect(now.corpus.hash).toBe(pinned().corpus.hash)
  })

  it('on a synthetic library of 3,000 clauses: the same families to the last bit', () => {
    expect(now.synthetic).toEqual(pinned().synthetic)
  })

})

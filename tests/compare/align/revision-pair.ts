/**
 * One pair of the revision set (tests/fixtures/revisions/NAME), imported and compared, for the
 * tests of a single rule: the rows, and the row that holds a clause named by a snippet of its
 * text (lower case, as in gold.json).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compareSources, type CompareOptions } from '../../../src/shared/compare/align'
import { importFile } from '../../../src/shared/import/import-file'
import type { ComparisonRow, SourceDocument } from '../../../src/shared/model'
import { revisionsDir } from './revisions'

async function load(dir: string, file: string): Promise<SourceDocument> {
  return importFile({ name: file, bytes: new Uint8Array(readFileSync(path.join(dir, file))), importedAt: '2026-01-01T00:00:00.000Z' })
}

export interface ComparedPair {
  rows: ComparisonRow[]
  /** The row holding the one clause of `side` whose text is `snippet`, or else holds it. */
  rowOf: (side: 'a' | 'b', snippet: string) => ComparisonRow
  /** The texts of the other side of that row. */
  partnersOf: (side: 'a' | 'b', snippet: string) => string[]
}

export async function comparedPair(name: string, options?: CompareOptions): Promise<ComparedPair> {
  const dir = path.join(revisionsDir, name)
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { a: string; b: string }
  const [a, b] = await Promise.all([load(dir, gold.a), load(dir, gold.b)])
  const rows = compareSources(a, b, options).rows
  const rowOf = (side: 'a' | 'b', snippet: string): ComparisonRow => {
    const doc = side === 'a' ? a : b
    const exact = doc.clauses.filter((c) => c.text.toLowerCase() === snippet)
    const hits = exact.length === 1 ? exact : doc.clauses.filter((c) => c.text.toLowerCase().includes(snippet))
    if (hits.length !== 1) throw new Error(`${name}: ${hits.length} clauses of ${side} hold "${snippet}"`)
    return rows.find((r) => r[side].some((c) => c.id === hits[0]!.id))!
  }
  const partnersOf = (side: 'a' | 'b', snippet: string): string[] => rowOf(side, snippet)[side === 'a' ? 'b' : 'a'].map((c) => c.text)
  return { rows, rowOf, partnersOf }
}

/**
 * A gap through several sections whose last leftover on one side is the part of a split whose
 * other part is the anchor after the gap (gap-sections.ts edgeRuns): that leftover sits in the
 * anchor's section, so the two sides seemed to pass through a different number of sections, the
 * gap stayed whole (too big for the gap rules) and every section rewritten between stayed
 * unpaired (the manual-handling-leaflet tune pair: recall 0.29). Set aside, the sections line
 * up and are cut as any other; a run that reads as no part of the anchor still keeps the gap whole.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { comparisonRows } from '../../../src/shared/compare/align'
import { sectionSubGaps } from '../../../src/shared/compare/align/gap-sections'
import { importFile } from '../../../src/shared/import/import-file'
import type { ComparisonRow } from '../../../src/shared/model'
import { fixturePath } from '../../support/paths'
import { invariantProblems } from './invariants'

describe('sectionSubGaps with a split part at the edge', () => {
  const sectionA = ['s1', 's2', 's2', 's3', 's4']
  const sectionB = ['t1', 't2', 't2', 't3', 't4', 't4']
  const before = { a: [0], b: [0] }
  const after = { a: [4], b: [5] }
  it('sets aside a last leftover in the anchor\'s section that is the anchor\'s part, and cuts the rest', () => {
    const partOf = (side: 'a' | 'b', k: number): boolean => side === 'b' && k === 4
    expect(sectionSubGaps([1, 2, 3], [1, 2, 3, 4], sectionA, sectionB, before, after, partOf)).toEqual([
      { as: [1, 2], bs: [1, 2], cut: true },
      { as: [3], bs: [3], cut: true },
      { as: [], bs: [4], cut: false },
    ])
  })
  it('keeps the gap whole when that leftover reads as no part of the anchor, or no reading is given', () => {
    expect(sectionSubGaps([1, 2, 3], [1, 2, 3, 4], sectionA, sectionB, before, after, () => false)).toEqual([{ as: [1, 2, 3], bs: [1, 2, 3, 4], cut: false }])
    expect(sectionSubGaps([1, 2, 3], [1, 2, 3, 4], sectionA, sectionB, before, after)).toEqual([{ as: [1, 2, 3], bs: [1, 2, 3, 4], cut: false }])
  })
  it('sets aside the first leftover the same way, beside the anchor before the gap, from either side', () => {
    const a = ['s1', 's1', 's2', 's3', 's4']
    const b = ['t1', 't2', 't3', 't4']
    const partOf = (side: 'a' | 'b', k: number): boolean => side === 'a' && k === 1
    expect(sectionSubGaps([1, 2, 3], [1, 2], a, b, { a: [0], b: [0] }, { a: [4], b: [3] }, partOf)).toEqual([
      { as: [2], bs: [1], cut: true },
      { as: [3], bs: [2], cut: true },
      { as: [1], bs: [], cut: false },
    ])
  })
})

const load = (name: string, files: string[]) =>
  Promise.all(files.map((f) => importFile({ name: f, bytes: new Uint8Array(readFileSync(path.join(fixturePath('revisions', name), f))), importedAt: '2026-01-01T00:00:00.000Z' })))
const partnersOf = (rows: ComparisonRow[], snippet: string): string[] => rows.find((r) => r.a.some((x) => x.text.includes(snippet)))!.b.map((x) => x.text)

describe('a rewritten procedure whose last section opens with a split part (manual-handling-leaflet)', () => {
  it('pairs the reworded clauses of the sections between, in order', async () => {
    const [a, b] = await load('manual-handling-leaflet', ['a.html', 'b.md'])
    const rows = comparisonRows(a!.clauses, b!.clauses)
    expect(invariantProblems(a!.clauses, b!.clauses, rows)).toEqual([])
    expect(partnersOf(rows, 'Assessments shall be reviewed annually')).toEqual(['The check is done again every year, and sooner if the job changes.'])
    expect(partnersOf(rows, 'All employees within scope shall attend')).toEqual(['You\'ll go on a lifting course in your first three months.'])
    expect(partnersOf(rows, 'Refresher training')).toEqual(['After that, a top-up every three years.'])
  })
})

describe('a lone rewording that opens with "They", between aligned neighbours (continuations.ts placeOpposite)', () => {
  it('is not taken as a continuation of the clause before it while a lone leftover stands opposite', async () => {
    const [a, b] = await load('manual-handling-leaflet', ['a.html', 'b.md'])
    const rows = comparisonRows(a!.clauses, b!.clauses)
    expect(invariantProblems(a!.clauses, b!.clauses, rows)).toEqual([])
    expect(partnersOf(rows, 'Managers shall ensure that a manual handling risk assessment')).toEqual([
      'Yes. Before anyone takes on a heavy lifting job, your manager makes sure it has been looked at for risks.',
    ])
  })
})

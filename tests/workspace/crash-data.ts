/**
 * What the crash test's writer writes at each counter, shared by the writer (which writes it)
 * and the test (which checks that what it finds is exactly what some counter wrote).
 */
import { sourceIdOf } from '../../src/shared/import/import-file'
import { clauseId } from '../../src/shared/import/segment'
import type { Draft, SourceDocument } from '../../src/shared/model'

/** The draft written at `counter`: every part of it says which counter it belongs to. */
export function crashDraft(counter: number): Draft {
  const stamp = `#${counter}#`
  return {
    id: 'crash',
    metadata: {
      title: `Crash test ${stamp}`,
      organisation: 'Test',
      version: String(counter),
      status: 'draft',
      owner: stamp,
      approver: '',
      committee: '',
      approvedOn: null,
      reviewDue: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: new Date(Date.UTC(2026, 0, 1) + counter * 1000).toISOString(),
    },
    sections: Array.from({ length: (counter % 7) + 1 }, (_, s) => ({
      id: `s${s}`,
      heading: `Section ${s} ${stamp}`,
      clauses: Array.from({ length: 12 }, (_, c) => ({ id: `s${s}c${c}`, text: `Clause ${c} ${stamp} ${'words '.repeat(30)}`, note: stamp, level: 1 as const })),
    })),
  }
}

export const CLAUSES_PER_SOURCE = 40

export function crashSource(counter: number): { bytes: Uint8Array; source: SourceDocument } {
  const bytes = new TextEncoder().encode(`crash source ${counter}\n${'x'.repeat(20_000)}`)
  const id = sourceIdOf(bytes)
  return {
    bytes,
    source: {
      id,
      title: `Crash source ${counter}`,
      organisation: null,
      kind: 'other',
      date: null,
      format: 'txt',
      origin: 'crash.txt',
      importedAt: '2026-01-01T00:00:00.000Z',
      outline: [],
      clauses: Array.from({ length: CLAUSES_PER_SOURCE }, (_, i) => ({
        id: clauseId(id, i),
        sourceId: id,
        section: ['Crash'],
        label: null,
        level: 0,
        text: `crashmarker${counter} clause ${i}`,
        inline: `crashmarker${counter} clause ${i}`,
        topics: [],
      })),
      warnings: [],
    },
  }
}

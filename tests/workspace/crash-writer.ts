/**
 * The process the crash test kills: it opens a workspace and writes in a loop as fast as it
 * can, each round one transaction (the draft with an increasing counter inside it, the counter
 * as a setting, every 10th round a named version, every 25th a fresh source replacing the
 * last), printing each counter after its commit. Not a test itself: crash.test.ts runs it.
 *   node --import tsx tests/workspace/crash-writer.ts WORKSPACE
 */
import { sourceIdOf } from '../../src/shared/import/import-file'
import { clauseId } from '../../src/shared/import/segment'
import type { Draft, SourceDocument } from '../../src/shared/model'
import { Workspace } from '../../src/main/workspace'

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
      clauses: Array.from({ length: 12 }, (_, c) => ({ id: `s${s}c${c}`, text: `Clause ${c} ${stamp} ${'words '.repeat(30)}`, note: stamp })),
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

function main(file: string): void {
  const ws = Workspace.open(file, { create: true })
  let counter = ws.getSetting<number>('counter') ?? 0
  process.stdout.write(`ready ${counter}\n`)
  for (;;) {
    counter++
    const draft = crashDraft(counter)
    ws.transaction(() => {
      ws.putDraft(draft)
      ws.setSetting('counter', counter)
      if (counter % 10 === 0) ws.addDraftVersion({ draftId: 'crash', name: `v${counter}`, draft, createdAt: draft.metadata.updatedAt })
      if (counter % 25 === 0) {
        for (const old of ws.listSources()) ws.removeSource(old.id)
        const { bytes, source } = crashSource(counter)
        ws.addSource(bytes, source)
      }
    })
    // Synchronous on a pipe: the parent never sees a counter that was not committed.
    process.stdout.write(`${counter}\n`)
  }
}

if (process.argv[2]) main(process.argv[2])

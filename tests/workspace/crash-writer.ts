/**
 * The process the crash test kills: it opens a workspace and writes in a loop as fast as it
 * can, each round one transaction (the draft with an increasing counter inside it, the counter
 * as a setting, every 10th round a named version, every 25th a fresh source replacing the
 * last), printing each counter after its commit. Not a test itself: crash.test.ts runs it.
 *   node --import tsx tests/workspace/crash-writer.ts WORKSPACE
 */
import { Workspace } from '../../src/main/workspace'
import { crashDraft, crashSource } from './crash-data'

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

const file = process.argv[2]
if (!file) throw new Error('usage: node --import tsx tests/workspace/crash-writer.ts WORKSPACE')
main(file)

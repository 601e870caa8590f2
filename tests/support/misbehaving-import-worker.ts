/**
 * An import worker for tests of the pool's limits: a file whose name starts with "hang" spins
 * forever (a parse that never ends), "hog" keeps allocating (a parse that eats memory), "quit"
 * ends the worker; any other file is read for real, as the import worker does.
 */
import { parentPort } from 'node:worker_threads'
import type { ImportJob } from '../../src/main/import-pool/messages'
import { readJob } from '../../src/main/import-pool/read-job'

parentPort?.on('message', (job: ImportJob) => {
  if (job.name.startsWith('hang')) for (;;);
  if (job.name.startsWith('hog')) {
    const kept: number[][] = []
    for (;;) kept.push(new Array(1_000_000).fill(kept.length))
  }
  if (job.name.startsWith('quit')) process.exit(3)
  void readJob(job).then((outcome) => parentPort?.postMessage(outcome))
})

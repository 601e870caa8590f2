/**
 * The import worker's entry: one file's bytes in, its SourceDocument (or the error naming it)
 * out, through the same pure importFile every host uses. The pool (pool.ts) starts it, gives
 * it one job at a time, and terminates it when a file takes too long or too much memory.
 */
import { parentPort } from 'node:worker_threads'
import { toErrorInfo } from '../../shared/errors'
import { importFile } from '../../shared/import/import-file'
import type { ImportJob, ImportOutcome } from './messages'

async function run(job: ImportJob): Promise<ImportOutcome> {
  try {
    return { ok: true, source: await importFile({ name: job.name, bytes: new Uint8Array(job.buffer), importedAt: job.importedAt }) }
  } catch (error) {
    return { ok: false, error: toErrorInfo(error, job.name) }
  }
}

parentPort?.on('message', (job: ImportJob) => {
  void run(job).then((outcome) => parentPort?.postMessage(outcome))
})

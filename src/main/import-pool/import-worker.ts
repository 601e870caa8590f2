/**
 * The import worker's entry: one file's bytes in, its SourceDocument (or the error naming it)
 * out, through the same pure importFile every host uses (read-job.ts). The pool (pool.ts)
 * starts it, gives it one job at a time, and terminates it when a file takes too long or too
 * much memory.
 */
import { parentPort } from 'node:worker_threads'
import type { ImportJob } from './messages'
import { readJob } from './read-job'

parentPort?.on('message', (job: ImportJob) => {
  void readJob(job).then((outcome) => parentPort?.postMessage(outcome))
})

/** One import job read by importFile, its failure carried as ErrorInfo naming the file. */
import { toErrorInfo } from '../../shared/errors'
import { importFile } from '../../shared/import/import-file'
import type { ImportJob, ImportOutcome } from './messages'

export async function readJob(job: ImportJob): Promise<ImportOutcome> {
  try {
    return { ok: true, source: await importFile({ name: job.name, bytes: new Uint8Array(job.buffer), importedAt: job.importedAt }) }
  } catch (error) {
    return { ok: false, error: toErrorInfo(error, job.name) }
  }
}
